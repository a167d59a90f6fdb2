import { useRoles } from '@/lib/authorization';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Col, Form, Input, Modal, Radio, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/errors/ProblemAlert';
import { PurposeModal } from '@/components/dialogs/PurposeModal';
import { useIdempotencyKey } from '@/lib/idempotency';
import { useProblemForm } from '@/lib/useProblemForm';
import {
  useAllUnits,
  useFieldCategories,
  usePetitionAction,
  useRevealPetitionIdentity,
} from '../api/petitions';
import {
  CLASSIFICATIONS,
  COMPETENCE,
  PROCESSABLE,
  type ClassifyRequest,
  type Classification,
  type Competence,
  type Petitioner,
  type PetitionView,
  type Processable,
} from '../api/types';
import {
  COMPLAINT_GROUNDS,
  decisionFields,
  decisionOptions,
  groundIsListed,
  toDecideRequest,
  type DecideValues,
} from '../utils/decision-form';

interface DialogProps {
  petition: PetitionView;
  onClose: () => void;
}

function useRequired() {
  const { t } = useTranslation('petitions');
  // A key beyond required/message makes the validator expect a string: only text fields get one.
  return (field: string, whitespace = true) => ({
    required: true,
    ...(whitespace ? { whitespace: true } : {}),
    message: t('form.required', { field: t(`field.${field}`).toLowerCase() }),
  });
}

interface ClassifyValues {
  classification: Classification;
  mixedKinds?: Classification[];
  processable: Processable;
  notProcessableReason?: string;
  competence: Competence;
  fieldCode?: string;
  duplicateOfId?: string;
}

/** Classification by substance (not by the title), processability and competence (TT 05/2021). */
export function ClassifyModal({ petition, onClose }: DialogProps) {
  const { t } = useTranslation('petitions');
  const { message } = App.useApp();
  const [form] = Form.useForm<ClassifyValues>();
  const processable = Form.useWatch('processable', form);
  const classification = Form.useWatch('classification', form);
  const run = usePetitionAction();
  const keyFor = useIdempotencyKey();
  const required = useRequired();
  const { data: categories } = useFieldCategories();
  const { problem, onError } = useProblemForm(form, [
    'classification',
    'mixedKinds',
    'processable',
    'notProcessableReason',
    'competence',
    'fieldCode',
    'duplicateOfId',
  ]);
  return (
    <Modal
      open
      width={640}
      title={t('action.classify')}
      okText={t('dialog.confirm')}
      cancelText={t('dialog.cancel')}
      confirmLoading={run.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          classification: petition.classification,
          processable: petition.processable ?? 'DU_DIEU_KIEN',
          competence: petition.competence ?? 'THUOC_THAM_QUYEN',
          fieldCode: petition.fieldCode,
          notProcessableReason: petition.notProcessableReason,
        }}
        onFinish={(values) => {
          const body: ClassifyRequest = {
            version: petition.version ?? 0,
            classification: values.classification,
            mixedKinds:
              values.classification === 'NHIEU_NOI_DUNG' ? (values.mixedKinds ?? []) : undefined,
            processable: values.processable,
            notProcessableReason:
              values.processable === 'KHONG_DU_DIEU_KIEN'
                ? values.notProcessableReason?.trim()
                : undefined,
            competence: values.competence,
            fieldCode: values.fieldCode,
            duplicateOfId: values.duplicateOfId?.trim() || undefined,
          };
          run.mutate(
            { id: petition.id, action: 'classify', body, key: keyFor(body) },
            {
              onSuccess: () => {
                void message.success(t('dialog.classified'));
                onClose();
              },
              onError,
            },
          );
        }}
      >
        <Form.Item
          name="classification"
          label={t('field.classification')}
          rules={[required('classification', false)]}
        >
          <Select
            options={CLASSIFICATIONS.map((value) => ({
              value,
              label: t(`classification.${value}`),
            }))}
          />
        </Form.Item>
        {classification === 'NHIEU_NOI_DUNG' && (
          <Form.Item name="mixedKinds" label={t('field.mixedKinds')}>
            <Select
              mode="multiple"
              options={CLASSIFICATIONS.filter((value) => value !== 'NHIEU_NOI_DUNG').map(
                (value) => ({ value, label: t(`classification.${value}`) }),
              )}
            />
          </Form.Item>
        )}
        <Form.Item name="processable" label={t('field.processable')}>
          <Radio.Group
            options={PROCESSABLE.map((value) => ({ value, label: t(`processable.${value}`) }))}
          />
        </Form.Item>
        {processable === 'KHONG_DU_DIEU_KIEN' && (
          <Form.Item
            name="notProcessableReason"
            label={t('field.notProcessableReason')}
            rules={[required('notProcessableReason')]}
          >
            <Input.TextArea rows={2} />
          </Form.Item>
        )}
        <Form.Item name="competence" label={t('field.competence')}>
          <Radio.Group
            options={COMPETENCE.map((value) => ({ value, label: t(`competence.${value}`) }))}
          />
        </Form.Item>
        <Form.Item name="fieldCode" label={t('field.fieldCode')}>
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            options={(categories ?? []).map((category) => ({
              value: category.code!,
              label: category.label ?? category.code,
            }))}
          />
        </Form.Item>
        <Form.Item
          name="duplicateOfId"
          label={t('field.duplicateOfId')}
          extra={t('dialog.duplicateHint')}
        >
          <Input autoComplete="off" />
        </Form.Item>
      </Form>
      {problem !== undefined && <ProblemAlert error={problem} />}
    </Modal>
  );
}

/** The handling decision; its fields follow the decision chosen (decision-form.ts). */
export function DecideModal({ petition, onClose }: DialogProps) {
  const { t } = useTranslation('petitions');
  const { message } = App.useApp();
  const [form] = Form.useForm<DecideValues>();
  const decision = Form.useWatch('decision', form);
  const target = Form.useWatch('target', form) ?? 'INTERNAL';
  const run = usePetitionAction();
  const keyFor = useIdempotencyKey();
  const required = useRequired();
  const { data: units, isPending: unitsLoading } = useAllUnits();
  const fields = decisionFields(decision);
  const has = (field: string) => fields.find((entry) => entry.field === field);
  const { problem, onError } = useProblemForm(form, [
    'decision',
    'ground',
    'note',
    'transferToUnitId',
    'transferToBody',
    'transferSlipNo',
    'handlerUsername',
    'parts',
  ]);
  const options = decisionOptions(petition, useRoles().includes('unit_leader'));
  return (
    <Modal
      open
      width={680}
      title={t('action.decide')}
      okText={t('dialog.confirm')}
      cancelText={t('dialog.cancel')}
      confirmLoading={run.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ target: 'INTERNAL', parts: [{}, {}] }}
        onFinish={(values) => {
          const body = toDecideRequest(values, petition.version ?? 0);
          run.mutate(
            { id: petition.id, action: 'decide', body, key: keyFor(body) },
            {
              onSuccess: () => {
                void message.success(t('dialog.decided'));
                onClose();
              },
              onError,
            },
          );
        }}
      >
        <Form.Item
          name="decision"
          label={t('field.decision')}
          rules={[required('decision', false)]}
        >
          <Select options={options.map((value) => ({ value, label: t(`decision.${value}`) }))} />
        </Form.Item>
        {decision === 'CHUYEN_DON' && petition.classification === 'TO_CAO' && (
          <Alert
            type="info"
            showIcon
            title={t('dialog.transferRedacted')}
            style={{ marginBottom: 12 }}
          />
        )}
        {has('ground') && (
          <Form.Item name="ground" label={t('field.ground')} rules={[required('ground', false)]}>
            {groundIsListed(petition.classification) ? (
              <Select
                options={COMPLAINT_GROUNDS.map((value) => ({ value, label: t(`ground.${value}`) }))}
              />
            ) : (
              <Input autoComplete="off" />
            )}
          </Form.Item>
        )}
        {has('transfer') && (
          <>
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
              <Form.Item
                name="transferToUnitId"
                label={t('field.transferToUnitId')}
                rules={[required('transferToUnitId', false)]}
              >
                <Select
                  loading={unitsLoading}
                  showSearch={{ optionFilterProp: 'label' }}
                  options={(units?.items ?? [])
                    .filter((unit) => unit.id !== petition.unit?.id)
                    .map((unit) => ({ value: unit.id!, label: `${unit.name} (${unit.code})` }))}
                />
              </Form.Item>
            ) : (
              <Form.Item
                name="transferToBody"
                label={t('field.transferToBody')}
                rules={[required('transferToBody')]}
              >
                <Input autoComplete="off" />
              </Form.Item>
            )}
            <Form.Item
              name="transferSlipNo"
              label={t('field.transferSlipNo')}
              rules={[required('transferSlipNo')]}
            >
              <Input autoComplete="off" />
            </Form.Item>
          </>
        )}
        {has('parts') && (
          <Form.List name="parts">
            {(items, { add, remove }) => (
              <>
                {items.map((item, position) => (
                  <Row key={item.key} gutter={8} align="top">
                    <Col xs={24} md={7}>
                      <Form.Item
                        name={[item.name, 'classification']}
                        label={t('field.partClassification', { n: position + 1 })}
                        rules={[required('classification', false)]}
                      >
                        <Select
                          options={CLASSIFICATIONS.filter(
                            (value) => value !== 'NHIEU_NOI_DUNG',
                          ).map((value) => ({ value, label: t(`classification.${value}`) }))}
                        />
                      </Form.Item>
                    </Col>
                    <Col xs={20} md={15}>
                      <Form.Item
                        name={[item.name, 'content']}
                        label={t('field.partContent', { n: position + 1 })}
                        rules={[required('content')]}
                      >
                        <Input.TextArea rows={2} />
                      </Form.Item>
                    </Col>
                    <Col xs={4} md={2}>
                      <Form.Item label=" ">
                        <Button
                          icon={<DeleteOutlined aria-hidden />}
                          aria-label={`${t('dialog.removePart')} ${position + 1}`}
                          onClick={() => remove(item.name)}
                        />
                      </Form.Item>
                    </Col>
                  </Row>
                ))}
                <Button
                  icon={<PlusOutlined aria-hidden />}
                  onClick={() => add({})}
                  style={{ marginBottom: 16 }}
                >
                  {t('dialog.addPart')}
                </Button>
              </>
            )}
          </Form.List>
        )}
        {has('handlerUsername') && (
          <Form.Item name="handlerUsername" label={t('field.handlerUsername')}>
            <Input autoComplete="off" />
          </Form.Item>
        )}
        {has('note') && (
          <Form.Item
            name="note"
            label={t(decision === 'HUONG_DAN' ? 'field.guidance' : 'field.note')}
            rules={has('note')?.required ? [required('note')] : []}
          >
            <Input.TextArea rows={3} />
          </Form.Item>
        )}
      </Form>
      {problem !== undefined && <ProblemAlert error={problem} />}
    </Modal>
  );
}

/** Destroys a filed petition after its year of storage, with the head's approval. */
export function DestroyModal({ petition, onClose }: DialogProps) {
  const { t } = useTranslation('petitions');
  const { message } = App.useApp();
  const [form] = Form.useForm<{ recordNo: string }>();
  const run = usePetitionAction();
  const keyFor = useIdempotencyKey();
  const required = useRequired();
  const { problem, onError } = useProblemForm(form, ['recordNo']);
  return (
    <Modal
      open
      title={t('action.destroy')}
      okText={t('action.destroy')}
      okButtonProps={{ danger: true }}
      cancelText={t('dialog.cancel')}
      confirmLoading={run.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Alert
        type="warning"
        showIcon
        title={t('dialog.destroyWarning')}
        style={{ marginBottom: 12 }}
      />
      <Form
        form={form}
        layout="vertical"
        onFinish={(values) => {
          const body = { version: petition.version ?? 0, recordNo: values.recordNo.trim() };
          run.mutate(
            { id: petition.id, action: 'destroy', body, key: keyFor(body) },
            {
              onSuccess: () => {
                void message.success(t('dialog.destroyed'));
                onClose();
              },
              onError,
            },
          );
        }}
      >
        <Form.Item name="recordNo" label={t('field.recordNo')} rules={[required('recordNo')]}>
          <Input autoComplete="off" autoFocus />
        </Form.Item>
      </Form>
      {problem !== undefined && <ProblemAlert error={problem} />}
    </Modal>
  );
}

/** The denouncer's identity for the custodian, stating a purpose that is audited. */
export function RevealModal({
  petition,
  onClose,
  onRevealed,
}: DialogProps & { onRevealed: (people: Petitioner[]) => void }) {
  const { t } = useTranslation('petitions');
  const reveal = useRevealPetitionIdentity();
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
          { id: petition.id, purpose, key: keyFor({ purpose }) },
          { onSuccess: onRevealed, onError },
        )
      }
    />
  );
}
