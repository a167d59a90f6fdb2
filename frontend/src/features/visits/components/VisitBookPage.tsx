import { FileExcelOutlined, FilePdfOutlined, SearchOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Checkbox,
  DatePicker,
  Flex,
  Form,
  Input,
  Select,
  Table,
  Typography,
  type TableColumnsType,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProblemAlert } from '@/components/errors/ProblemAlert';
import { DATE_FORMAT, toApiDate } from '@/lib/dates';
import { formatDate } from '@/lib/format';
import {
  CLASSIFICATIONS,
  DIRECTIONS,
  VISIT_STATUSES,
  type Classification,
  type HandlingDirection,
  type VisitFilter,
  type VisitStatus,
  type VisitSummary,
} from '../api/types';
import { exportVisits, saveBlob, useUnits, useVisits } from '../api/visits';
import { ClassificationTag, FirstTimeTag, MaskedTag, NoticeDue } from './Tags';
import './visits.css';

interface FilterValues {
  q?: string;
  range?: [Dayjs | null, Dayjs | null] | null;
  classification?: Classification;
  direction?: HandlingDirection;
  status?: VisitStatus;
  noticeOverdue?: boolean;
  unit?: string;
}

const PAGE_SIZE = 20;

export function filterOf(values: FilterValues): VisitFilter {
  return {
    q: values.q?.trim() || undefined,
    from: toApiDate(values.range?.[0] ?? undefined),
    to: toApiDate(values.range?.[1] ?? undefined),
    classification: values.classification,
    direction: values.direction,
    status: values.status,
    noticeOverdue: values.noticeOverdue || undefined,
    unit: values.unit,
  };
}

/** The book's columns (Mẫu 03): a denouncer's row shows the masked tag, never a name or ID. */
export function useBookColumns(): TableColumnsType<VisitSummary> {
  const { t } = useTranslation('visits');
  return [
    {
      title: t('field.bookNo'),
      dataIndex: 'bookNo',
      width: 90,
      render: (value: string, visit) => <Link to={`/visits/${visit.id}`}>{value}</Link>,
    },
    {
      title: t('field.date'),
      dataIndex: 'receivedAt',
      width: 110,
      render: (value: string) => formatDate(value),
    },
    {
      title: t('field.nameAddress'),
      key: 'name',
      width: 220,
      render: (_value, visit) =>
        visit.confidential ? (
          <MaskedTag />
        ) : (
          <>
            <div>{visit.displayName}</div>
            {visit.address && <Typography.Text type="secondary">{visit.address}</Typography.Text>}
          </>
        ),
    },
    {
      title: t('field.idNumber'),
      dataIndex: 'idNumber',
      width: 130,
      render: (value: string | null, visit) => (visit.confidential ? '' : (value ?? '')),
    },
    { title: t('field.content'), dataIndex: 'contentSummary', width: 260 },
    {
      title: t('field.classificationHeadcount'),
      key: 'classification',
      width: 170,
      render: (_value, visit) => (
        <>
          <ClassificationTag value={visit.classification} />
          {visit.partyKind === 'GROUP' && <div>{t('group', { n: visit.headcount ?? 0 })}</div>}
        </>
      ),
    },
    {
      title: t('field.direction'),
      dataIndex: 'handlingDirection',
      width: 150,
      render: (value: HandlingDirection | undefined, visit) =>
        visit.status === 'REFUSED' ? t('status.REFUSED') : t(`direction.${value ?? 'NONE'}`),
    },
    {
      title: t('field.noticeDue'),
      key: 'due',
      width: 140,
      render: (_value, visit) => <NoticeDue visit={visit} />,
    },
    {
      title: t('field.firstTime'),
      dataIndex: 'firstTime',
      width: 100,
      render: (value: boolean | undefined) => <FirstTimeTag firstTime={value} />,
    },
  ];
}

/** /visits: the reception book (sổ tiếp công dân) with its filters and the Mẫu 03 export. */
export function VisitBookPage() {
  const { t } = useTranslation('visits');
  const { message } = App.useApp();
  const [form] = Form.useForm<FilterValues>();
  const [filter, setFilter] = useState<VisitFilter>({});
  const [page, setPage] = useState(0);
  const [size, setSize] = useState(PAGE_SIZE);
  const [exporting, setExporting] = useState<'xlsx' | 'pdf'>();
  const [exportError, setExportError] = useState<unknown>();
  const { data, error, isFetching } = useVisits({ ...filter, page, size });
  const { data: units } = useUnits();
  const columns = useBookColumns();

  const download = async (format: 'xlsx' | 'pdf') => {
    setExporting(format);
    setExportError(undefined);
    try {
      const current = filterOf(form.getFieldsValue(true));
      const { blob, name } = await exportVisits(current, format);
      saveBlob(blob, name);
      void message.success(t('book.exported', { name }));
    } catch (failure) {
      setExportError(failure);
    } finally {
      setExporting(undefined);
    }
  };

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={1} className="page-title">
        {t('book.title')}
      </Typography.Title>
      <Form
        form={form}
        layout="inline"
        onFinish={(values) => {
          setFilter(filterOf(values));
          setPage(0);
        }}
        style={{ rowGap: 8 }}
      >
        <Form.Item name="q" label={t('book.search')}>
          <Input.Search
            allowClear
            style={{ width: 260 }}
            onSearch={() => form.submit()}
            enterButton={<SearchOutlined aria-label={t('book.searchButton')} />}
          />
        </Form.Item>
        <Form.Item name="range" label={t('book.dateRange')}>
          <DatePicker.RangePicker
            format={DATE_FORMAT}
            allowEmpty={[true, true]}
            placeholder={[t('book.from'), t('book.to')]}
            onChange={() => form.submit()}
          />
        </Form.Item>
        <Form.Item name="classification" label={t('field.classification')}>
          <Select
            allowClear
            style={{ width: 190 }}
            placeholder={t('book.allClassifications')}
            onChange={() => form.submit()}
            options={CLASSIFICATIONS.map((value) => ({
              value,
              label: t(`classification.${value}`),
            }))}
          />
        </Form.Item>
        <Form.Item name="direction" label={t('field.direction')}>
          <Select
            allowClear
            style={{ width: 200 }}
            placeholder={t('book.allDirections')}
            onChange={() => form.submit()}
            options={DIRECTIONS.map((value) => ({ value, label: t(`direction.${value}`) }))}
          />
        </Form.Item>
        <Form.Item name="status" label={t('field.status')}>
          <Select
            allowClear
            style={{ width: 190 }}
            placeholder={t('book.allStatuses')}
            onChange={() => form.submit()}
            options={VISIT_STATUSES.map((value) => ({ value, label: t(`status.${value}`) }))}
          />
        </Form.Item>
        {(units?.items?.length ?? 0) > 1 && (
          <Form.Item name="unit" label={t('field.unit')}>
            <Select
              allowClear
              style={{ width: 240 }}
              placeholder={t('book.allUnits')}
              showSearch={{ optionFilterProp: 'label' }}
              onChange={() => form.submit()}
              options={(units?.items ?? []).map((unit) => ({ value: unit.id!, label: unit.name }))}
            />
          </Form.Item>
        )}
        <Form.Item name="noticeOverdue" valuePropName="checked">
          <Checkbox onChange={() => form.submit()}>{t('book.overdueOnly')}</Checkbox>
        </Form.Item>
      </Form>
      <Flex gap={8} wrap align="center">
        <Button
          icon={<FileExcelOutlined aria-hidden />}
          loading={exporting === 'xlsx'}
          onClick={() => void download('xlsx')}
        >
          {t('book.exportXlsx')}
        </Button>
        <Button
          icon={<FilePdfOutlined aria-hidden />}
          loading={exporting === 'pdf'}
          onClick={() => void download('pdf')}
        >
          {t('book.exportPdf')}
        </Button>
        {data && (
          <Typography.Text>{t('book.total', { count: data.totalItems ?? 0 })}</Typography.Text>
        )}
      </Flex>
      {exportError !== undefined && <ProblemAlert error={exportError} />}
      {error && <ProblemAlert error={error} />}
      <Table<VisitSummary>
        aria-label={t('book.tableLabel')}
        rowKey="id"
        size="middle"
        loading={isFetching}
        columns={columns}
        dataSource={data?.items ?? []}
        locale={{ emptyText: t('book.empty') }}
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
