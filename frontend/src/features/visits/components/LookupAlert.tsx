import { LinkOutlined, WarningOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@/lib/format';
import type { LookupResult } from '../api/types';
import { ClassificationTag } from './Tags';

/**
 * The earlier visits of the person at the desk: a repeat visit is linked to its matter with
 * "Cùng vụ việc"; a written refusal notice (R3) on one of their matters is a red warning.
 */
export function LookupAlert({
  result,
  linkedMatterId,
  onLink,
}: {
  result: LookupResult;
  linkedMatterId?: string;
  onLink: (matterId: string) => void;
}) {
  const { t } = useTranslation('visits');
  const matches = result.matches ?? [];
  const notices = result.refusalNotices ?? [];
  if (matches.length === 0 && notices.length === 0) {
    return <Alert type="info" role="status" showIcon title={t('lookup.none')} />;
  }
  return (
    <Flex vertical gap={8}>
      {notices.length > 0 && (
        <Alert
          type="error"
          role="alert"
          showIcon
          icon={<WarningOutlined aria-hidden />}
          className="visit-refusal-alert"
          title={<p className="visit-refusal-title">{t('lookup.refusalTitle')}</p>}
          description={
            <>
              <ul className="plain-list">
                {notices.map((notice) => (
                  <li key={`${notice.matterId}-${notice.noticeNo}`}>
                    {t('lookup.refusalItem', {
                      noticeNo: notice.noticeNo ?? '',
                      date: formatDate(notice.noticeDate),
                      summary: notice.matterSummary ?? '',
                    })}
                  </li>
                ))}
              </ul>
              <Typography.Text>{t('lookup.refusalHint')}</Typography.Text>
            </>
          }
        />
      )}
      {matches.length > 0 && (
        <Alert
          type="warning"
          role="status"
          showIcon
          title={t('lookup.title', { count: matches.length })}
          description={
            <ul className="plain-list">
              {matches.map((match) => (
                <li key={match.visitId}>
                  <Flex gap={8} wrap align="center">
                    <Typography.Text strong>
                      {match.bookNo} · {formatDate(match.receivedAt)}
                    </Typography.Text>
                    <span>{match.unit?.name}</span>
                    <ClassificationTag value={match.classification} />
                    <span>{match.displayName}</span>
                    <span>{match.contentSummary}</span>
                    {match.matterId && (
                      <Button
                        size="small"
                        icon={<LinkOutlined aria-hidden />}
                        type={linkedMatterId === match.matterId ? 'primary' : 'default'}
                        aria-pressed={linkedMatterId === match.matterId}
                        onClick={() => onLink(match.matterId!)}
                      >
                        {linkedMatterId === match.matterId
                          ? t('lookup.linked')
                          : t('lookup.sameMatter')}
                      </Button>
                    )}
                  </Flex>
                </li>
              ))}
            </ul>
          }
        />
      )}
    </Flex>
  );
}
