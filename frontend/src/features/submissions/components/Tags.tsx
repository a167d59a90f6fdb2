import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ConsolidationStatus, SubmissionStatus } from '../api/types';

const COLOURS: Record<string, string> = {
  DRAFT: 'status-planned',
  SUBMITTED: 'status-published',
  ACCEPTED: 'status-held',
  RETURNED: 'status-postponed',
  MISSING: 'status-cancelled',
  LATE: 'status-late',
};

export function StatusTag({ status }: { status: SubmissionStatus | ConsolidationStatus }) {
  const { t } = useTranslation('submissions');
  return <Tag className={`status-tag ${COLOURS[status] ?? ''}`}>{t(`status.${status}`)}</Tag>;
}

export function LateTag({ late }: { late?: boolean | null }) {
  const { t } = useTranslation('submissions');
  return late ? <Tag className="status-tag status-late">{t('late')}</Tag> : null;
}
