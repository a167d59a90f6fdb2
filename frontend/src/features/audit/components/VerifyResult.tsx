import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ChainVerification } from '../api/types';

/** Green with the number of events checked, or red naming the first broken link and why. */
export function VerifyResult({ result }: { result: ChainVerification }) {
  const { t } = useTranslation('audit');
  if (result.valid) {
    return (
      <Alert
        type="success"
        showIcon
        role="status"
        title={t('verify.validTitle')}
        description={t('verify.validText', { count: result.checked })}
      />
    );
  }
  const reason = result.reason
    ? t(`verify.reasons.${result.reason}`, { defaultValue: result.reason })
    : t('verify.reasons.UNKNOWN');
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={t('verify.brokenTitle', { seq: result.firstBrokenSeq ?? '?' })}
      description={
        <>
          <div>{reason}</div>
          <div>{t('verify.brokenChecked', { count: result.checked })}</div>
        </>
      }
    />
  );
}
