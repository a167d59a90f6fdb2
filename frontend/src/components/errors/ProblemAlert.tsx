import { Alert, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiProblem } from '@/lib/problem';

/**
 * Shows an API problem (title, detail, field errors, request id) in an Alert. The request id lets
 * support find the exact request in the server log.
 */
export function ProblemAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const problem = isApiProblem(error) ? error : undefined;
  const status = problem?.status ?? 0;
  const title =
    problem?.title ??
    (status === 0
      ? t('errors.network')
      : t(`errors.status.${status}`, { defaultValue: t('errors.generic') }));
  const detail = problem ? problem.detail : error instanceof Error ? error.message : undefined;

  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={title}
      description={
        <>
          {detail && status !== 0 && <div>{detail}</div>}
          {problem?.errors && (
            <ul>
              {problem.errors.map((fieldError) => (
                <li key={`${fieldError.field}-${fieldError.code}`}>
                  <Typography.Text code>{fieldError.field}</Typography.Text> {fieldError.message}
                </li>
              ))}
            </ul>
          )}
          {problem?.requestId && (
            <Typography.Text type="secondary" copyable={{ text: problem.requestId }}>
              {t('errors.requestId', { id: problem.requestId })}
            </Typography.Text>
          )}
        </>
      }
    />
  );
}
