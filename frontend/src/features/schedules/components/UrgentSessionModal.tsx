import { App, DatePicker, Form, Input, Modal, Select, TimePicker } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/errors/ProblemAlert';
import { DATE_FORMAT, toApiDate } from '@/lib/dates';
import { useIdempotencyKey } from '@/lib/idempotency';
import { useCreateUrgentSession } from '../api/sessions';

interface Values {
  unitId: string;
  date: Dayjs;
  start: Dayjs;
  end: Dayjs;
  reason: string;
  placeText?: string;
}

/**
 * The head's urgent reception (tiếp đột xuất, Luật Tiếp công dân Art. 18(3)): an ad-hoc session with its trigger,
 * presided by the head of the unit unless delegated later.
 */
export function UrgentSessionModal({
  units,
  onClose,
}: {
  units: { value: string; label: string }[];
  onClose: () => void;
}) {
  const { t } = useTranslation('schedules');
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const create = useCreateUrgentSession();
  const keyFor = useIdempotencyKey();
  const required = (field: string) => ({
    required: true,
    message: t('required', { field: t(`field.${field}`).toLowerCase() }),
  });
  return (
    <Modal
      open
      title={t('urgent.title')}
      okText={t('urgent.create')}
      cancelText={t('editor.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={create.isPending}
      destroyOnHidden
    >
      <p>{t('urgent.intro')}</p>
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          unitId: units.length === 1 ? units[0].value : undefined,
          date: dayjs(),
          start: dayjs('14:00', 'HH:mm'),
          end: dayjs('16:00', 'HH:mm'),
        }}
        onFinish={(values) => {
          const body = {
            unitId: values.unitId,
            date: toApiDate(values.date)!,
            start: values.start.format('HH:mm'),
            end: values.end.format('HH:mm'),
            reason: values.reason.trim(),
            placeText: values.placeText?.trim() || undefined,
          };
          create.mutate(
            { body, key: keyFor(body) },
            {
              onSuccess: () => {
                void message.success(t('urgent.created'));
                onClose();
              },
            },
          );
        }}
      >
        <Form.Item name="unitId" label={t('field.unit')} rules={[required('unit')]}>
          <Select options={units} showSearch={{ optionFilterProp: 'label' }} />
        </Form.Item>
        <Form.Item name="date" label={t('field.date')} rules={[required('date')]}>
          <DatePicker format={DATE_FORMAT} />
        </Form.Item>
        <Form.Item name="start" label={t('field.start')} rules={[required('start')]}>
          <TimePicker format="HH:mm" minuteStep={5} needConfirm={false} />
        </Form.Item>
        <Form.Item name="end" label={t('field.end')} rules={[required('end')]}>
          <TimePicker format="HH:mm" minuteStep={5} needConfirm={false} />
        </Form.Item>
        <Form.Item name="reason" label={t('urgent.reason')} rules={[required('reason')]}>
          <Input.TextArea rows={2} placeholder={t('urgent.reasonPlaceholder')} />
        </Form.Item>
        <Form.Item name="placeText" label={t('field.place')} rules={[required('place')]}>
          <Input />
        </Form.Item>
      </Form>
      {create.error && <ProblemAlert error={create.error} />}
    </Modal>
  );
}
