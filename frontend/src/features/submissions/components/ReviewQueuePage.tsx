import { Button, Flex, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/errors/ProblemAlert';
import { useSubmissions } from '../api/submissions';
import type { SubmissionSummary } from '../api/types';
import { ReviewModal } from './ReviewModal';
import { SubmissionTable } from './SubmissionsPage';

/** /reports/review: the inspectorate's queue of submitted reports, to accept or return. */
export function ReviewQueuePage() {
  const { t } = useTranslation('submissions');
  const [page, setPage] = useState(0);
  const [review, setReview] = useState<{
    submission: SubmissionSummary;
    step: 'accept' | 'return';
  }>();
  const list = useSubmissions({ status: 'SUBMITTED', page, size: 20 });
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={1} className="page-title">
        {t('review.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('review.intro')}</Typography.Paragraph>
      {list.error && <ProblemAlert error={list.error} />}
      <SubmissionTable
        rows={list.data?.items ?? []}
        loading={list.isFetching}
        total={list.data?.totalItems ?? 0}
        page={page}
        onPage={setPage}
        actions={(submission) => (
          <Space>
            <Button
              size="small"
              type="primary"
              onClick={() => setReview({ submission, step: 'accept' })}
            >
              {t('review.accept')}
            </Button>
            <Button size="small" danger onClick={() => setReview({ submission, step: 'return' })}>
              {t('review.return')}
            </Button>
          </Space>
        )}
      />
      {review && (
        <ReviewModal
          submission={review.submission}
          step={review.step}
          onClose={() => setReview(undefined)}
        />
      )}
    </Flex>
  );
}
