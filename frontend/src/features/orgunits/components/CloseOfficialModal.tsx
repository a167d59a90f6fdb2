import { App, DatePicker, Form, Input, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/errors/ProblemAlert';
import { DATE_FORMAT, toApiDate } from '@/lib/dates';
import { useIdempotencyKey } from '@/lib/idempotency';
import { useCloseOfficial } from '../api/officials';
import type { CloseOfficialRequest, Official } from '../api/types';
import { useProblemForm } from '@/lib/useProblemForm';

const FIELDS = ['validTo', 'reason'] as const;

/** Ends an official's time at the unit (transfer, retirement); their history stays. */
export function CloseOfficialModal({
  open,
  official,
  onClose,
}: {
  open: boolean;
  official: Official;
  onClose: () => void;
}) {
  const { t } = useTranslation('orgunits');
  const { message } = App.useApp();
  const [form] = Form.useForm<{ validTo?: Dayjs; reason: string }>();
  const close = useCloseOfficial(official.id ?? '');
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
  const required = { required: true, message: t('form.required') };

  return (
    <Modal
      open={open}
      title={t('officials.closeTitle', { name: official.fullName })}
      okText={t('close.confirm')}
      okButtonProps={{ danger: true }}
      cancelText={t('form.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={close.isPending}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"

        onFinish={(values) => {
          const body: CloseOfficialRequest = {
            version: official.version ?? 0,
            validTo: toApiDate(values.validTo) ?? '',
            reason: values.reason.trim(),
          };
          clear();
          close.mutate(
            { body, key: keyFor(body) },
            {
              onSuccess: () => {
                void message.success(t('officials.closed', { name: official.fullName }));
                onClose();
              },
              onError,
            },
          );
        }}
      >
        <Form.Item name="validTo" label={t('fields.validTo')} rules={[required]}>
          <DatePicker format={DATE_FORMAT} />
        </Form.Item>
        <Form.Item name="reason" label={t('fields.reason')} rules={[required]}>
          <Input.TextArea rows={2} />
        </Form.Item>
        {problem !== undefined && <ProblemAlert error={problem} />}
      </Form>
    </Modal>
  );
}
