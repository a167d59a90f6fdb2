import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import './cases.css';

/** The status of a case in words, coloured by how far along it is. */
export function CaseStatusTag({ status }: { status?: string }) {
  const { t } = useTranslation('cases');
  if (!status) return null;
  const tone = TERMINAL.has(status) ? 'done' : status === 'SUSPENDED' ? 'paused' : 'open';
  return <Tag className={`case-tag case-status-${tone}`}>{t(`status.${status}`)}</Tag>;
}

const TERMINAL = new Set([
  'NOT_ACCEPTED',
  'ENFORCED',
  'TERMINATED',
  'IN_COURT',
  'INSPECTION_REFERRAL',
  'ARCHIVED',
  'TRANSFERRED',
  'CLOSED',
  'CRIMINAL_REFERRAL',
  'DECIDED_L1',
  'DECIDED_L2',
  'EFFECTIVE',
  'CONCLUDED',
  'HANDLED',
  'PUBLISHED',
  'RESPONDED',
  'REPLY_RECEIVED',
]);

export function CaseTypeTag({ type }: { type?: string }) {
  const { t } = useTranslation('cases');
  return type ? <Tag className="case-tag">{t(`type.${type}`)}</Tag> : null;
}

/** "Tố cáo – bảo mật": the denouncer is never named outside the audited reveal. */
export function ConfidentialTag() {
  const { t } = useTranslation('cases');
  return <Tag className="case-tag case-confidential">{t('confidential')}</Tag>;
}
