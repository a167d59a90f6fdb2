import { PlusOutlined } from '@ant-design/icons';
import {
  Button,
  Checkbox,
  DatePicker,
  Flex,
  Form,
  Input,
  Modal,
  Select,
  Table,
  Tag,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/errors/ProblemAlert';
import { UnitTreeSelect } from '@/components/reports/UnitTreeSelect';
import { useRoles } from '@/lib/authorization';
import { DATE_FORMAT, fromApiDate, toApiDate } from '@/lib/dates';
import { formatDate } from '@/lib/format';
import { useProblemForm } from '@/lib/useProblemForm';
import { useInspections, useSaveInspection } from '../api/recognition';
import { RATINGS, type Inspection, type InspectionInput, type Rating } from '../api/types';

const PAGE_SIZE = 20;
const RATING_CLASS: Record<Rating, string> = {
  GOOD: 'status-held',
  SATISFACTORY: 'status-published',
  NEEDS_IMPROVEMENT: 'status-postponed',
  VIOLATION: 'status-cancelled',
};

export function RatingTag({ rating }: { rating: Rating }) {
  const { t } = useTranslation('recognition');
  return <Tag className={`status-tag ${RATING_CLASS[rating]}`}>{t(`rating.${rating}`)}</Tag>;
}

/** /inspections: Sở Nội vụ's unannounced inspections of reception discipline and conduct. */
export function InspectionsPage() {
  const { t } = useTranslation('recognition');
  const canWrite = useRoles().includes('home_affairs_inspector');
  const [unit, setUnit] = useState<string>();
  const [rating, setRating] = useState<Rating>();
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const [page, setPage] = useState(0);
  const [editing, setEditing] = useState<Inspection | 'new'>();
  const list = useInspections({
    unit,
    rating,
    from: toApiDate(range?.[0]),
    to: toApiDate(range?.[1]),
    page,
    size: PAGE_SIZE,
  });
  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap>
        <Typography.Title level={1} className="page-title">
          {t('inspections.title')}
        </Typography.Title>
        {canWrite && (
          <Button
            type="primary"
            icon={<PlusOutlined aria-hidden />}
            onClick={() => setEditing('new')}
          >
            {t('inspections.new')}
          </Button>
        )}
      </Flex>
      <Form layout="inline" className="filter-form">
        <Form.Item label={t('field.unit')} htmlFor="insp-unit">
          <UnitTreeSelect
            id="insp-unit"
            allowClear
            placeholder={t('anyUnit')}
            value={unit}
            onChange={(next) => {
              setUnit(next);
              setPage(0);
            }}
          />
        </Form.Item>
        <Form.Item label={t('field.dates')} htmlFor="insp-range">
          <DatePicker.RangePicker
            id="insp-range"
            format={DATE_FORMAT}
            value={range}
            onChange={(next) => {
              setRange(next);
              setPage(0);
            }}
          />
        </Form.Item>
        <Form.Item label={t('field.rating')} htmlFor="insp-rating">
          <Select
            id="insp-rating"
            allowClear
            style={{ minWidth: 180 }}
            placeholder={t('anyRating')}
            value={rating}
            onChange={(next?: Rating) => {
              setRating(next);
              setPage(0);
            }}
            options={RATINGS.map((value) => ({ value, label: t(`rating.${value}`) }))}
          />
        </Form.Item>
      </Form>
      {list.error && <ProblemAlert error={list.error} />}
      <Table<Inspection>
        rowKey="id"
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: t('inspections.empty') }}
        pagination={{
          current: page + 1,
          pageSize: PAGE_SIZE,
          total: list.data?.totalItems ?? 0,
          showSizeChanger: false,
          onChange: (next) => setPage(next - 1),
        }}
        columns={[
          {
            key: 'date',
            title: t('field.inspectedOn'),
            render: (_, row) => formatDate(row.inspectedOn),
          },
          { key: 'unit', title: t('field.unit'), render: (_, row) => row.unitName ?? row.unitCode },
          {
            key: 'rating',
            title: t('field.rating'),
            render: (_, row) => (
              <>
                <RatingTag rating={row.rating} />
                {row.unannounced && <Tag>{t('field.unannounced')}</Tag>}
              </>
            ),
          },
          {
            key: 'discipline',
            title: t('field.findingsDiscipline'),
            render: (_, row) => row.findingsDiscipline,
          },
          {
            key: 'conduct',
            title: t('field.findingsConduct'),
            render: (_, row) => row.findingsConduct,
          },
          {
            key: 'followUp',
            title: t('field.followUp'),
            render: (_, row) =>
              row.followUp ? (
                <>
                  {row.followUp}
                  {row.followUpDue && (
                    <div className="muted">
                      {t('inspections.due', { date: formatDate(row.followUpDue) })}
                    </div>
                  )}
                  {row.followUpDoneOn && (
                    <div className="muted">
                      {t('inspections.done', { date: formatDate(row.followUpDoneOn) })}
                    </div>
                  )}
                </>
              ) : null,
          },
          ...(canWrite
            ? [
                {
                  key: 'edit',
                  title: t('actions'),
                  render: (_: unknown, row: Inspection) => (
                    <Button size="small" onClick={() => setEditing(row)}>
                      {t('edit')}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      {editing && (
        <InspectionModal
          inspection={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(undefined)}
        />
      )}
    </Flex>
  );
}

const FIELDS = [
  'unitId',
  'inspectedOn',
  'unannounced',
  'sessionHeld',
  'rating',
  'findingsDiscipline',
  'findingsConduct',
  'followUp',
  'followUpDue',
  'followUpDoneOn',
];

type FormValues = Omit<InspectionInput, 'inspectedOn' | 'followUpDue' | 'followUpDoneOn'> & {
  inspectedOn?: Dayjs;
  followUpDue?: Dayjs;
  followUpDoneOn?: Dayjs;
};

function InspectionModal({
  inspection,
  onClose,
}: {
  inspection?: Inspection;
  onClose: () => void;
}) {
  const { t } = useTranslation('recognition');
  const [form] = Form.useForm<FormValues>();
  const save = useSaveInspection();
  const { problem, onError, clear } = useProblemForm(form, FIELDS);
  const initial: Partial<FormValues> = inspection
    ? {
        ...inspection,
        inspectedOn: fromApiDate(inspection.inspectedOn),
        followUpDue: fromApiDate(inspection.followUpDue),
        followUpDoneOn: fromApiDate(inspection.followUpDoneOn),
      }
    : { unannounced: true };
  const finish = (values: FormValues) => {
    clear();
    const body: InspectionInput = {
      ...values,
      inspectedOn: toApiDate(values.inspectedOn)!,
      followUpDue: toApiDate(values.followUpDue) ?? null,
      followUpDoneOn: toApiDate(values.followUpDoneOn) ?? null,
    };
    save.mutate(
      { id: inspection?.id, version: inspection?.version, body },
      { onSuccess: onClose, onError },
    );
  };
  const required = [{ required: true, whitespace: true, message: t('required') }];
  return (
    <Modal
      open
      width={720}
      title={t(inspection ? 'inspections.editTitle' : 'inspections.newTitle')}
      okText={t('save')}
      cancelText={t('cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" initialValues={initial} onFinish={finish}>
        <Form.Item
          name="unitId"
          label={t('field.unit')}
          htmlFor="insp-form-unit"
          rules={[{ required: true, message: t('required') }]}
        >
          <UnitTreeSelect id="insp-form-unit" />
        </Form.Item>
        <Flex gap={16} wrap>
          <Form.Item
            name="inspectedOn"
            label={t('field.inspectedOn')}
            rules={[{ required: true, message: t('required') }]}
          >
            <DatePicker format={DATE_FORMAT} />
          </Form.Item>
          <Form.Item
            name="rating"
            label={t('field.rating')}
            rules={[{ required: true, message: t('required') }]}
          >
            <Select
              style={{ minWidth: 200 }}
              options={RATINGS.map((value) => ({ value, label: t(`rating.${value}`) }))}
            />
          </Form.Item>
          <Form.Item name="unannounced" valuePropName="checked" label=" ">
            <Checkbox>{t('field.unannounced')}</Checkbox>
          </Form.Item>
          <Form.Item name="sessionHeld" valuePropName="checked" label=" ">
            <Checkbox>{t('field.sessionHeld')}</Checkbox>
          </Form.Item>
        </Flex>
        <Form.Item name="findingsDiscipline" label={t('field.findingsDiscipline')} rules={required}>
          <Input.TextArea rows={3} />
        </Form.Item>
        <Form.Item name="findingsConduct" label={t('field.findingsConduct')} rules={required}>
          <Input.TextArea rows={3} />
        </Form.Item>
        <Form.Item name="followUp" label={t('field.followUp')}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Flex gap={16} wrap>
          <Form.Item name="followUpDue" label={t('field.followUpDue')}>
            <DatePicker format={DATE_FORMAT} />
          </Form.Item>
          <Form.Item name="followUpDoneOn" label={t('field.followUpDoneOn')}>
            <DatePicker format={DATE_FORMAT} />
          </Form.Item>
        </Flex>
        {problem !== undefined && <ProblemAlert error={problem} />}
      </Form>
    </Modal>
  );
}
