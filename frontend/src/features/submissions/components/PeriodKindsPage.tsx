import {
  Button,
  Checkbox,
  Flex,
  Form,
  Input,
  InputNumber,
  Modal,
  Select,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/errors/ProblemAlert';
import { hasAnyRole, useRoles } from '@/lib/authorization';
import { useProblemForm } from '@/lib/useProblemForm';
import { usePeriodKinds, useUpdatePeriodKind } from '../api/submissions';
import type { PeriodKind, PeriodKindUpdate } from '../api/types';

const pad = (value?: number | null) => (value ? String(value).padStart(2, '0') : '');
/** dd/MM, with "(năm trước)" / "(năm sau)" for an offset year. */
const dayMonth = (day?: number | null, month?: number | null) =>
  day && month ? `${pad(day)}/${pad(month)}` : '';

/** /reports/periods: the report period kinds, their data windows and due dates (Thanh tra tỉnh edits). */
export function PeriodKindsPage() {
  const { t, i18n } = useTranslation('submissions');
  const roles = useRoles();
  const kinds = usePeriodKinds();
  const [editing, setEditing] = useState<PeriodKind>();
  const canEdit = hasAnyRole(roles, ['inspector', 'admin']);
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={1} className="page-title">
        {t('kinds.title')}
      </Typography.Title>
      {kinds.error && <ProblemAlert error={kinds.error} />}
      <Table<PeriodKind>
        rowKey="code"
        loading={kinds.isLoading}
        dataSource={kinds.data ?? []}
        pagination={false}
        columns={[
          {
            key: 'label',
            title: t('kinds.kind'),
            render: (_, kind) => (
              <>
                {i18n.language === 'vi' ? kind.labelVi : kind.labelEn} <Tag>{kind.code}</Tag>
              </>
            ),
          },
          {
            key: 'regime',
            title: t('kinds.regime'),
            render: (_, kind) => t(`kinds.regimes.${kind.regime}`),
          },
          {
            key: 'window',
            title: t('kinds.window'),
            render: (_, kind) =>
              kind.code === 'MONTH'
                ? t('kinds.calendarMonth')
                : `${dayMonth(kind.startDay, kind.startMonth)}${kind.startYearOffset === -1 ? ` ${t('kinds.previousYear')}` : ''} – ${dayMonth(kind.endDay, kind.endMonth)}`,
          },
          {
            key: 'due',
            title: t('kinds.due'),
            render: (_, kind) =>
              kind.code === 'MONTH'
                ? t('kinds.dueNextMonth', { day: pad(kind.dueDay) })
                : `${dayMonth(kind.dueDay, kind.dueMonth)}${kind.dueYearOffset === 1 ? ` ${t('kinds.nextYear')}` : ''}`,
          },
          {
            key: 'narrative',
            title: t('kinds.narrativeRequired'),
            render: (_, kind) => (kind.narrativeRequired ? t('kinds.yes') : t('kinds.no')),
          },
          { key: 'basis', title: t('kinds.legalBasis'), render: (_, kind) => kind.legalBasis },
          ...(canEdit
            ? [
                {
                  key: 'edit',
                  title: t('field.actions'),
                  render: (_: unknown, kind: PeriodKind) => (
                    <Button size="small" onClick={() => setEditing(kind)}>
                      {t('kinds.edit')}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      {editing && <PeriodKindModal kind={editing} onClose={() => setEditing(undefined)} />}
    </Flex>
  );
}

const MONTHS = Array.from({ length: 12 }, (_, index) => ({
  value: index + 1,
  label: pad(index + 1),
}));
const WINDOW_FIELDS = ['startDay', 'startMonth', 'startYearOffset', 'endDay', 'endMonth'] as const;
const FIELDS = [
  ...WINDOW_FIELDS,
  'dueDay',
  'dueMonth',
  'dueYearOffset',
  'narrativeRequired',
  'legalBasis',
];

function PeriodKindModal({ kind, onClose }: { kind: PeriodKind; onClose: () => void }) {
  const { t, i18n } = useTranslation('submissions');
  const [form] = Form.useForm<PeriodKindUpdate>();
  const update = useUpdatePeriodKind(kind.code);
  const { problem, onError, clear } = useProblemForm(form, FIELDS);
  const monthly = kind.code === 'MONTH';
  const day = (name: string, label: string) => (
    <Form.Item
      name={name}
      label={label}
      rules={[{ required: true, message: t('detail.required') }]}
    >
      <InputNumber min={1} max={31} style={{ width: 90 }} />
    </Form.Item>
  );
  const month = (name: string, label: string) => (
    <Form.Item
      name={name}
      label={label}
      rules={[{ required: true, message: t('detail.required') }]}
    >
      <Select options={MONTHS} style={{ width: 90 }} />
    </Form.Item>
  );
  return (
    <Modal
      open
      title={t('kinds.editTitle', { kind: i18n.language === 'vi' ? kind.labelVi : kind.labelEn })}
      okText={t('kinds.save')}
      cancelText={t('cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={update.isPending}
      width={640}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={kind}
        onFinish={(values) => {
          clear();
          update.mutate({ ...values, version: kind.version }, { onSuccess: onClose, onError });
        }}
      >
        {!monthly && (
          <fieldset className="form-fieldset">
            <legend>{t('kinds.window')}</legend>
            <Flex gap={12} wrap>
              {day('startDay', t('kinds.startDay'))}
              {month('startMonth', t('kinds.startMonth'))}
              <Form.Item name="startYearOffset" label={t('kinds.startYear')}>
                <Select
                  style={{ width: 150 }}
                  options={[
                    { value: 0, label: t('kinds.sameYear') },
                    { value: -1, label: t('kinds.previousYear') },
                  ]}
                />
              </Form.Item>
              {day('endDay', t('kinds.endDay'))}
              {month('endMonth', t('kinds.endMonth'))}
            </Flex>
          </fieldset>
        )}
        <fieldset className="form-fieldset">
          <legend>{t('kinds.due')}</legend>
          <Flex gap={12} wrap>
            {day('dueDay', t('kinds.dueDay'))}
            {!monthly && month('dueMonth', t('kinds.dueMonth'))}
            {!monthly && (
              <Form.Item name="dueYearOffset" label={t('kinds.dueYear')}>
                <Select
                  style={{ width: 150 }}
                  options={[
                    { value: 0, label: t('kinds.sameYear') },
                    { value: 1, label: t('kinds.nextYear') },
                  ]}
                />
              </Form.Item>
            )}
          </Flex>
        </fieldset>
        <Form.Item name="narrativeRequired" valuePropName="checked">
          <Checkbox>{t('kinds.narrativeRequired')}</Checkbox>
        </Form.Item>
        <Form.Item
          name="legalBasis"
          label={t('kinds.legalBasis')}
          rules={[{ required: true, whitespace: true, message: t('detail.required') }]}
        >
          <Input.TextArea rows={2} />
        </Form.Item>
        {problem !== undefined && <ProblemAlert error={problem} />}
      </Form>
    </Modal>
  );
}
