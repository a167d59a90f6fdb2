import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CheckResult } from '@/lib/reports/types';

/** The form's cross-checks: all passed, or each failing rule with the rows and cells it names. */
export function ChecksPanel({ checks }: { checks: readonly CheckResult[] | undefined }) {
  const { t } = useTranslation('reports');
  const failing = (checks ?? []).filter((check) => !check.ok);
  if (!checks || checks.length === 0) return null;
  if (failing.length === 0) {
    return <Alert type="success" showIcon title={t('checks.allOk', { count: checks.length })} />;
  }
  return (
    <Alert
      type="warning"
      showIcon
      role="status"
      title={t('checks.failing', { count: failing.length, total: checks.length })}
      description={
        <ul className="plain-list checks-list">
          {failing.map((check) =>
            (check.failures ?? []).map((failure) => (
              <li key={`${check.rule}-${failure.unitCode}-${failure.label}`}>
                <strong>{check.rule}</strong>
                {' — '}
                {t('checks.row', { label: failure.label, code: failure.unitCode })}
                {': '}
                <code>{failure.cells.join(' ≠ ')}</code>
                {failure.message && <div>{failure.message}</div>}
              </li>
            )),
          )}
        </ul>
      }
    />
  );
}
