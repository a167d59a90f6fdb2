import { App, Form, Input, Modal, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/errors/ProblemAlert';
import { formatDate } from '@/lib/format';
import { useIdempotencyKey } from '@/lib/idempotency';
import { useCloseCalendarDay } from '../api/calendar-days';
import type { CalendarDay, CloseCalendarDayRequest } from '../api/types';
import { useProblemForm } from '@/lib/useProblemForm';

const FIELDS = ['reason'] as const;

/** Withdraws an entry with a reason: the day falls back to the weekday rule, the entry stays. */
export function CloseCalendarDayModal({
  entry,
  onClose,
}: {
  /** The entry to withdraw; absent while the modal is closed. */
  entry?: CalendarDay;
  onClose: () => void;
}) {
  const { t } = useTranslation('calendar');
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const close = useCloseCalendarDay();
  const keyFor = useIdempotencyKey();
  const { problem, onError, clear } = useProblemForm(form, FIELDS);
  const open = entry !== undefined;
  useEffect(() => {
    if (open) {
      form.resetFields();
      clear();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the modal opens
  }, [open]);
  const names = { name: entry?.name, date: formatDate(entry?.day) };

  return (
    <Modal
      open={open}
      title={t('close.title', names)}
      okText={t('close.ok')}
      okButtonProps={{ danger: true }}
      cancelText={t('close.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={close.isPending}
      destroyOnHidden
    >
      <Typography.Paragraph>{t('close.explain')}</Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        onFinish={(values) => {
          if (!entry?.id) return;
          const body: CloseCalendarDayRequest = {
            version: entry.version ?? 0,
            reason: values.reason.trim(),
          };
          clear();
          close.mutate(
            { id: entry.id, body, key: keyFor(body) },
            {
              onSuccess: () => {
                void message.success(t('close.done', names));
                onClose();
              },
              onError,
            },
          );
        }}
      >
        <Form.Item
          name="reason"
          label={t('close.reason')}
          rules={[{ required: true, whitespace: true, message: t('form.required') }]}
        >
          <Input.TextArea rows={2} />
        </Form.Item>
        {problem !== undefined && <ProblemAlert error={problem} />}
      </Form>
    </Modal>
  );
}
