import {
  Alert,
  App,
  Checkbox,
  DatePicker,
  Flex,
  Form,
  Input,
  InputNumber,
  List,
  Modal,
  Select,
  Tag,
  TimePicker,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/errors/ProblemAlert';
import { DATE_FORMAT, fromApiDate, toApiDate } from '@/lib/dates';
import { formatDate, formatWeekdayDate } from '@/lib/format';
import { useIdempotencyKey } from '@/lib/idempotency';
import { applyProblemToForm } from '@/lib/problem-form';
import { useCalendarDays, useSaveSchedule } from '../api/schedules';
import {
  CHANNELS,
  HOLIDAY_POLICIES,
  PROGRAMS,
  SESSION_KINDS,
  type Channel,
  type HolidayPolicy,
  type Program,
  type Schedule,
  type ScheduleInput,
  type SessionKind,
} from '../api/types';
import { useUnitOfficials, useVisibleUnits } from '../api/units';
import {
  applyHolidayPolicy,
  buildRRule,
  expandRRule,
  parseRRule,
  presetOf,
  WEEKDAYS,
  type Recurrence,
  type Weekday,
} from '../utils/rrule';

/** Online reception is lawful only from 01/07/2026 (Luật 136/2025/QH15). */
export const ONLINE_FROM = '2026-07-01';
export const PREVIEW_WEEKS = 6;

type PresetChoice = Recurrence['preset'] | 'CUSTOM';

interface Values {
  unitId?: string;
  title?: string;
  presidingOfficialId?: string;
  preset: PresetChoice;
  weekdays: Weekday[];
  monthDay: number;
  nth: number;
  nthWeekday: Weekday;
  rrule: string;
  start: Dayjs;
  end: Dayjs;
  place?: string;
  channel: Channel;
  kind: SessionKind;
  program: Program;
  holidayPolicy: HolidayPolicy;
  validFrom: Dayjs;
  validTo?: Dayjs;
}

function recurrenceOf(values: Partial<Values>): Recurrence | undefined {
  switch (values.preset) {
    case 'WORKING_DAYS':
      return { preset: 'WORKING_DAYS' };
    case 'WEEKLY':
      return { preset: 'WEEKLY', weekdays: values.weekdays ?? [] };
    case 'MONTHLY_DAY':
      return { preset: 'MONTHLY_DAY', day: values.monthDay ?? 1 };
    case 'MONTHLY_NTH':
      return { preset: 'MONTHLY_NTH', nth: values.nth ?? 1, weekday: values.nthWeekday ?? 'MO' };
    default:
      return undefined;
  }
}

function initialValues(schedule: Schedule | undefined, unitId: string | undefined): Values {
  const preset = schedule ? presetOf(schedule.rrule ?? '') : { preset: 'WORKING_DAYS' as const };
  return {
    unitId: schedule?.unit?.id ?? unitId,
    title: schedule?.title,
    presidingOfficialId: schedule?.presidingOfficial?.id,
    preset: preset?.preset ?? 'CUSTOM',
    weekdays: preset?.preset === 'WEEKLY' ? preset.weekdays : ['MO'],
    monthDay: preset?.preset === 'MONTHLY_DAY' ? preset.day : 15,
    nth: preset?.preset === 'MONTHLY_NTH' ? preset.nth : 1,
    nthWeekday: preset?.preset === 'MONTHLY_NTH' ? preset.weekday : 'MO',
    rrule: schedule?.rrule ?? buildRRule({ preset: 'WORKING_DAYS' }),
    start: dayjs(`2000-01-01 ${(schedule?.startTime ?? '07:00').slice(0, 5)}`),
    end: dayjs(`2000-01-01 ${(schedule?.endTime ?? '08:00').slice(0, 5)}`),
    place: schedule?.place,
    channel: schedule?.channel ?? 'IN_PERSON',
    kind: schedule?.kind ?? 'REGULAR',
    program: schedule?.program ?? 'BUOI_SANG_VOI_NHAN_DAN',
    holidayPolicy: schedule?.holidayPolicy ?? 'SKIP',
    validFrom: fromApiDate(schedule?.validFrom) ?? dayjs().startOf('day'),
    validTo: fromApiDate(schedule?.validTo),
  };
}

/** The generated dates of the next weeks, with days off marked. */
function Preview({ values }: { values: Partial<Values> }) {
  const { t, i18n } = useTranslation('schedules');
  const now = dayjs().startOf('day');
  const from = values.validFrom?.isAfter(now) ? values.validFrom.startOf('day') : now;
  const fromText = from.format('YYYY-MM-DD');
  const toText = from.add(PREVIEW_WEEKS, 'week').format('YYYY-MM-DD');
  const calendar = useCalendarDays(
    fromText,
    from.add(PREVIEW_WEEKS + 2, 'week').format('YYYY-MM-DD'),
  );
  const preview = useMemo(() => {
    if (!values.rrule || !values.validFrom) return { days: [] };
    try {
      const dates = expandRRule(
        values.rrule,
        values.validFrom.format('YYYY-MM-DD'),
        fromText,
        toText,
        toApiDate(values.validTo),
      );
      const known = new Map((calendar.data ?? []).map((day) => [day.date, day]));
      return {
        days: applyHolidayPolicy(dates, values.holidayPolicy ?? 'SKIP', (date) => {
          const day = known.get(date);
          if (day) return { off: !day.working, holiday: day.name };
          const weekday = dayjs(date).day();
          return { off: weekday === 0 || weekday === 6 };
        }),
      };
    } catch (cause) {
      return { days: [], error: (cause as Error).message };
    }
  }, [
    values.rrule,
    values.validFrom,
    values.validTo,
    values.holidayPolicy,
    fromText,
    toText,
    calendar.data,
  ]);

  return (
    <section aria-labelledby="schedule-preview">
      <Typography.Title level={2} id="schedule-preview" style={{ fontSize: 16 }}>
        {t('editor.preview', { weeks: PREVIEW_WEEKS })}
      </Typography.Title>
      {calendar.isError && (
        <Alert
          type="info"
          showIcon
          title={t('editor.calendarUnavailable')}
          style={{ marginBottom: 8 }}
        />
      )}
      {preview.error ? (
        <Alert type="error" showIcon title={t('editor.rruleInvalid', { reason: preview.error })} />
      ) : (
        <List
          size="small"
          bordered
          className="schedule-preview"
          locale={{ emptyText: t('editor.previewEmpty') }}
          dataSource={preview.days}
          renderItem={(day) => (
            <List.Item>
              <span className={day.dayOff ? 'struck' : undefined}>
                {formatWeekdayDate(day.date, i18n.language)}
              </span>
              {day.dayOff && (
                <span>
                  {day.holiday && <Tag className="status-tag status-postponed">{day.holiday}</Tag>}
                  {day.heldOn
                    ? t('editor.movedTo', { date: formatDate(day.heldOn) })
                    : t('editor.skipped')}
                </span>
              )}
            </List.Item>
          )}
        />
      )}
    </section>
  );
}

/** Creates or edits a reception schedule, with a recurrence builder and a preview. */
export function ScheduleFormModal({
  open,
  schedule,
  unitId,
  onClose,
}: {
  open: boolean;
  schedule?: Schedule;
  unitId?: string;
  onClose: () => void;
}) {
  const { t } = useTranslation('schedules');
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useSaveSchedule();
  const keyFor = useIdempotencyKey();
  const units = useVisibleUnits();
  const values = Form.useWatch([], form) as Partial<Values> | undefined;
  const officials = useUnitOfficials(values?.unitId);

  useEffect(() => {
    if (open) {
      form.resetFields();
      form.setFieldsValue(initialValues(schedule, unitId));
      save.reset();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the modal opens
  }, [open]);

  const onValuesChange = (changed: Partial<Values>, all: Values) => {
    const builder = ['preset', 'weekdays', 'monthDay', 'nth', 'nthWeekday'];
    if (Object.keys(changed).some((key) => builder.includes(key))) {
      const recurrence = recurrenceOf(all);
      if (recurrence) form.setFieldValue('rrule', buildRRule(recurrence));
    }
    if ('rrule' in changed) {
      const recognised = presetOf(all.rrule);
      if (!recognised) form.setFieldValue('preset', 'CUSTOM');
    }
  };

  const required = (field: string) => ({
    required: true,
    message: t('required', { field: t(`field.${field}`).toLowerCase() }),
  });
  const preset = values?.preset;

  return (
    <Modal
      open={open}
      width={880}
      title={t(schedule ? 'editor.editTitle' : 'editor.createTitle')}
      okText={t('editor.save')}
      cancelText={t('editor.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={initialValues(schedule, unitId)}
        onValuesChange={onValuesChange}
        onFinish={(v) => {
          const body: ScheduleInput = {
            unitId: schedule ? undefined : v.unitId,
            title: v.title?.trim() || undefined,
            presidingOfficialId: v.presidingOfficialId,
            rrule: v.rrule.trim(),
            startTime: v.start.format('HH:mm'),
            endTime: v.end.format('HH:mm'),
            placeText: v.place?.trim() || undefined,
            channel: v.channel,
            kind: v.kind,
            program: v.program,
            holidayPolicy: v.holidayPolicy,
            validFrom: toApiDate(v.validFrom)!,
            validTo: toApiDate(v.validTo),
            version: schedule?.version,
          };
          const key = keyFor(body);
          save.mutate(
            schedule
              ? { kind: 'update', id: schedule.id ?? '', body, key }
              : { kind: 'create', body, key },
            {
              onSuccess: () => {
                void message.success(t('editor.saved'));
                onClose();
              },
              onError: (error) => applyProblemToForm(form, error),
            },
          );
        }}
      >
        <Flex gap={16} wrap>
          <Form.Item
            name="unitId"
            label={t('field.unit')}
            rules={[required('unit')]}
            style={{ minWidth: 280, flex: 1 }}
          >
            <Select
              disabled={Boolean(schedule)}
              showSearch={{ optionFilterProp: 'label' }}
              options={(units.data?.items ?? []).map((u) => ({
                value: u.id!,
                label: u.name ?? '',
              }))}
            />
          </Form.Item>
          <Form.Item
            name="presidingOfficialId"
            label={t('field.presiding')}
            rules={[required('presiding')]}
            style={{ minWidth: 280, flex: 1 }}
          >
            <Select
              loading={officials.isFetching}
              showSearch={{ optionFilterProp: 'label' }}
              options={(officials.data?.items ?? []).map((o) => ({
                value: o.id!,
                label: `${o.fullName}${o.position ? ` (${o.position})` : ''}`,
              }))}
            />
          </Form.Item>
        </Flex>
        <Form.Item name="title" label={t('field.title')}>
          <Input maxLength={255} />
        </Form.Item>
        <fieldset className="form-fieldset">
          <legend>{t('field.recurrence')}</legend>
          <Form.Item name="preset" label={t('editor.presetLabel')}>
            <Select
              options={(
                ['WORKING_DAYS', 'WEEKLY', 'MONTHLY_DAY', 'MONTHLY_NTH', 'CUSTOM'] as const
              ).map((value) => ({ value, label: t(`editor.preset.${value}`) }))}
            />
          </Form.Item>
          {preset === 'WEEKLY' && (
            <Form.Item
              name="weekdays"
              label={t('editor.weekdays')}
              rules={[
                {
                  required: true,
                  type: 'array',
                  min: 1,
                  message: t('required', { field: t('editor.weekdays').toLowerCase() }),
                },
              ]}
            >
              <Checkbox.Group
                options={WEEKDAYS.map((day) => ({ value: day, label: t(`weekday.${day}`) }))}
              />
            </Form.Item>
          )}
          {preset === 'MONTHLY_DAY' && (
            <Form.Item name="monthDay" label={t('editor.dayOfMonth')}>
              <InputNumber min={1} max={31} />
            </Form.Item>
          )}
          {preset === 'MONTHLY_NTH' && (
            <Flex gap={16}>
              <Form.Item name="nth" label={t('editor.nth')}>
                <Select
                  style={{ width: 160 }}
                  options={[1, 2, 3, 4, -1].map((n) => ({
                    value: n,
                    label: t(`editor.nthValue.${n}`),
                  }))}
                />
              </Form.Item>
              <Form.Item name="nthWeekday" label={t('editor.weekday')}>
                <Select
                  style={{ width: 160 }}
                  options={WEEKDAYS.map((day) => ({ value: day, label: t(`weekday.${day}`) }))}
                />
              </Form.Item>
            </Flex>
          )}
          <Form.Item
            name="rrule"
            label={t('field.rrule')}
            extra={t('editor.rruleHelp')}
            rules={[
              required('rrule'),
              {
                validator: async (_, value: string) => {
                  try {
                    parseRRule(value ?? '');
                  } catch (cause) {
                    throw new Error(t('editor.rruleInvalid', { reason: (cause as Error).message }));
                  }
                },
              },
            ]}
          >
            <Input spellCheck={false} />
          </Form.Item>
        </fieldset>
        <Flex gap={16} wrap>
          <Form.Item name="start" label={t('field.start')} rules={[required('start')]}>
            <TimePicker format="HH:mm" minuteStep={5} needConfirm={false} />
          </Form.Item>
          <Form.Item
            name="end"
            label={t('field.end')}
            dependencies={['start']}
            rules={[
              required('end'),
              ({ getFieldValue }) => ({
                validator: async (_, value: Dayjs | undefined) => {
                  const start = getFieldValue('start') as Dayjs | undefined;
                  if (value && start && !value.isAfter(start))
                    throw new Error(t('editor.endAfterStart'));
                },
              }),
            ]}
          >
            <TimePicker format="HH:mm" minuteStep={5} needConfirm={false} />
          </Form.Item>
          <Form.Item name="validFrom" label={t('field.validFrom')} rules={[required('validFrom')]}>
            <DatePicker format={DATE_FORMAT} />
          </Form.Item>
          <Form.Item name="validTo" label={t('field.validTo')}>
            <DatePicker format={DATE_FORMAT} />
          </Form.Item>
        </Flex>
        <Form.Item name="place" label={t('field.place')}>
          <Input maxLength={500} />
        </Form.Item>
        <Flex gap={16} wrap>
          <Form.Item
            name="channel"
            label={t('field.channel')}
            dependencies={['validFrom']}
            rules={[
              ({ getFieldValue }) => ({
                validator: async (_, value: Channel) => {
                  const from = getFieldValue('validFrom') as Dayjs | undefined;
                  if (value === 'ONLINE' && from && from.isBefore(dayjs(ONLINE_FROM))) {
                    throw new Error(t('editor.onlineFrom'));
                  }
                },
              }),
            ]}
          >
            <Select
              style={{ width: 180 }}
              options={CHANNELS.map((value) => ({ value, label: t(`channel.${value}`) }))}
            />
          </Form.Item>
          <Form.Item name="kind" label={t('field.kind')}>
            <Select
              style={{ width: 240 }}
              options={SESSION_KINDS.map((value) => ({ value, label: t(`kind.${value}`) }))}
            />
          </Form.Item>
          <Form.Item name="program" label={t('field.program')}>
            <Select
              style={{ width: 240 }}
              options={PROGRAMS.map((value) => ({ value, label: t(`program.${value}`) }))}
            />
          </Form.Item>
          <Form.Item name="holidayPolicy" label={t('field.holidayPolicy')}>
            <Select
              style={{ width: 280 }}
              options={HOLIDAY_POLICIES.map((value) => ({
                value,
                label: t(`holidayPolicy.${value}`),
              }))}
            />
          </Form.Item>
        </Flex>
      </Form>
      {save.error && <ProblemAlert error={save.error} />}
      {values && <Preview values={values} />}
    </Modal>
  );
}
