import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@/lib/format';
import type { Classification, VisitSummary } from '../api/types';
import './visits.css';

export function ClassificationTag({ value }: { value?: Classification }) {
  const { t } = useTranslation('visits');
  return value ? <Tag className="visit-tag">{t(`classification.${value}`)}</Tag> : null;
}

/** "Tố cáo – bảo mật": the denouncer's name never appears outside the reveal. */
export function MaskedTag() {
  const { t } = useTranslation('visits');
  return <Tag className="visit-tag visit-masked">{t('masked')}</Tag>;
}

export function FirstTimeTag({ firstTime }: { firstTime?: boolean }) {
  const { t } = useTranslation('visits');
  if (firstTime === undefined) return null;
  return (
    <Tag className={`visit-tag ${firstTime ? 'visit-first' : 'visit-repeat'}`}>
      {t(firstTime ? 'firstTime' : 'repeat')}
    </Tag>
  );
}

/** The result notice's due date, red once it has passed without a notice being sent. */
export function NoticeDue({
  visit,
}: {
  visit: Pick<VisitSummary, 'resultNoticeDue' | 'noticeOverdue' | 'resultNoticeSentAt'>;
}) {
  const { t } = useTranslation('visits');
  if (!visit.resultNoticeDue) return null;
  if (visit.resultNoticeSentAt) return <span>{formatDate(visit.resultNoticeDue)}</span>;
  return visit.noticeOverdue ? (
    <span className="visit-overdue-text">
      {formatDate(visit.resultNoticeDue)} ({t('overdue')})
    </span>
  ) : (
    <span>{formatDate(visit.resultNoticeDue)}</span>
  );
}
