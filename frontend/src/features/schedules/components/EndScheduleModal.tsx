import { App, DatePicker, Form, Input, Modal } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/errors/ProblemAlert';
import { DATE_FORMAT, toApiDate } from '@/lib/dates';
import { useIdempotencyKey } from '@/lib/idempotency';
import { useEndSchedule } from '../api/schedules';
import type { Schedule } from '../api/types';

/** Ends a schedule on a chosen day, with a reason; sessions already held stay. */
export function EndScheduleModal({
  schedule,
  onClose,
}: {
  schedule: Schedule;
  onClose: () => void;
}) {
  const { t } = useTranslation('schedules');
  const { message } = App.useApp();
  const [form] = Form.useForm<{ validTo: Dayjs; reason: string }>();
  const end = useEndSchedule();
  const keyFor = useIdempotencyKey();
  const required = (field: string) => ({
    required: true,
    message: t('required', { field: t(`field.${field}`).toLowerCase() }),
  });
  return (
    <Modal
      open
      title={t('schedulesPage.close')}
      okText={t('schedulesPage.close')}
      okButtonProps={{ danger: true }}
      cancelText={t('editor.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={end.isPending}
      destroyOnHidden
    >
      <p>{t('schedulesPage.closeConfirm')}</p>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ validTo: dayjs() }}
        onFinish={(values) => {
          const body = {
            version: schedule.version ?? 0,
            validTo: toApiDate(values.validTo)!,
            reason: values.reason.trim(),
          };
          end.mutate(
            { id: schedule.id ?? '', body, key: keyFor(body) },
            {
              onSuccess: () => {
                void message.success(t('schedulesPage.closed'));
                onClose();
              },
            },
          );
        }}
      >
        <Form.Item name="validTo" label={t('field.validTo')} rules={[required('validTo')]}>
          <DatePicker format={DATE_FORMAT} />
        </Form.Item>
        <Form.Item name="reason" label={t('field.reason')} rules={[required('reason')]}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
      {end.error && <ProblemAlert error={end.error} />}
    </Modal>
  );
}
