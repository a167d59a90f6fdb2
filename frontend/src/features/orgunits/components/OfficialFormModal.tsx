import { App, DatePicker, Form, Input, Modal, Radio } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/errors/ProblemAlert';
import { DATE_FORMAT, fromApiDate, toApiDate } from '@/lib/dates';
import { useIdempotencyKey } from '@/lib/idempotency';
import { useSaveOfficial } from '../api/officials';
import type { Official, OrgUnit } from '../api/types';
import { useProblemForm } from '@/lib/useProblemForm';

type Leadership = 'HEAD' | 'DEPUTY' | 'NONE';

interface Values {
  fullName: string;
  position: string;
  leadership: Leadership;
  username?: string;
  validFrom?: Dayjs;
}

const FIELDS = ['fullName', 'position', 'leadership', 'username', 'validFrom'] as const;

/** The server names head/deputy; the form shows them as one choice (a head is not a deputy). */
const SERVER_FIELD: Record<string, string> = {
  head: 'leadership',
  deputy: 'leadership',
  keycloakUsername: 'username',
};

/** Adds an official to the unit or edits one; the same form for both. */
export function OfficialFormModal({
  open,
  unit,
  official,
  onClose,
}: {
  open: boolean;
  unit: OrgUnit;
  official?: Official;
  onClose: () => void;
}) {
  const { t } = useTranslation('orgunits');
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useSaveOfficial();
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
    const fields = {
      fullName: values.fullName.trim(),
      position: values.position.trim(),
      unitId: unit.id ?? '',
      head: values.leadership === 'HEAD',
      deputy: values.leadership === 'DEPUTY',
      keycloakUsername: values.username?.trim() || undefined,
      validFrom: toApiDate(values.validFrom) ?? '',
    };
    const args = official?.id
      ? {
          kind: 'update' as const,
          id: official.id,
          // An emptied account field unlinks the account.
          body: {
            ...fields,
            keycloakUsername: fields.keycloakUsername ?? '',
            version: official.version ?? 0,
          },
        }
      : { kind: 'create' as const, body: fields };
    clear();
    save.mutate(
      { ...args, key: keyFor(args.body) },
      {
        onSuccess: (saved) => {
          void message.success(t('officials.saved', { name: saved.fullName }));
          onClose();
        },
        onError: (error) => onError(renameFields(error)),
      },
    );
  };

  const required = { required: true, message: t('form.required') };
  return (
    <Modal
      open={open}
      title={
        official
          ? t('officials.editTitle', { name: official.fullName })
          : t('officials.addTitle', { unit: unit.name })
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
          fullName: official?.fullName,
          position: official?.position,
          leadership: official?.head ? 'HEAD' : official?.deputy ? 'DEPUTY' : 'NONE',
          username: official?.keycloakUsername,
          validFrom: fromApiDate(official?.validFrom),
        }}
      >
        <Form.Item name="fullName" label={t('officials.name')} rules={[required]}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="position" label={t('officials.position')} rules={[required]}>
          <Input />
        </Form.Item>
        <Form.Item name="leadership" label={t('officials.leadership')}>
          <Radio.Group
            options={[
              { value: 'HEAD', label: t('officials.head') },
              { value: 'DEPUTY', label: t('officials.deputy') },
              { value: 'NONE', label: t('officials.member') },
            ]}
          />
        </Form.Item>
        <Form.Item
          name="username"
          label={t('officials.account')}
          extra={t('officials.accountHelp')}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="validFrom" label={t('fields.validFrom')} rules={[required]}>
          <DatePicker format={DATE_FORMAT} />
        </Form.Item>
        {problem !== undefined && <ProblemAlert error={problem} />}
      </Form>
    </Modal>
  );
}

function renameFields(error: unknown): unknown {
  if (typeof error !== 'object' || error === null || !('errors' in error)) return error;
  const problem = error as { errors?: { field: string }[] };
  problem.errors?.forEach((fieldError) => {
    fieldError.field = SERVER_FIELD[fieldError.field] ?? fieldError.field;
  });
  return error;
}
