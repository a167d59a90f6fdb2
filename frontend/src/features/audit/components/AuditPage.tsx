import { SafetyCertificateOutlined, SearchOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Flex, Form, Input, Select, Table, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/errors/ProblemAlert';
import { DATE_FORMAT, toApiDate } from '@/lib/dates';
import { formatDateTime } from '@/lib/format';
import { useAuditEvents, useVerifyAuditChain } from '../api/audit-events';
import { AUDIT_ACTIONS, type AuditEvent, type AuditFilter } from '../api/types';
import { VerifyResult } from './VerifyResult';

interface FilterValues extends Omit<AuditFilter, 'from' | 'to'> {
  period?: [Dayjs | null, Dayjs | null] | null;
}

const ENTITY_TYPES = ['ORG_UNIT', 'OFFICIAL'] as const;

const clean = (value?: string) => (value?.trim() ? value.trim() : undefined);

/** /audit (auditor, admin): the audit trail with filters, and the hash-chain check. */
export function AuditPage() {
  const { t } = useTranslation('audit');
  const [form] = Form.useForm<FilterValues>();
  const [filter, setFilter] = useState<AuditFilter>({});
  const [page, setPage] = useState(0);
  const [size, setSize] = useState(20);
  const { data, error, isFetching } = useAuditEvents(filter, page, size);
  const verify = useVerifyAuditChain();

  const search = (values: FilterValues) => {
    setFilter({
      entityType: values.entityType,
      entityId: clean(values.entityId),
      actor: clean(values.actor),
      action: values.action,
      from: toApiDate(values.period?.[0]),
      to: toApiDate(values.period?.[1]),
    });
    setPage(0);
  };

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={12}>
        <Typography.Title level={1} className="page-title">
          {t('title')}
        </Typography.Title>
        <Button
          icon={<SafetyCertificateOutlined aria-hidden />}
          loading={verify.isPending}
          onClick={() => verify.mutate()}
        >
          {t('verify.button')}
        </Button>
      </Flex>
      {verify.data && <VerifyResult result={verify.data} />}
      {verify.error && <ProblemAlert error={verify.error} />}
      <Card>
        <Form form={form} layout="vertical" onFinish={search} className="filter-form">
          <Flex gap={12} wrap align="end">
            <Form.Item name="entityType" label={t('filters.entityType')}>
              <Select
                allowClear
                style={{ width: 180 }}
                options={ENTITY_TYPES.map((type) => ({
                  value: type,
                  label: t(`entityTypes.${type}`),
                }))}
              />
            </Form.Item>
            <Form.Item name="entityId" label={t('filters.entityId')}>
              <Input allowClear style={{ width: 220 }} />
            </Form.Item>
            <Form.Item name="actor" label={t('filters.actor')}>
              <Input allowClear style={{ width: 160 }} />
            </Form.Item>
            <Form.Item name="action" label={t('filters.action')}>
              <Select
                allowClear
                style={{ width: 170 }}
                options={AUDIT_ACTIONS.map((action) => ({
                  value: action,
                  label: t(`actions.${action}`),
                }))}
              />
            </Form.Item>
            <Form.Item name="period" label={t('filters.period')}>
              <DatePicker.RangePicker format={DATE_FORMAT} allowEmpty={[true, true]} />
            </Form.Item>
            <Form.Item>
              <Flex gap={8}>
                <Button type="primary" htmlType="submit" icon={<SearchOutlined aria-hidden />}>
                  {t('filters.search')}
                </Button>
                <Button
                  onClick={() => {
                    form.resetFields();
                    search({});
                  }}
                >
                  {t('filters.reset')}
                </Button>
              </Flex>
            </Form.Item>
          </Flex>
        </Form>
      </Card>
      {error && <ProblemAlert error={error} />}
      <Card>
        <Table<AuditEvent>
          rowKey="seq"
          size="small"
          loading={isFetching}
          dataSource={data?.items ?? []}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: t('empty') }}
          pagination={{
            current: page + 1,
            pageSize: size,
            total: data?.totalItems ?? 0,
            showSizeChanger: true,
            pageSizeOptions: [20, 50, 100],
            showTotal: (total) => t('total', { count: total }),
            onChange: (next, nextSize) => {
              setPage(nextSize === size ? next - 1 : 0);
              setSize(nextSize);
            },
          }}
          columns={[
            { key: 'seq', title: t('columns.seq'), dataIndex: 'seq', width: 70 },
            {
              key: 'time',
              title: t('columns.time'),
              dataIndex: 'occurredAt',
              render: (value: string) => formatDateTime(value),
            },
            { key: 'actor', title: t('columns.actor'), dataIndex: 'actor' },
            { key: 'unit', title: t('columns.unit'), dataIndex: 'actorUnit' },
            {
              key: 'action',
              title: t('columns.action'),
              dataIndex: 'action',
              render: (value: string) => t(`actions.${value}`, { defaultValue: value }),
            },
            {
              key: 'entity',
              title: t('columns.entity'),
              dataIndex: 'entityType',
              render: (value: string) => t(`entityTypes.${value}`, { defaultValue: value }),
            },
            {
              key: 'entityId',
              title: t('columns.entityId'),
              dataIndex: 'entityId',
              // Ids are long: the first characters tell them apart, the copy button gives all.
              render: (value?: string) =>
                value && (
                  <Typography.Text code copyable={{ text: value }} title={value}>
                    {value.length > 12 ? `${value.slice(0, 8)}…` : value}
                  </Typography.Text>
                ),
            },
            { key: 'reason', title: t('columns.reason'), dataIndex: 'reason' },
            {
              key: 'requestId',
              title: t('columns.requestId'),
              dataIndex: 'requestId',
              render: (value?: string) =>
                value && (
                  <Typography.Text code copyable={{ text: value }} title={value}>
                    {value.length > 12 ? `${value.slice(0, 8)}…` : value}
                  </Typography.Text>
                ),
            },
          ]}
        />
      </Card>
    </Flex>
  );
}
