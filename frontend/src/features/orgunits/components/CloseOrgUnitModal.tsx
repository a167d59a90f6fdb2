import { Alert, App, DatePicker, Form, Input, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/errors/ProblemAlert';
import { DATE_FORMAT, toApiDate } from '@/lib/dates';
import { useIdempotencyKey } from '@/lib/idempotency';
import { SUCCESSION_KINDS, type SuccessionKind } from '@/lib/org';
import { useCloseOrgUnit } from '../api/save-org-unit';
import type { CloseOrgUnitRequest, OrgUnit } from '../api/types';
import { UnitPicker } from './UnitPicker';
import { useProblemForm } from '@/lib/useProblemForm';

interface Values {
  validTo?: Dayjs;
  reason: string;
  successorId?: string;
  successionKind?: SuccessionKind;
  legalBasis?: string;
}

const FIELDS = ['validTo', 'reason', 'successorId', 'successionKind', 'legalBasis'] as const;

/**
 * Ends a unit's validity (the 2025 reform merged wards and abolished the district level); the
 * successor takes over its open matters, so the link is recorded with its legal act.
 */
export function CloseOrgUnitModal({
  open,
  unit,
  onClose,
}: {
  open: boolean;
  unit: OrgUnit;
  onClose: () => void;
}) {
  const { t } = useTranslation(['orgunits', 'org']);
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const close = useCloseOrgUnit(unit.id ?? '');
  const keyFor = useIdempotencyKey();
  const { problem, onError, clear } = useProblemForm(form, FIELDS);
  // Each opening starts from the record's current values, not from an abandoned edit.
  useEffect(() => {
    if (open) {
      form.resetFields();
      clear();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the modal opens
  }, [open]);
  const successorId = Form.useWatch('successorId', form);

  const submit = (values: Values) => {
    const body: CloseOrgUnitRequest = {
      version: unit.version ?? 0,
      validTo: toApiDate(values.validTo) ?? '',
      reason: values.reason.trim(),
      successorId: values.successorId,
      successionKind: values.successorId ? values.successionKind : undefined,
      legalBasis: values.legalBasis?.trim() || undefined,
    };
    clear();
    close.mutate(
      { body, key: keyFor(body) },
      {
        onSuccess: () => {
          void message.success(t('close.done', { name: unit.name }));
          onClose();
        },
        onError,
      },
    );
  };

  const required = { required: true, message: t('form.required') };
  return (
    <Modal
      open={open}
      title={t('close.title', { name: unit.name })}
      okText={t('close.confirm')}
      okButtonProps={{ danger: true }}
      cancelText={t('form.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={close.isPending}
      destroyOnHidden
      width={640}
    >
      <Alert type="warning" showIcon title={t('close.warning')} style={{ marginBottom: 16 }} />
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="validTo" label={t('fields.validTo')} rules={[required]}>
          <DatePicker format={DATE_FORMAT} />
        </Form.Item>
        <Form.Item name="reason" label={t('fields.reason')} rules={[required]}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item name="successorId" label={t('fields.successor')}>
          <UnitPicker excludeId={unit.id} />
        </Form.Item>
        <Form.Item
          name="successionKind"
          label={t('fields.successionKind')}
          rules={successorId ? [required] : []}
        >
          <Select
            disabled={!successorId}
            allowClear
            options={SUCCESSION_KINDS.map((kind) => ({
              value: kind,
              label: t(`org:succession.${kind}`),
            }))}
          />
        </Form.Item>
        <Form.Item name="legalBasis" label={t('fields.legalBasis')}>
          <Input placeholder={t('close.legalBasisExample')} />
        </Form.Item>
        {problem !== undefined && <ProblemAlert error={problem} />}
      </Form>
    </Modal>
  );
}
