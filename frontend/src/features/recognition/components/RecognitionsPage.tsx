import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, DatePicker, Flex, Form, Input, Modal, Select, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/errors/ProblemAlert';
import { UnitTreeSelect } from '@/components/reports/UnitTreeSelect';
import { api, unwrap } from '@/lib/api-client';
import { useRoles } from '@/lib/authorization';
import { DATE_FORMAT, fromApiDate, toApiDate } from '@/lib/dates';
import { formatDate } from '@/lib/format';
import { useProblemForm } from '@/lib/useProblemForm';
import { useRecognitions, useSaveRecognition } from '../api/recognition';
import {
  RECOGNITION_FORMS,
  RECOGNITION_KINDS,
  type Recognition,
  type RecognitionInput,
  type RecognitionKind,
} from '../api/types';

const PAGE_SIZE = 20;

/** /recognitions: commendations and corrections of units and officials (Sở Nội vụ records them). */
export function RecognitionsPage() {
  const { t } = useTranslation('recognition');
  const canWrite = useRoles().includes('home_affairs_inspector');
  const [unit, setUnit] = useState<string>();
  const [kind, setKind] = useState<RecognitionKind>();
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const [page, setPage] = useState(0);
  const [editing, setEditing] = useState<Recognition | 'new'>();
  const list = useRecognitions({
    unit,
    kind,
    from: toApiDate(range?.[0]),
    to: toApiDate(range?.[1]),
    page,
    size: PAGE_SIZE,
  });
  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap>
        <Typography.Title level={1} className="page-title">
          {t('recognitions.title')}
        </Typography.Title>
        {canWrite && (
          <Button
            type="primary"
            icon={<PlusOutlined aria-hidden />}
            onClick={() => setEditing('new')}
          >
            {t('recognitions.new')}
          </Button>
        )}
      </Flex>
      <Form layout="inline" className="filter-form">
        <Form.Item label={t('field.unit')} htmlFor="rec-unit">
          <UnitTreeSelect
            id="rec-unit"
            allowClear
            placeholder={t('anyUnit')}
            value={unit}
            onChange={(next) => {
              setUnit(next);
              setPage(0);
            }}
          />
        </Form.Item>
        <Form.Item label={t('field.dates')} htmlFor="rec-range">
          <DatePicker.RangePicker
            id="rec-range"
            format={DATE_FORMAT}
            value={range}
            onChange={(next) => {
              setRange(next);
              setPage(0);
            }}
          />
        </Form.Item>
        <Form.Item label={t('field.kind')} htmlFor="rec-kind">
          <Select
            id="rec-kind"
            allowClear
            style={{ minWidth: 180 }}
            placeholder={t('anyKind')}
            value={kind}
            onChange={(next?: RecognitionKind) => {
              setKind(next);
              setPage(0);
            }}
            options={RECOGNITION_KINDS.map((value) => ({ value, label: t(`kind.${value}`) }))}
          />
        </Form.Item>
      </Form>
      {list.error && <ProblemAlert error={list.error} />}
      <Table<Recognition>
        rowKey="id"
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: t('recognitions.empty') }}
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
            title: t('field.decidedOn'),
            render: (_, row) => formatDate(row.decidedOn),
          },
          {
            key: 'kind',
            title: t('field.form'),
            render: (_, row) => (
              <Tag
                className={`status-tag ${row.kind === 'CORRECTION' ? 'status-postponed' : 'status-held'}`}
              >
                {t(`form.${row.form}`, { defaultValue: row.form })}
              </Tag>
            ),
          },
          {
            key: 'unit',
            title: t('field.unit'),
            render: (_, row) => (
              <>
                {row.unitName ?? row.unitCode}
                {row.officialPosition && <div className="muted">{row.officialPosition}</div>}
              </>
            ),
          },
          { key: 'decision', title: t('field.decisionNo'), render: (_, row) => row.decisionNo },
          { key: 'by', title: t('field.decidedBy'), render: (_, row) => row.decidedBy },
          { key: 'reason', title: t('field.reason'), render: (_, row) => row.reason },
          ...(canWrite
            ? [
                {
                  key: 'edit',
                  title: t('actions'),
                  render: (_: unknown, row: Recognition) => (
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
        <RecognitionModal
          recognition={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(undefined)}
        />
      )}
    </Flex>
  );
}

const FIELDS = [
  'unitId',
  'officialId',
  'kind',
  'form',
  'decidedOn',
  'decisionNo',
  'decidedBy',
  'reason',
];

type FormValues = Omit<RecognitionInput, 'decidedOn'> & { decidedOn?: Dayjs };

/** Officials of the chosen unit, by position (the dashboard shows only the position). */
function useUnitOfficials(unit: string | undefined) {
  return useQuery({
    queryKey: ['officials', { unit, includeClosed: false, page: 0, size: 100 }],
    queryFn: () =>
      unwrap(
        api().GET('/api/v1/officials', {
          params: { query: { unit: unit!, includeClosed: false, page: 0, size: 100 } },
        }),
      ),
    enabled: Boolean(unit),
  });
}

function RecognitionModal({
  recognition,
  onClose,
}: {
  recognition?: Recognition;
  onClose: () => void;
}) {
  const { t } = useTranslation('recognition');
  const [form] = Form.useForm<FormValues>();
  const save = useSaveRecognition();
  const { problem, onError, clear } = useProblemForm(form, FIELDS);
  const kind = Form.useWatch('kind', form) ?? recognition?.kind ?? 'COMMENDATION';
  const unit = Form.useWatch('unitId', form) ?? recognition?.unitId;
  const officials = useUnitOfficials(unit);
  const initial: Partial<FormValues> = recognition
    ? { ...recognition, decidedOn: fromApiDate(recognition.decidedOn) }
    : { kind: 'COMMENDATION' };
  const finish = (values: FormValues) => {
    clear();
    const body: RecognitionInput = {
      ...values,
      officialId: values.officialId ?? null,
      decidedOn: toApiDate(values.decidedOn)!,
    };
    save.mutate(
      { id: recognition?.id, version: recognition?.version, body },
      { onSuccess: onClose, onError },
    );
  };
  const required = [{ required: true, message: t('required') }];
  return (
    <Modal
      open
      width={720}
      title={t(recognition ? 'recognitions.editTitle' : 'recognitions.newTitle')}
      okText={t('save')}
      cancelText={t('cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" initialValues={initial} onFinish={finish}>
        <Form.Item name="unitId" label={t('field.unit')} htmlFor="rec-form-unit" rules={required}>
          <UnitTreeSelect id="rec-form-unit" />
        </Form.Item>
        <Form.Item name="officialId" label={t('field.official')} htmlFor="rec-form-official">
          <Select
            id="rec-form-official"
            allowClear
            placeholder={t('unitItself')}
            loading={officials.isLoading}
            showSearch={{ optionFilterProp: 'label' }}
            options={(officials.data?.items ?? []).map((official) => ({
              value: official.id!,
              label: [official.position, official.fullName].filter(Boolean).join(' — '),
            }))}
          />
        </Form.Item>
        <Flex gap={16} wrap>
          <Form.Item name="kind" label={t('field.kind')} rules={required}>
            <Select
              style={{ minWidth: 180 }}
              onChange={() => form.setFieldValue('form', undefined)}
              options={RECOGNITION_KINDS.map((value) => ({ value, label: t(`kind.${value}`) }))}
            />
          </Form.Item>
          <Form.Item name="form" label={t('field.form')} rules={required}>
            <Select
              style={{ minWidth: 180 }}
              options={RECOGNITION_FORMS[kind as RecognitionKind].map((value) => ({
                value,
                label: t(`form.${value}`),
              }))}
            />
          </Form.Item>
          <Form.Item name="decidedOn" label={t('field.decidedOn')} rules={required}>
            <DatePicker format={DATE_FORMAT} />
          </Form.Item>
        </Flex>
        <Flex gap={16} wrap>
          <Form.Item
            name="decisionNo"
            label={t('field.decisionNo')}
            style={{ flex: 1, minWidth: 200 }}
          >
            <Input />
          </Form.Item>
          <Form.Item
            name="decidedBy"
            label={t('field.decidedBy')}
            style={{ flex: 2, minWidth: 240 }}
          >
            <Input />
          </Form.Item>
        </Flex>
        <Form.Item
          name="reason"
          label={t('field.reason')}
          rules={[{ required: true, whitespace: true, message: t('required') }]}
        >
          <Input.TextArea rows={3} />
        </Form.Item>
        {problem !== undefined && <ProblemAlert error={problem} />}
      </Form>
    </Modal>
  );
}
