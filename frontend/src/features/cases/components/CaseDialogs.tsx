import { InboxOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Modal,
  Radio,
  Select,
  Switch,
  Table,
  Upload,
  type UploadFile,
} from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/errors/ProblemAlert';
import { PurposeModal } from '@/components/dialogs/PurposeModal';
import { DATE_FORMAT, toApiDate } from '@/lib/dates';
import { useIdempotencyKey } from '@/lib/idempotency';
import { useProblemForm } from '@/lib/useProblemForm';
import {
  useAllUnits,
  useCaseAction,
  useRevealCaseIdentity,
  useUnitOfficials,
  useUploadDocument,
} from '../api/cases';
import { DOCUMENT_TYPES, type CaseView, type RevealedPerson } from '../api/types';
import { fieldsFor, toActionBody, visibleFields, type ActionField } from '../utils/action-fields';

interface DialogProps {
  view: CaseView;
  onClose: () => void;
}

/** The officials of the case's unit who have an account, as select options. */
function OfficialSelect({
  unitId,
  value,
  onChange,
  id,
}: {
  unitId?: string;
  value?: string;
  onChange?: (value: string) => void;
  id?: string;
}) {
  const { t } = useTranslation('cases');
  const { data, isPending } = useUnitOfficials(unitId);
  const options = (data?.items ?? [])
    .filter((official) => official.keycloakUsername)
    .map((official) => ({
      value: official.keycloakUsername!,
      label: `${official.fullName ?? official.keycloakUsername}${official.position ? ` – ${official.position}` : ''} (${official.keycloakUsername})`,
    }));
  return (
    <Select
      id={id}
      value={value}
      onChange={onChange}
      loading={isPending && Boolean(unitId)}
      showSearch={{ optionFilterProp: 'label' }}
      placeholder={t('dialog.pickOfficial')}
      options={options}
    />
  );
}

/** The control of one field; Form.Item hands it id, value and onChange (or checked). */
function FieldInput({
  field,
  unitId,
  ...passed
}: {
  field: ActionField;
  unitId?: string;
  [prop: string]: unknown;
}) {
  // Whatever the Form.Item passes goes to the control unchanged.
  const control = passed as Record<string, never>;
  const { t } = useTranslation('cases');
  const optionsOf = (codes: readonly string[] = []) =>
    codes.map((code) => ({ value: code, label: t(`code.${field.optionKey}.${code}`) }));
  switch (field.kind) {
    case 'textarea':
      return <Input.TextArea rows={3} {...control} />;
    case 'lines':
      return <Input.TextArea rows={3} placeholder={t('dialog.onePerLine')} {...control} />;
    case 'date':
      return <DatePicker format={DATE_FORMAT} {...control} />;
    case 'switch':
      return <Switch {...control} />;
    case 'number':
      return (
        <InputNumber<number> min={field.min} max={field.max} style={{ width: 180 }} {...control} />
      );
    case 'select':
      return (
        <Select allowClear={!field.required} options={optionsOf(field.options)} {...control} />
      );
    case 'multiselect':
      return <Select mode="multiple" allowClear options={optionsOf(field.options)} {...control} />;
    case 'user':
      return <OfficialSelect unitId={unitId} {...control} />;
    default:
      return <Input autoComplete="off" {...control} />;
  }
}

/** The dialog of one action of allowedActions, with that action's fields (action-fields.ts). */
export function CaseActionModal({ view, action, onClose }: DialogProps & { action: string }) {
  const { t } = useTranslation('cases');
  const { message } = App.useApp();
  const [form] = Form.useForm<Record<string, unknown>>();
  const fields = fieldsFor(action, view.type, view.status);
  const values = Form.useWatch([], form) ?? {};
  const shown = visibleFields(fields, values);
  const run = useCaseAction();
  const keyFor = useIdempotencyKey();
  const { problem, onError } = useProblemForm(
    form,
    fields.map((field) => field.name),
  );
  const initialValues = Object.fromEntries(
    fields.filter((field) => field.name === 'signedOn').map((field) => [field.name, dayjs()]),
  );
  return (
    <Modal
      open
      width={fields.length > 8 ? 760 : 560}
      title={t(`action.${action}`)}
      okText={t('dialog.confirm')}
      cancelText={t('dialog.cancel')}
      confirmLoading={run.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={(submitted) => {
          const body = toActionBody(fields, submitted, view.version ?? 0);
          run.mutate(
            { id: view.id, action, body, key: keyFor({ action, body }) },
            {
              onSuccess: () => {
                void message.success(t('dialog.done', { action: t(`action.${action}`) }));
                onClose();
              },
              onError,
            },
          );
        }}
      >
        {shown.map((field) => (
          <Form.Item
            key={field.name}
            name={field.name}
            label={t(`field.${field.name}`)}
            valuePropName={field.kind === 'switch' ? 'checked' : 'value'}
            rules={
              field.required
                ? [
                    {
                      required: true,
                      // A key beyond required/message makes the validator expect a string.
                      ...(field.kind === 'text' ||
                      field.kind === 'textarea' ||
                      field.kind === 'lines'
                        ? { whitespace: true }
                        : {}),
                      message: t('dialog.required', {
                        field: t(`field.${field.name}`).toLowerCase(),
                      }),
                    },
                  ]
                : []
            }
          >
            <FieldInput field={field} unitId={view.unit?.id} />
          </Form.Item>
        ))}
      </Form>
      {problem !== undefined && <ProblemAlert error={problem} />}
    </Modal>
  );
}

interface TransferValues {
  target: 'INTERNAL' | 'EXTERNAL';
  toUnitId?: string;
  externalBody?: string;
  slipNo: string;
  formCode?: string;
  reason: string;
}

/** Transfer to another unit of the province (its inbox) or to an outside body. */
export function TransferModal({ view, onClose }: DialogProps) {
  const { t } = useTranslation('cases');
  const { message } = App.useApp();
  const [form] = Form.useForm<TransferValues>();
  const target = Form.useWatch('target', form) ?? 'INTERNAL';
  const { data: units, isPending } = useAllUnits();
  const run = useCaseAction();
  const keyFor = useIdempotencyKey();
  const { problem, onError } = useProblemForm(form, [
    'toUnitId',
    'externalBody',
    'slipNo',
    'formCode',
    'reason',
  ]);
  const required = (field: string) => ({
    required: true,
    whitespace: true,
    message: t('dialog.required', { field: t(`field.${field}`).toLowerCase() }),
  });
  return (
    <Modal
      open
      title={t('action.transfer')}
      okText={t('dialog.confirm')}
      cancelText={t('dialog.cancel')}
      confirmLoading={run.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      {view.type === 'TO_CAO' && (
        <Alert
          type="info"
          showIcon
          title={t('dialog.transferRedacted')}
          style={{ marginBottom: 12 }}
        />
      )}
      <Form
        form={form}
        layout="vertical"
        initialValues={{ target: 'INTERNAL' }}
        onFinish={(values) => {
          const body = {
            version: view.version ?? 0,
            ...(values.target === 'INTERNAL'
              ? { toUnitId: values.toUnitId }
              : { externalBody: values.externalBody?.trim() }),
            slipNo: values.slipNo.trim(),
            formCode: values.formCode?.trim() || undefined,
            reason: values.reason.trim(),
          };
          run.mutate(
            { id: view.id, action: 'transfer', body, key: keyFor(body) },
            {
              onSuccess: () => {
                void message.success(t('dialog.transferred'));
                onClose();
              },
              onError,
            },
          );
        }}
      >
        <Form.Item name="target" label={t('field.target')}>
          <Radio.Group
            optionType="button"
            options={[
              { value: 'INTERNAL', label: t('dialog.internal') },
              { value: 'EXTERNAL', label: t('dialog.external') },
            ]}
          />
        </Form.Item>
        {target === 'INTERNAL' ? (
          <Form.Item name="toUnitId" label={t('field.toUnitId')} rules={[required('toUnitId')]}>
            <Select
              loading={isPending}
              showSearch={{ optionFilterProp: 'label' }}
              placeholder={t('dialog.pickUnit')}
              options={(units?.items ?? [])
                .filter((unit) => unit.id !== view.unit?.id)
                .map((unit) => ({ value: unit.id!, label: `${unit.name} (${unit.code})` }))}
            />
          </Form.Item>
        ) : (
          <Form.Item
            name="externalBody"
            label={t('field.externalBody')}
            rules={[required('externalBody')]}
          >
            <Input autoComplete="off" />
          </Form.Item>
        )}
        <Form.Item name="slipNo" label={t('field.slipNo')} rules={[required('slipNo')]}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="formCode" label={t('field.formCode')}>
          <Input autoComplete="off" placeholder="TT05/2021-M04" />
        </Form.Item>
        <Form.Item name="reason" label={t('field.reason')} rules={[required('reason')]}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
      {problem !== undefined && <ProblemAlert error={problem} />}
    </Modal>
  );
}

/** Assigns the handler or a verifier among the officials of the case's unit. */
export function AssignModal({ view, onClose }: DialogProps) {
  const { t } = useTranslation('cases');
  const { message } = App.useApp();
  const [form] = Form.useForm<{
    username: string;
    role: 'HANDLER' | 'VERIFIER';
    reason?: string;
  }>();
  const run = useCaseAction();
  const keyFor = useIdempotencyKey();
  const { problem, onError } = useProblemForm(form, ['username', 'role', 'reason']);
  return (
    <Modal
      open
      title={t('action.assign')}
      okText={t('dialog.confirm')}
      cancelText={t('dialog.cancel')}
      confirmLoading={run.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ role: 'HANDLER' }}
        onFinish={(values) => {
          const body = {
            version: view.version ?? 0,
            username: values.username,
            role: values.role,
            reason: values.reason?.trim() || undefined,
          };
          run.mutate(
            { id: view.id, action: 'assign', body, key: keyFor(body) },
            {
              onSuccess: () => {
                void message.success(t('dialog.assigned'));
                onClose();
              },
              onError,
            },
          );
        }}
      >
        <Form.Item name="role" label={t('field.role')}>
          <Radio.Group
            optionType="button"
            options={(['HANDLER', 'VERIFIER'] as const).map((role) => ({
              value: role,
              label: t(`code.assignmentRole.${role}`),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="username"
          label={t('field.username')}
          rules={[
            {
              required: true,
              message: t('dialog.required', { field: t('field.username').toLowerCase() }),
            },
          ]}
        >
          <OfficialSelect unitId={view.unit?.id} />
        </Form.Item>
        <Form.Item name="reason" label={t('field.reason')}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
      {problem !== undefined && <ProblemAlert error={problem} />}
    </Modal>
  );
}

/** The denouncer's identity, for the custodian or the handler, with a purpose that is audited. */
export function RevealModal({
  view,
  onClose,
  onRevealed,
}: DialogProps & { onRevealed: (people: RevealedPerson[]) => void }) {
  const { t } = useTranslation('cases');
  const reveal = useRevealCaseIdentity();
  const keyFor = useIdempotencyKey();
  return (
    <PurposeModal
      text={{
        title: t('action.reveal-identity'),
        ok: t('dialog.reveal'),
        cancel: t('dialog.cancel'),
        warning: t('dialog.revealWarning'),
        label: t('field.purpose'),
        rule: t('dialog.purposeRule'),
      }}
      pending={reveal.isPending}
      onCancel={onClose}
      onSubmit={(purpose, onError) =>
        reveal.mutate(
          { id: view.id, purpose, key: keyFor({ purpose }) },
          { onSuccess: onRevealed, onError },
        )
      }
    />
  );
}

/** The revealed people, shown once on the page (never stored). */
export function RevealedPeople({ people }: { people: RevealedPerson[] }) {
  const { t } = useTranslation('cases');
  return (
    <Table<RevealedPerson>
      size="small"
      pagination={false}
      rowKey={(person) => `${person.fullName}-${person.idNumber}`}
      dataSource={people}
      columns={[
        { title: t('field.fullName'), dataIndex: 'fullName' },
        { title: t('field.idNumber'), dataIndex: 'idNumber' },
        { title: t('field.address'), dataIndex: 'address' },
        { title: t('field.phone'), dataIndex: 'phone' },
      ]}
    />
  );
}

interface UploadValues {
  docType: string;
  title: string;
  docNo?: string;
  signedOn?: dayjs.Dayjs;
  securityLevel?: 'THUONG' | 'MAT';
}

/** Attaches a file (PDF, JPEG, PNG, DOCX, XLSX, ODT up to 10 MB) to the case. */
export function UploadModal({ view, onClose }: DialogProps) {
  const { t } = useTranslation('cases');
  const { message } = App.useApp();
  const [form] = Form.useForm<UploadValues>();
  const [files, setFiles] = useState<UploadFile[]>([]);
  const [fileError, setFileError] = useState<string>();
  const upload = useUploadDocument();
  const { problem, onError } = useProblemForm(form, [
    'docType',
    'title',
    'docNo',
    'signedOn',
    'securityLevel',
  ]);
  return (
    <Modal
      open
      title={t('action.upload-document')}
      okText={t('dialog.upload')}
      cancelText={t('dialog.cancel')}
      confirmLoading={upload.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ docType: 'EVIDENCE', securityLevel: 'THUONG' }}
        onFinish={(values) => {
          const file = files[0]?.originFileObj;
          if (!file) {
            setFileError(t('dialog.fileRequired'));
            return;
          }
          const data = new FormData();
          data.append('file', file, file.name);
          data.append('docType', values.docType);
          data.append('title', values.title.trim());
          if (values.docNo?.trim()) data.append('docNo', values.docNo.trim());
          const signed = toApiDate(values.signedOn);
          if (signed) data.append('signedOn', signed);
          if (values.securityLevel) data.append('securityLevel', values.securityLevel);
          upload.mutate(
            { id: view.id, form: data },
            {
              onSuccess: () => {
                void message.success(t('dialog.uploaded'));
                onClose();
              },
              onError,
            },
          );
        }}
      >
        <Form.Item
          label={t('field.file')}
          required
          help={fileError}
          validateStatus={fileError ? 'error' : undefined}
        >
          <Upload.Dragger
            maxCount={1}
            fileList={files}
            accept=".pdf,.jpg,.jpeg,.png,.docx,.xlsx,.odt"
            beforeUpload={(file) => {
              if (file.size > 10 * 1024 * 1024) {
                setFileError(t('dialog.fileTooLarge'));
                return Upload.LIST_IGNORE;
              }
              setFileError(undefined);
              setFiles([{ uid: file.uid, name: file.name, originFileObj: file, status: 'done' }]);
              if (!form.getFieldValue('title'))
                form.setFieldValue('title', file.name.replace(/\.[^.]+$/, ''));
              return false;
            }}
            onRemove={() => setFiles([])}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined aria-hidden />
            </p>
            <p>{t('dialog.dropFile')}</p>
            <p className="ant-upload-hint">{t('dialog.fileHint')}</p>
          </Upload.Dragger>
        </Form.Item>
        <Form.Item name="docType" label={t('field.docType')} rules={[{ required: true }]}>
          <Select
            options={DOCUMENT_TYPES.map((code) => ({
              value: code,
              label: t(`code.docType.${code}`),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="title"
          label={t('field.title')}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t('dialog.required', { field: t('field.title').toLowerCase() }),
            },
          ]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="docNo" label={t('field.docNo')}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="signedOn" label={t('field.signedOn')}>
          <DatePicker format={DATE_FORMAT} />
        </Form.Item>
        <Form.Item name="securityLevel" label={t('field.securityLevel')}>
          <Radio.Group
            optionType="button"
            options={(['THUONG', 'MAT'] as const).map((code) => ({
              value: code,
              label: t(`code.securityLevel.${code}`),
            }))}
          />
        </Form.Item>
      </Form>
      {problem !== undefined && <ProblemAlert error={problem} />}
    </Modal>
  );
}
