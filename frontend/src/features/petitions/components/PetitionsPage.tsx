import { PlusOutlined, SearchOutlined } from '@ant-design/icons';
import {
  Button,
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
import { Link, useNavigate } from 'react-router';
import { ProblemAlert } from '@/components/errors/ProblemAlert';
import { Can } from '@/lib/authorization';
import { formatDate } from '@/lib/format';
import { usePetitions } from '../api/petitions';
import {
  CLASSIFICATIONS,
  PETITION_SOURCES,
  PETITION_STATUSES,
  type Classification,
  type PetitionFilter,
  type PetitionSource,
  type PetitionStatus,
  type PetitionSummary,
} from '../api/types';
import { ClassificationTag, MaskedTag, ProcessDue, StatusTag } from './Tags';

interface FilterValues {
  q?: string;
  status?: PetitionStatus;
  classification?: Classification;
  source?: PetitionSource;
  overdue?: boolean;
}

const filterOf = (values: FilterValues): PetitionFilter => ({
  q: values.q?.trim() || undefined,
  status: values.status,
  classification: values.classification,
  source: values.source,
  overdue: values.overdue || undefined,
});

function useColumns(): TableColumnsType<PetitionSummary> {
  const { t } = useTranslation('petitions');
  return [
    {
      title: t('field.petitionNo'),
      dataIndex: 'petitionNo',
      width: 110,
      render: (value: string, row) => <Link to={`/petitions/${row.id}`}>{value}</Link>,
    },
    {
      title: t('field.receivedOn'),
      dataIndex: 'receivedOn',
      width: 110,
      render: (value: string) => formatDate(value),
    },
    {
      title: t('field.processDue'),
      key: 'due',
      width: 200,
      render: (_v, row) => <ProcessDue petition={row} />,
    },
    {
      title: t('field.source'),
      dataIndex: 'source',
      width: 170,
      render: (value: string) => (value ? t(`source.${value}`) : ''),
    },
    {
      title: t('field.petitioner'),
      key: 'petitioner',
      width: 190,
      render: (_v, row) => (row.confidential ? <MaskedTag /> : (row.displayName ?? '')),
    },
    { title: t('field.content'), dataIndex: 'content', width: 280, ellipsis: true },
    {
      title: t('field.classification'),
      dataIndex: 'classification',
      width: 160,
      render: (value: string) => <ClassificationTag value={value} />,
    },
    {
      title: t('field.status'),
      key: 'status',
      width: 190,
      render: (_v, row) => (
        <Flex vertical gap={2} align="start">
          <StatusTag value={row.status} />
          {row.decision && <span>{t(`decision.${row.decision}`)}</span>}
          {row.caseId && <Link to={`/cases/${row.caseId}`}>{t('detail.case')}</Link>}
        </Flex>
      ),
    },
  ];
}

/** /petitions: the petition book (sổ đơn thư) with its filters and process deadlines. */
export function PetitionsPage() {
  const { t } = useTranslation('petitions');
  const navigate = useNavigate();
  const [form] = Form.useForm<FilterValues>();
  const [filter, setFilter] = useState<PetitionFilter>({});
  const [page, setPage] = useState(0);
  const [size, setSize] = useState(20);
  const { data, error, isFetching } = usePetitions({ ...filter, page, size });
  const columns = useColumns();
  const select = (
    name: keyof FilterValues,
    width: number,
    codes: readonly string[],
    key: string,
  ) => (
    <Form.Item name={name} label={t(`field.${name}`)}>
      <Select
        allowClear
        style={{ width }}
        placeholder={t('list.all')}
        onChange={() => form.submit()}
        options={codes.map((value) => ({ value, label: t(`${key}.${value}`) }))}
      />
    </Form.Item>
  );
  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={1} className="page-title">
          {t('list.title')}
        </Typography.Title>
        <Can roles={['reception_officer', 'unit_leader', 'petition_handler']}>
          <Button
            type="primary"
            icon={<PlusOutlined aria-hidden />}
            onClick={() => void navigate('/petitions/new')}
          >
            {t('list.new')}
          </Button>
        </Can>
      </Flex>
      <Form
        form={form}
        layout="inline"
        style={{ rowGap: 8 }}
        onFinish={(values) => {
          setFilter(filterOf(values));
          setPage(0);
        }}
      >
        <Form.Item name="q" label={t('list.search')}>
          <Input.Search
            allowClear
            style={{ width: 240 }}
            onSearch={() => form.submit()}
            enterButton={<SearchOutlined aria-label={t('list.searchButton')} />}
          />
        </Form.Item>
        {select('status', 170, PETITION_STATUSES, 'status')}
        {select('classification', 190, CLASSIFICATIONS, 'classification')}
        {select('source', 220, PETITION_SOURCES, 'source')}
        <Form.Item name="overdue" valuePropName="checked">
          <Checkbox onChange={() => form.submit()}>{t('list.overdue')}</Checkbox>
        </Form.Item>
      </Form>
      {data && (
        <Typography.Text>{t('list.total', { count: data.totalItems ?? 0 })}</Typography.Text>
      )}
      {error && <ProblemAlert error={error} />}
      <Table<PetitionSummary>
        aria-label={t('list.tableLabel')}
        rowKey="id"
        size="middle"
        loading={isFetching}
        columns={columns}
        dataSource={data?.items ?? []}
        locale={{ emptyText: t('list.empty') }}
        scroll={{ x: 1400 }}
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
