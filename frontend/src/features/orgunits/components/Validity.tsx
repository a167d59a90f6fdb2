import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@/lib/format';

/**
 * "01/07/2025 – 30/06/2026" with a "closed" tag, or "from 01/07/2025" with an "in operation" tag
 * (left out when `compact`, in tables where nearly every row is current).
 */
export function Validity({
  from,
  to,
  compact = false,
}: {
  from?: string;
  to?: string | null;
  compact?: boolean;
}) {
  const { t } = useTranslation('orgunits');
  if (to) {
    return (
      <span>
        {t('validity.range', { from: formatDate(from), to: formatDate(to) })}{' '}
        <Tag>{t('validity.closed')}</Tag>
      </span>
    );
  }
  return (
    <span>
      {t('validity.from', { from: formatDate(from) })}
      {!compact && (
        <>
          {' '}
          <Tag className="tag-current">{t('validity.current')}</Tag>
        </>
      )}
    </span>
  );
}
