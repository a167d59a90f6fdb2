import { Alert, App, Checkbox, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/errors/ProblemAlert';
import { formatDate } from '@/lib/format';
import { isApiProblem } from '@/lib/problem';
import { useProblemForm } from '@/lib/useProblemForm';
import { useUpdateDeadlineRule } from '../api/deadline-rules';
import {
  DEADLINE_UNITS,
  type DeadlineRule,
  type DeadlineRuleChange,
  type DeadlineUnit,
} from '../api/types';

interface Values {
  duration: number;
  unit: DeadlineUnit;
  needsLegalConfirmation: boolean;
  legalBasis?: string;
  reason?: string;
}

const FIELDS = ['duration', 'unit', 'needsLegalConfirmation', 'legalBasis', 'reason'] as const;

/** Corrects one rule version (admin); a change of the legal basis needs a reason. */
export function DeadlineRuleEditModal({
  rule,
  onClose,
}: {
  /** The version to edit; absent while the modal is closed. */
  rule?: DeadlineRule;
  onClose: () => void;
}) {
  const { t } = useTranslation('deadlines');
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const update = useUpdateDeadlineRule();
  const { problem, onError, clear } = useProblemForm(form, FIELDS);
  const open = rule !== undefined;
  useEffect(() => {
    if (open) {
      form.resetFields();
      clear();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the modal opens
  }, [open]);

  const legalBasisChanged = (value?: string) =>
    (value ?? '').trim() !== (rule?.legalBasis ?? '').trim();

  const submit = (values: Values) => {
    if (!rule?.code || !rule.validFrom) return;
    const body: DeadlineRuleChange = {
      version: rule.version ?? 0,
      duration: values.duration,
      unit: values.unit,
      needsLegalConfirmation: values.needsLegalConfirmation,
    };
    if (legalBasisChanged(values.legalBasis)) body.legalBasis = values.legalBasis?.trim() ?? '';
    const reason = values.reason?.trim();
    if (reason) body.reason = reason;
    clear();
    update.mutate(
      { code: rule.code, validFrom: rule.validFrom, body },
      {
        onSuccess: (saved) => {
          void message.success(t('edit.saved', { code: saved.code }));
          onClose();
        },
        onError,
      },
    );
  };

  const conflict = isApiProblem(problem) && problem.status === 409;
  return (
    <Modal
      open={open}
      title={rule && t('edit.title', { code: rule.code, from: formatDate(rule.validFrom) })}
      okText={t('edit.save')}
      cancelText={t('edit.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={update.isPending}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{
          duration: rule?.duration,
          unit: rule?.unit,
          needsLegalConfirmation: rule?.needsLegalConfirmation ?? false,
          legalBasis: rule?.legalBasis,
        }}
      >
        <Form.Item
          name="duration"
          label={t('edit.duration')}
          rules={[{ required: true, message: t('edit.required') }]}
        >
          <InputNumber<number> min={1} precision={0} style={{ width: 140 }} />
        </Form.Item>
        <Form.Item
          name="unit"
          label={t('edit.unit')}
          rules={[{ required: true, message: t('edit.required') }]}
        >
          <Select
            options={DEADLINE_UNITS.map((unit) => ({ value: unit, label: t(`unitNames.${unit}`) }))}
          />
        </Form.Item>
        <Form.Item name="needsLegalConfirmation" valuePropName="checked">
          <Checkbox>{t('edit.needsLegalConfirmation')}</Checkbox>
        </Form.Item>
        <Form.Item name="legalBasis" label={t('edit.legalBasis')}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('edit.reason')}
          extra={t('edit.reasonHelp')}
          dependencies={['legalBasis']}
          rules={[
            ({ getFieldValue }) => ({
              validator: (_, value?: string) =>
                legalBasisChanged(getFieldValue('legalBasis') as string | undefined) &&
                !value?.trim()
                  ? Promise.reject(new Error(t('edit.reasonRequired')))
                  : Promise.resolve(),
            }),
          ]}
        >
          <Input.TextArea rows={2} />
        </Form.Item>
        {conflict ? (
          <Alert type="warning" showIcon title={t('edit.conflict')} />
        ) : (
          problem !== undefined && <ProblemAlert error={problem} />
        )}
      </Form>
    </Modal>
  );
}
