import { Flex, Radio, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProblemAlert } from '@/components/errors/ProblemAlert';
import { formatDate } from '@/lib/format';
import { useOverdue } from '../api/cases';
import type { OverdueRow } from '../api/types';

/** /overdue: running legal deadlines past their due date, of cases and petitions in scope. */
export function OverduePage() {
  const { t } = useTranslation('cases');
  const [kind, setKind] = useState<'' | 'CASE' | 'PETITION'>('');
  const [page, setPage] = useState(0);
  const [size, setSize] = useState(20);
  const { data, error, isFetching } = useOverdue({ kind: kind || undefined, page, size });
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={1} className="page-title">
        {t('overdue.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('overdue.intro')}</Typography.Paragraph>
      <Radio.Group
        optionType="button"
        aria-label={t('overdue.kind')}
        value={kind}
        onChange={(event) => {
          setKind(event.target.value as typeof kind);
          setPage(0);
        }}
        options={[
          { value: '', label: t('overdue.all') },
          { value: 'CASE', label: t('overdue.cases') },
          { value: 'PETITION', label: t('overdue.petitions') },
        ]}
      />
      {error && <ProblemAlert error={error} />}
      <Table<OverdueRow>
        aria-label={t('overdue.title')}
        rowKey={(row) => `${row.kind}-${row.id}-${row.rule}`}
        size="middle"
        loading={isFetching}
        dataSource={data?.items ?? []}
        locale={{ emptyText: t('overdue.empty') }}
        scroll={{ x: 1000 }}
        columns={[
          {
            title: t('field.number'),
            key: 'number',
            render: (_v, row) => (
              <Link to={row.kind === 'PETITION' ? `/petitions/${row.id}` : `/cases/${row.id}`}>
                {row.number}
              </Link>
            ),
          },
          {
            title: t('overdue.kindColumn'),
            dataIndex: 'kind',
            render: (value: string) => t(`overdue.kindLabel.${value}`, { defaultValue: value }),
          },
          {
            title: t('field.type'),
            dataIndex: 'type',
            render: (value: string) => (value ? t(`type.${value}`, { defaultValue: value }) : ''),
          },
          { title: t('field.unit'), key: 'unit', render: (_v, row) => row.unit?.name },
          {
            title: t('field.deadline'),
            key: 'rule',
            render: (_v, row) => (
              <>
                <div>
                  {row.deadlineKind
                    ? t(`deadlineKind.${row.deadlineKind}`, { defaultValue: row.deadlineKind })
                    : ''}
                </div>
                <Typography.Text code>{row.rule}</Typography.Text>
              </>
            ),
          },
          {
            title: t('field.dueOn'),
            dataIndex: 'dueOn',
            render: (value: string) => formatDate(value),
          },
          {
            title: t('field.daysOverdue'),
            dataIndex: 'daysOverdue',
            render: (value: number) => (
              <span className="deadline-overdue-days">
                {t('overdue.days', { count: value ?? 0 })}
              </span>
            ),
          },
          {
            title: t('field.handler'),
            key: 'handler',
            render: (_v, row) => row.handler?.name ?? row.handler?.username ?? '',
          },
        ]}
        pagination={{
          current: page + 1,
          pageSize: size,
          total: data?.totalItems ?? 0,
          showSizeChanger: true,
          onChange: (next, nextSize) => {
            setPage(nextSize !== size ? 0 : next - 1);
            setSize(nextSize);
          },
        }}
      />
    </Flex>
  );
}
