import { Popover, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DeadlineBadge, type Due } from '@/components/deadlines/DeadlineBadge';
import { formatDate } from '@/lib/format';
import type { PetitionSummary } from '../api/types';
import './petitions.css';

export function ClassificationTag({ value }: { value?: string }) {
  const { t } = useTranslation('petitions');
  return value ? <Tag className="petition-tag">{t(`classification.${value}`)}</Tag> : null;
}

export function StatusTag({ value }: { value?: string }) {
  const { t } = useTranslation('petitions');
  return value ? (
    <Tag className={`petition-tag petition-status-${value.toLowerCase()}`}>
      {t(`status.${value}`)}
    </Tag>
  ) : null;
}

/** "Tố cáo – bảo mật": a denouncer is never named outside the audited reveal. */
export function MaskedTag() {
  const { t } = useTranslation('petitions');
  return <Tag className="petition-tag petition-masked">{t('masked')}</Tag>;
}

/** days until a calendar date (YYYY-MM-DD) in Việt Nam, from today. */
function daysUntil(date: string): number {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(
    new Date(),
  );
  return Math.round((Date.parse(date) - Date.parse(today)) / 86_400_000);
}

/** The server's colours: red when overdue or ≤ 3 days left, amber ≤ 7, green otherwise. */
export function badgeFor(daysLeft: number): 'RED' | 'AMBER' | 'GREEN' {
  if (daysLeft <= 3) return 'RED';
  if (daysLeft <= 7) return 'AMBER';
  return 'GREEN';
}

/**
 * The process deadline (XLD.PROCESS) of a petition not decided yet, with its derivation when the
 * detail carries it; a decided petition shows no countdown.
 */
export function ProcessDue({
  petition,
  due,
}: {
  petition: Pick<PetitionSummary, 'processDueOn' | 'overdue' | 'status'>;
  due?: Due;
}) {
  const { t } = useTranslation('petitions');
  const dueOn = petition.processDueOn ?? due?.dueOn;
  if (!dueOn) return null;
  const open = petition.status === 'RECEIVED' || petition.status === 'CLASSIFIED';
  if (!open) {
    return (
      <Popover
        title={t('field.processDue')}
        content={<Typography.Text>{due?.legalBasis}</Typography.Text>}
      >
        <span>{formatDate(dueOn)}</span>
      </Popover>
    );
  }
  const daysLeft = daysUntil(dueOn);
  return (
    <DeadlineBadge
      badge={petition.overdue ? 'RED' : badgeFor(daysLeft)}
      dueOn={dueOn}
      daysLeft={daysLeft}
      overdue={petition.overdue ?? daysLeft < 0}
      rule={due?.rule ?? 'XLD.PROCESS'}
      due={due}
    />
  );
}
