import { SearchOutlined } from '@ant-design/icons';
import {
  Checkbox,
  Flex,
  Form,
  Input,
  Select,
  Table,
  Typography,
  type TableColumnsType,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DeadlineBadge } from '@/components/deadlines/DeadlineBadge';
import { ProblemAlert } from '@/components/errors/ProblemAlert';
import { formatDate } from '@/lib/format';
import { useCases } from '../api/cases';
import {
  CASE_STATUSES,
  CASE_TYPES,
  STATUSES_BY_TYPE,
  type CaseFilter,
  type CaseStatus,
  type CaseSummary,
  type CaseType,
} from '../api/types';
import { CaseStatusTag, CaseTypeTag, ConfidentialTag } from './Tags';

interface FilterValues {
  q?: string;
  type?: CaseType;
  status?: CaseStatus[];
  mine?: boolean;
  overdue?: boolean;
  transferredOut?: boolean;
}

const PAGE_SIZE = 20;

export const filterOf = (values: FilterValues): CaseFilter => ({
  q: values.q?.trim() || undefined,
  type: values.type,
  status: values.status?.length ? values.status : undefined,
  handler: values.mine ? 'me' : undefined,
  overdue: values.overdue || undefined,
  transferredOut: values.transferredOut || undefined,
});

export function useCaseColumns(): TableColumnsType<CaseSummary> {
  const { t } = useTranslation('cases');
  return [
    {
      title: t('field.caseNo'),
      dataIndex: 'caseNo',
      width: 120,
      render: (value: string, row) => <Link to={`/cases/${row.id}`}>{value}</Link>,
    },
    {
      title: t('field.type'),
      dataIndex: 'type',
      width: 150,
      render: (value: string, row) => (
        <Flex vertical gap={4} align="start">
          <CaseTypeTag type={value} />
          {row.confidential && <ConfidentialTag />}
        </Flex>
      ),
    },
    {
      title: t('field.status'),
      dataIndex: 'status',
      width: 170,
      render: (value: string) => <CaseStatusTag status={value} />,
    },
    {
      title: t('field.deadline'),
      key: 'deadline',
      width: 210,
      render: (_v, row) =>
        row.deadline ? (
          <Flex vertical gap={2} align="start">
            <DeadlineBadge {...row.deadline} />
            {row.deadline.kind && (
              <Typography.Text type="secondary">
                {t(`deadlineKind.${row.deadline.kind}`, { defaultValue: row.deadline.kind })}
              </Typography.Text>
            )}
          </Flex>
        ) : null,
    },
    { title: t('field.title'), dataIndex: 'title', width: 260 },
    { title: t('field.unit'), key: 'unit', width: 180, render: (_v, row) => row.unit?.name },
    {
      title: t('field.handler'),
      key: 'handler',
      width: 160,
      render: (_v, row) => row.handler?.name ?? row.handler?.username ?? '',
    },
    {
      title: t('field.receivedOn'),
      dataIndex: 'receivedOn',
      width: 110,
      render: (value: string) => formatDate(value),
    },
  ];
}

/** /cases: the unit's inbox, most urgent first, with the server's deadline badges. */
export function CasesPage() {
  const { t } = useTranslation('cases');
  const [form] = Form.useForm<FilterValues>();
  const type = Form.useWatch('type', form);
  const [filter, setFilter] = useState<CaseFilter>({});
  const [page, setPage] = useState(0);
  const [size, setSize] = useState(PAGE_SIZE);
  const { data, error, isFetching } = useCases({ ...filter, page, size });
  const columns = useCaseColumns();
  const statuses = type ? STATUSES_BY_TYPE[type] : CASE_STATUSES;

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={1} className="page-title">
        {t('inbox.title')}
      </Typography.Title>
      <Form
        form={form}
        layout="inline"
        style={{ rowGap: 8 }}
        onFinish={(values) => {
          setFilter(filterOf(values));
          setPage(0);
        }}
      >
        <Form.Item name="q" label={t('inbox.search')}>
          <Input.Search
            allowClear
            style={{ width: 240 }}
            onSearch={() => form.submit()}
            enterButton={<SearchOutlined aria-label={t('inbox.searchButton')} />}
          />
        </Form.Item>
        <Form.Item name="type" label={t('field.type')}>
          <Select
            allowClear
            style={{ width: 190 }}
            placeholder={t('inbox.allTypes')}
            onChange={() => {
              form.setFieldValue('status', []);
              form.submit();
            }}
            options={CASE_TYPES.map((value) => ({ value, label: t(`type.${value}`) }))}
          />
        </Form.Item>
        <Form.Item name="status" label={t('field.status')}>
          <Select
            mode="multiple"
            allowClear
            maxTagCount="responsive"
            style={{ width: 260 }}
            placeholder={t('inbox.allStatuses')}
            onChange={() => form.submit()}
            options={statuses.map((value) => ({ value, label: t(`status.${value}`) }))}
          />
        </Form.Item>
        <Form.Item name="mine" valuePropName="checked">
          <Checkbox onChange={() => form.submit()}>{t('inbox.mine')}</Checkbox>
        </Form.Item>
        <Form.Item name="overdue" valuePropName="checked">
          <Checkbox onChange={() => form.submit()}>{t('inbox.overdue')}</Checkbox>
        </Form.Item>
        <Form.Item name="transferredOut" valuePropName="checked">
          <Checkbox onChange={() => form.submit()}>{t('inbox.transferredOut')}</Checkbox>
        </Form.Item>
      </Form>
      {data && (
        <Typography.Text>{t('inbox.total', { count: data.totalItems ?? 0 })}</Typography.Text>
      )}
      {error && <ProblemAlert error={error} />}
      <Table<CaseSummary>
        aria-label={t('inbox.tableLabel')}
        rowKey="id"
        size="middle"
        loading={isFetching}
        columns={columns}
        dataSource={data?.items ?? []}
        locale={{ emptyText: t('inbox.empty') }}
        scroll={{ x: 1300 }}
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
