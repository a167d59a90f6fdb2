import { App, Checkbox, DatePicker, Form, Input, Modal, Radio } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/errors/ProblemAlert';
import { DATE_FORMAT, fromApiDate, toApiDate } from '@/lib/dates';
import { formatDate } from '@/lib/format';
import { useIdempotencyKey } from '@/lib/idempotency';
import { useSaveCalendarDay } from '../api/calendar-days';
import {
  CALENDAR_DAY_KINDS,
  type CalendarDay,
  type CalendarDayKind,
  type CalendarDayRequest,
} from '../api/types';
import { useProblemForm } from '@/lib/useProblemForm';

interface Values {
  day?: Dayjs;
  kind: CalendarDayKind;
  name: string;
  legalBasis?: string;
  verified: boolean;
}

const FIELDS = ['day', 'kind', 'name', 'legalBasis', 'verified'] as const;

/** Adds a day off or a swapped working day, or edits one; the same form for both. */
export function CalendarDayFormModal({
  open,
  entry,
  defaultDay,
  onClose,
}: {
  open: boolean;
  /** The entry to edit; absent to add one. */
  entry?: CalendarDay;
  /** The date the add form starts on (a day of the year shown). */
  defaultDay?: Dayjs;
  onClose: () => void;
}) {
  const { t } = useTranslation('calendar');
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useSaveCalendarDay();
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

  const submit = (values: Values) => {
    const fields: CalendarDayRequest = {
      kind: values.kind,
      name: values.name.trim(),
      // An emptied legal basis is sent as "" so the server clears it (absent keeps the old one).
      legalBasis: values.legalBasis?.trim() ?? '',
      verified: values.verified,
    };
    clear();
    const onSuccess = (saved: CalendarDay) => {
      void message.success(t('form.saved', { name: saved.name }));
      onClose();
    };
    if (entry?.id) {
      save.mutate(
        { kind: 'update', id: entry.id, body: { ...fields, version: entry.version ?? 0 } },
        { onSuccess, onError },
      );
    } else {
      const body = { ...fields, day: toApiDate(values.day) };
      save.mutate({ kind: 'create', body, key: keyFor(body) }, { onSuccess, onError });
    }
  };

  const required = { required: true, whitespace: true, message: t('form.required') };
  return (
    <Modal
      open={open}
      title={
        entry
          ? t('form.editTitle', { name: entry.name, date: formatDate(entry.day) })
          : t('form.addTitle')
      }
      okText={t('form.save')}
      cancelText={t('form.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{
          day: entry ? fromApiDate(entry.day) : defaultDay,
          kind: entry?.kind ?? 'DAY_OFF',
          name: entry?.name,
          legalBasis: entry?.legalBasis,
          verified: entry?.verified ?? false,
        }}
      >
        <Form.Item
          name="day"
          label={t('form.day')}
          rules={[{ required: true, message: t('form.required') }]}
          extra={entry ? t('form.dayFixed') : undefined}
        >
          <DatePicker format={DATE_FORMAT} disabled={Boolean(entry)} />
        </Form.Item>
        <Form.Item name="kind" label={t('form.kind')} rules={[required]}>
          <Radio.Group
            options={CALENDAR_DAY_KINDS.map((kind) => ({
              value: kind,
              label: t(`kinds.${kind}`),
              title: t(`kindHelp.${kind}`),
            }))}
          />
        </Form.Item>
        <Form.Item name="name" label={t('form.name')} rules={[required]}>
          <Input autoComplete="off" placeholder={t('form.namePlaceholder')} />
        </Form.Item>
        <Form.Item name="legalBasis" label={t('form.legalBasis')}>
          <Input.TextArea rows={2} placeholder={t('form.legalBasisPlaceholder')} />
        </Form.Item>
        <Form.Item name="verified" valuePropName="checked">
          <Checkbox>{t('form.verified')}</Checkbox>
        </Form.Item>
        {problem !== undefined && <ProblemAlert error={problem} />}
      </Form>
    </Modal>
  );
}
