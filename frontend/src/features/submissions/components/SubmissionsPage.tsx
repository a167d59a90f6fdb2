import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Select, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProblemAlert } from '@/components/errors/ProblemAlert';
import { PeriodPicker } from '@/components/reports/PeriodPicker';
import { UnitTreeSelect } from '@/components/reports/UnitTreeSelect';
import { periodQueryOf, type PeriodChoice } from '@/lib/reports/period';
import { hasAnyRole, useRoles } from '@/lib/authorization';
import { formatDate, formatDateTime } from '@/lib/format';
import { useSubmissions } from '../api/submissions';
import { SUBMISSION_STATUSES, type SubmissionStatus, type SubmissionSummary } from '../api/types';
import { CreateSubmissionModal, SUBMITTABLE_KINDS } from './CreateSubmissionModal';
import { LateTag, StatusTag } from './Tags';

const PAGE_SIZE = 20;

/** The submissions table, shared by the list and the review queue. */
export function SubmissionTable({
  rows,
  loading,
  total,
  page,
  onPage,
  actions,
}: {
  rows: SubmissionSummary[];
  loading?: boolean;
  total: number;
  page: number;
  onPage: (page: number) => void;
  actions?: (row: SubmissionSummary) => React.ReactNode;
}) {
  const { t } = useTranslation('submissions');
  return (
    <Table<SubmissionSummary>
      rowKey="id"
      loading={loading}
      dataSource={rows}
      locale={{ emptyText: t('list.empty') }}
      pagination={{
        current: page + 1,
        pageSize: PAGE_SIZE,
        total,
        showSizeChanger: false,
        onChange: (next) => onPage(next - 1),
      }}
      columns={[
        {
          key: 'unit',
          title: t('field.unit'),
          render: (_, row) => (
            <Link to={`/reports/submissions/${row.id}`}>{row.unitName ?? row.unitCode}</Link>
          ),
        },
        {
          key: 'period',
          title: t('field.period'),
          render: (_, row) => (
            <>
              {row.periodCode}
              <div className="muted">
                {formatDate(row.from)} – {formatDate(row.to)}
              </div>
            </>
          ),
        },
        {
          key: 'status',
          title: t('field.status'),
          render: (_, row) => (
            <>
              <StatusTag status={row.status} /> <LateTag late={row.late} />
            </>
          ),
        },
        { key: 'due', title: t('field.dueOn'), render: (_, row) => formatDate(row.dueOn) },
        {
          key: 'submitted',
          title: t('field.submittedAt'),
          render: (_, row) => formatDateTime(row.submittedAt),
        },
        ...(actions
          ? [
              {
                key: 'actions',
                title: t('field.actions'),
                render: (_: unknown, row: SubmissionSummary) => actions(row),
              },
            ]
          : []),
      ]}
    />
  );
}

/** /reports/submissions: the reports in scope, by period, status and unit; a new draft. */
export function SubmissionsPage() {
  const { t } = useTranslation('submissions');
  const roles = useRoles();
  const [period, setPeriod] = useState<PeriodChoice>({ mode: 'period', year: dayjs().year() });
  const [status, setStatus] = useState<SubmissionStatus>();
  const [unit, setUnit] = useState<string>();
  const [page, setPage] = useState(0);
  const [creating, setCreating] = useState(false);
  const query = periodQueryOf(period);
  const list = useSubmissions({
    unit,
    period: query && 'period' in query ? query.period : undefined,
    status,
    page,
    size: PAGE_SIZE,
  });

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap>
        <Typography.Title level={1} className="page-title">
          {t('list.title')}
        </Typography.Title>
        {hasAnyRole(roles, ['unit_leader', 'inspector']) && (
          <Button
            type="primary"
            icon={<PlusOutlined aria-hidden />}
            onClick={() => setCreating(true)}
          >
            {t('create.open')}
          </Button>
        )}
      </Flex>
      <Form layout="inline" className="filter-form">
        <PeriodPicker
          idPrefix="list-period"
          namedOnly
          allowClear
          kinds={SUBMITTABLE_KINDS}
          value={period}
          onChange={(next) => {
            setPeriod(next);
            setPage(0);
          }}
        />
        <Form.Item label={t('field.status')} htmlFor="list-status">
          <Select
            id="list-status"
            allowClear
            style={{ minWidth: 160 }}
            placeholder={t('list.anyStatus')}
            value={status}
            onChange={(next?: SubmissionStatus) => {
              setStatus(next);
              setPage(0);
            }}
            options={SUBMISSION_STATUSES.map((value) => ({ value, label: t(`status.${value}`) }))}
          />
        </Form.Item>
        <Form.Item label={t('field.unit')} htmlFor="list-unit">
          <UnitTreeSelect
            id="list-unit"
            allowClear
            placeholder={t('list.anyUnit')}
            value={unit}
            onChange={(next) => {
              setUnit(next);
              setPage(0);
            }}
          />
        </Form.Item>
      </Form>
      {list.error && <ProblemAlert error={list.error} />}
      <SubmissionTable
        rows={list.data?.items ?? []}
        loading={list.isFetching}
        total={list.data?.totalItems ?? 0}
        page={page}
        onPage={setPage}
      />
      <CreateSubmissionModal open={creating} onClose={() => setCreating(false)} />
    </Flex>
  );
}
