import { Card, Empty, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProblemAlert } from '@/components/errors/ProblemAlert';
import { formatDateTime } from '@/lib/format';
import { useVisits } from '../api/visits';
import { ClassificationTag, MaskedTag } from './Tags';

/** The unit's visits of today, newest first; refreshed after each save. */
export function TodayVisits({ date }: { date: string }) {
  const { t } = useTranslation('visits');
  const { data, error } = useVisits({ from: date, to: date, page: 0, size: 50 });
  const items = [...(data?.items ?? [])].sort(
    (a, b) =>
      (b.receivedAt ?? '').localeCompare(a.receivedAt ?? '') || (b.bookSeq ?? 0) - (a.bookSeq ?? 0),
  );
  return (
    <Card size="small" title={<h2 className="card-title">{t('desk.today')}</h2>}>
      {error && <ProblemAlert error={error} />}
      {data && items.length === 0 && <Empty description={t('desk.todayNone')} />}
      {items.length > 0 && (
        <ul className="plain-list visit-today-list">
          {items.map((visit) => (
            <li key={visit.id} className="visit-today-item">
              <Link to={`/visits/${visit.id}`}>
                <Typography.Text strong>{visit.bookNo}</Typography.Text>
              </Link>{' '}
              <Typography.Text type="secondary">
                {formatDateTime(visit.receivedAt).slice(11)}
              </Typography.Text>
              <div>{visit.confidential ? <MaskedTag /> : visit.displayName}</div>
              <ClassificationTag value={visit.classification} />
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
