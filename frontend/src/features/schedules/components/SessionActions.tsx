import {
  Alert,
  App,
  Button,
  Checkbox,
  DatePicker,
  Flex,
  Form,
  Input,
  InputNumber,
  Modal,
  Select,
  TimePicker,
} from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/errors/ProblemAlert';
import { DATE_FORMAT, toApiDate } from '@/lib/dates';
import { useIdempotencyKey } from '@/lib/idempotency';
import { isApiProblem } from '@/lib/problem';
import { getSession, useSessionAction, type ActionArgs } from '../api/sessions';
import type { Session, SessionAction } from '../api/types';
import { peopleReceived } from '../api/book';
import { useUnitOfficials } from '../api/units';
import { allowedActionsOf } from '../utils/status';

/** Actions that ask for details first. */
const WITH_FORM: readonly SessionAction[] = ['CANCEL', 'POSTPONE', 'DELEGATE', 'CHECK_OUT'];

interface FormValues {
  notice?: string;
  newDate?: Dayjs;
  newStart?: Dayjs;
  newEnd?: Dayjs;
  presidingOfficialId?: string;
  reason?: string;
  visitorsCount?: number;
  noVisitors?: boolean;
}

function bodyOf(action: SessionAction, values: FormValues): Record<string, unknown> {
  switch (action) {
    case 'CANCEL':
      return { notice: values.notice?.trim() };
    case 'POSTPONE':
      return {
        notice: values.notice?.trim(),
        newDate: toApiDate(values.newDate),
        newStart: values.newStart?.format('HH:mm'),
        newEnd: values.newEnd?.format('HH:mm'),
      };
    case 'DELEGATE':
      return { presidingOfficialId: values.presidingOfficialId, reason: values.reason?.trim() };
    case 'CHECK_OUT':
      return values.noVisitors
        ? { noVisitors: true }
        : { visitorsCount: values.visitorsCount ?? 0 };
    default:
      return {};
  }
}

/**
 * The buttons of the actions a session allows, and the small forms some of them need. A 409
 * (the session changed meanwhile) shows the actions the API says are allowed now.
 */
export function SessionActions({
  session,
  actions,
  size = 'middle',
  onDone,
}: {
  session: Session;
  actions: readonly SessionAction[];
  size?: 'middle' | 'large';
  onDone?: (updated: Session) => void;
}) {
  const { t } = useTranslation('schedules');
  const { message } = App.useApp();
  const run = useSessionAction();
  const keyFor = useIdempotencyKey();
  const [form] = Form.useForm<FormValues>();
  const [open, setOpen] = useState<SessionAction>();
  const [error, setError] = useState<unknown>();
  const officials = useUnitOfficials(open === 'DELEGATE' ? session.unit?.id : undefined);
  const noVisitors = Form.useWatch('noVisitors', form);

  const submit = (action: SessionAction, values: FormValues) => {
    const body = { ...bodyOf(action, values), version: session.version ?? 0 };
    setError(undefined);
    run.mutate(
      {
        id: session.id ?? '',
        action,
        body,
        key: keyFor({ id: session.id, action, body }),
      } as ActionArgs,
      {
        onSuccess: (updated) => {
          void message.success(t('actionDone', { action: t(`action.${action}`) }));
          setOpen(undefined);
          onDone?.(updated);
        },
        onError: (cause) => {
          setError(cause);
          // The session changed meanwhile: show it as it is now, with its current actions.
          if (isApiProblem(cause) && cause.status === 409) {
            getSession(session.id ?? '').then(
              (fresh) => onDone?.(fresh),
              () => undefined,
            );
          }
        },
      },
    );
  };

  const start = (action: SessionAction) => {
    setError(undefined);
    if (WITH_FORM.includes(action)) {
      form.resetFields();
      setOpen(action);
      if (action === 'CHECK_OUT' && session.id) {
        // Default from the reception book; the official may still correct it. No access: no default.
        peopleReceived(session.id).then(
          (people) => {
            if (people > 0 && form.getFieldValue('visitorsCount') === undefined) {
              form.setFieldsValue({ visitorsCount: people });
            }
          },
          () => undefined,
        );
      }
    } else submit(action, {});
  };

  const allowed = allowedActionsOf(error);
  const errorView =
    allowed !== undefined ? (
      <Alert
        type="warning"
        showIcon
        role="alert"
        title={
          allowed.length > 0
            ? t('conflict', { actions: allowed.map((a) => t(`action.${a}`)).join(', ') })
            : t('conflictNone')
        }
      />
    ) : error ? (
      <ProblemAlert error={error} />
    ) : null;

  const required = (field: string) => ({
    required: true,
    message: t('required', { field: t(`field.${field}`).toLowerCase() }),
  });
  const titleKey: Partial<Record<SessionAction, string>> = {
    CANCEL: 'cancelForm.title',
    POSTPONE: 'postponeForm.title',
    DELEGATE: 'delegateForm.title',
    CHECK_OUT: 'checkOut.title',
  };

  return (
    <Flex vertical gap={12}>
      {!open && errorView}
      <Flex gap={8} wrap>
        {actions.map((action) => (
          <Button
            key={action}
            size={size}
            type={
              action === 'CHECK_IN' || action === 'CHECK_OUT' || action === 'PUBLISH'
                ? 'primary'
                : 'default'
            }
            danger={action === 'CANCEL'}
            loading={run.isPending && run.variables?.action === action}
            onClick={() => start(action)}
          >
            {t(`action.${action}`)}
          </Button>
        ))}
      </Flex>
      <Modal
        open={open !== undefined}
        title={open ? t(titleKey[open] ?? `action.${open}`) : undefined}
        okText={open ? t(`action.${open}`) : undefined}
        cancelText={t('editor.cancel')}
        okButtonProps={{ danger: open === 'CANCEL' }}
        onOk={() => form.submit()}
        onCancel={() => setOpen(undefined)}
        confirmLoading={run.isPending}
        destroyOnHidden
      >
        <Form
          form={form}
          layout="vertical"
          onFinish={(values) => open && submit(open, values)}
          initialValues={{
            newStart: dayjs(`2000-01-01 ${(session.start ?? '07:00').slice(0, 5)}`),
            newEnd: dayjs(`2000-01-01 ${(session.end ?? '08:00').slice(0, 5)}`),
          }}
        >
          {(open === 'CANCEL' || open === 'POSTPONE') && (
            <Form.Item
              name="notice"
              label={t('field.notice')}
              extra={t('cancelForm.noticeHelp')}
              rules={[required('notice')]}
            >
              <Input.TextArea rows={3} />
            </Form.Item>
          )}
          {open === 'POSTPONE' && (
            <Flex gap={12} wrap>
              <Form.Item name="newDate" label={t('field.newDate')} rules={[required('newDate')]}>
                <DatePicker format={DATE_FORMAT} />
              </Form.Item>
              <Form.Item name="newStart" label={t('field.newStart')} rules={[required('newStart')]}>
                <TimePicker format="HH:mm" minuteStep={5} needConfirm={false} />
              </Form.Item>
              <Form.Item name="newEnd" label={t('field.newEnd')} rules={[required('newEnd')]}>
                <TimePicker format="HH:mm" minuteStep={5} needConfirm={false} />
              </Form.Item>
            </Flex>
          )}
          {open === 'DELEGATE' && (
            <>
              <Form.Item
                name="presidingOfficialId"
                label={t('field.presiding')}
                rules={[required('presiding')]}
              >
                <Select
                  loading={officials.isFetching}
                  options={(officials.data?.items ?? [])
                    .filter((official) => official.id !== session.presidingOfficial?.id)
                    .map((official) => ({
                      value: official.id,
                      label: `${official.fullName}${official.position ? ` (${official.position})` : ''}`,
                    }))}
                />
              </Form.Item>
              <Form.Item
                name="reason"
                label={t('field.delegationReason')}
                rules={[required('reason')]}
              >
                <Input.TextArea rows={2} />
              </Form.Item>
            </>
          )}
          {open === 'CHECK_OUT' && (
            <>
              <Form.Item name="noVisitors" valuePropName="checked">
                <Checkbox>{t('field.noVisitors')}</Checkbox>
              </Form.Item>
              <Form.Item
                name="visitorsCount"
                label={t('field.visitors')}
                extra={t('checkOut.visitorsHelp')}
                rules={noVisitors ? [] : [required('visitors')]}
              >
                <InputNumber min={0} max={1000} disabled={noVisitors} />
              </Form.Item>
            </>
          )}
        </Form>
        {errorView}
      </Modal>
    </Flex>
  );
}
