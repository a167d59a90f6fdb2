import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Checkbox, DatePicker, Flex, Form, Input, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/errors/ProblemAlert';
import { DATE_FORMAT, fromApiDate, toApiDate } from '@/lib/dates';
import { useIdempotencyKey } from '@/lib/idempotency';
import {
  ORG_UNIT_KINDS,
  ORG_UNIT_LEVELS,
  RECEPTION_PLACE_KINDS,
  type OrgUnitKind,
  type OrgUnitLevel,
} from '@/lib/org';
import { useSaveOrgUnit } from '../api/save-org-unit';
import type { OrgUnit, ReceptionPlaceInput } from '../api/types';
import { UnitPicker } from './UnitPicker';
import { useProblemForm } from '@/lib/useProblemForm';

interface Values {
  code: string;
  name: string;
  kind: OrgUnitKind;
  level: OrgUnitLevel;
  parentId?: string;
  adminUnitCode?: string;
  address?: string;
  phone?: string;
  validFrom?: Dayjs;
  receptionPlaces?: ReceptionPlaceInput[];
}

const FIELDS = [
  'code',
  'name',
  'kind',
  'level',
  'parentId',
  'adminUnitCode',
  'address',
  'phone',
  'validFrom',
  'receptionPlaces',
] as const;

const initialValues = (unit?: OrgUnit): Partial<Values> =>
  unit
    ? {
        code: unit.code,
        name: unit.name,
        kind: unit.kind,
        level: unit.level,
        parentId: unit.parent?.id,
        adminUnitCode: unit.adminUnitCode,
        address: unit.address,
        phone: unit.phone,
        validFrom: fromApiDate(unit.validFrom),
        receptionPlaces: (unit.receptionPlaces ?? []).map((place) => ({
          kind: place.kind ?? 'RECEPTION_OFFICE',
          name: place.name ?? '',
          address: place.address ?? '',
          published: place.published ?? true,
        })),
      }
    : { receptionPlaces: [] };

const trimmed = (value?: string) => value?.trim() ?? '';
/** On create an empty field is left out; on edit an empty string clears it (API contract). */
const optional = (value?: string) => trimmed(value) || undefined;

/** Create and edit share this form; the server's field errors appear under the fields. */
export function OrgUnitFormModal({
  open,
  unit,
  onClose,
}: {
  open: boolean;
  unit?: OrgUnit;
  onClose: (saved?: OrgUnit) => void;
}) {
  const { t } = useTranslation(['orgunits', 'org']);
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useSaveOrgUnit();
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
    const receptionPlaces = (values.receptionPlaces ?? []).map((place) => ({
      kind: place.kind,
      name: trimmed(place.name),
      address: trimmed(place.address),
      published: place.published ?? true,
    }));
    const validFrom = toApiDate(values.validFrom) ?? '';
    const args =
      unit?.id !== undefined
        ? {
            kind: 'update' as const,
            id: unit.id,
            body: {
              version: unit.version ?? 0,
              name: trimmed(values.name),
              kind: values.kind,
              level: values.level,
              parentId: values.parentId,
              adminUnitCode: trimmed(values.adminUnitCode),
              address: trimmed(values.address),
              phone: trimmed(values.phone),
              validFrom,
              receptionPlaces,
            },
          }
        : {
            kind: 'create' as const,
            body: {
              code: trimmed(values.code),
              name: trimmed(values.name),
              kind: values.kind,
              level: values.level,
              parentId: values.parentId,
              adminUnitCode: optional(values.adminUnitCode),
              address: optional(values.address),
              phone: optional(values.phone),
              validFrom,
              receptionPlaces,
            },
          };
    clear();
    save.mutate(
      { ...args, key: keyFor(args.body) },
      {
        onSuccess: (saved) => {
          void message.success(t(unit ? 'form.updated' : 'form.created', { name: saved.name }));
          onClose(saved);
        },
        onError,
      },
    );
  };

  const required = { required: true, message: t('form.required') };
  return (
    <Modal
      open={open}
      title={unit ? t('form.editTitle', { name: unit.name }) : t('form.createTitle')}
      okText={t('form.save')}
      cancelText={t('form.cancel')}
      onOk={() => form.submit()}
      onCancel={() => onClose()}
      confirmLoading={save.isPending}
      destroyOnHidden
      width={760}
    >
      <Form form={form} layout="vertical" initialValues={initialValues(unit)} onFinish={submit}>
        <Flex gap={12} wrap>
          <Form.Item
            name="code"
            label={t('fields.code')}
            rules={[required]}
            style={{ flex: 1, minWidth: 200 }}
            extra={unit ? t('form.codeFixed') : undefined}
          >
            <Input autoComplete="off" disabled={Boolean(unit)} />
          </Form.Item>
          <Form.Item name="validFrom" label={t('fields.validFrom')} rules={[required]}>
            <DatePicker format={DATE_FORMAT} />
          </Form.Item>
        </Flex>
        <Form.Item name="name" label={t('fields.name')} rules={[required]}>
          <Input />
        </Form.Item>
        <Flex gap={12} wrap>
          <Form.Item
            name="kind"
            label={t('fields.kind')}
            rules={[required]}
            style={{ flex: 2, minWidth: 240 }}
          >
            <Select
              options={ORG_UNIT_KINDS.map((kind) => ({
                value: kind,
                label: t(`org:kind.${kind}`),
              }))}
            />
          </Form.Item>
          <Form.Item
            name="level"
            label={t('fields.level')}
            rules={[required]}
            style={{ flex: 1, minWidth: 200 }}
          >
            <Select
              options={ORG_UNIT_LEVELS.map((level) => ({
                value: level,
                label: t(`org:level.${level}`),
              }))}
            />
          </Form.Item>
        </Flex>
        <Form.Item name="parentId" label={t('fields.parent')}>
          <UnitPicker initial={unit?.parent} excludeId={unit?.id} />
        </Form.Item>
        <Flex gap={12} wrap>
          <Form.Item
            name="adminUnitCode"
            label={t('fields.adminUnitCode')}
            style={{ flex: 1, minWidth: 200 }}
          >
            <Input inputMode="numeric" />
          </Form.Item>
          <Form.Item name="phone" label={t('fields.phone')} style={{ flex: 1, minWidth: 200 }}>
            <Input type="tel" />
          </Form.Item>
        </Flex>
        <Form.Item name="address" label={t('fields.address')}>
          <Input />
        </Form.Item>
        <fieldset className="form-fieldset">
          <legend>{t('fields.receptionPlaces')}</legend>
          <Form.List name="receptionPlaces">
            {(items, { add, remove }) => (
              <Flex vertical gap={8}>
                {items.map((item) => (
                  <Flex key={item.key} gap={8} wrap align="start">
                    <Form.Item
                      name={[item.name, 'kind']}
                      label={t('fields.placeKind')}
                      rules={[required]}
                      style={{ width: 200 }}
                    >
                      <Select
                        options={RECEPTION_PLACE_KINDS.map((kind) => ({
                          value: kind,
                          label: t(`org:receptionPlace.${kind}`),
                        }))}
                      />
                    </Form.Item>
                    <Form.Item
                      name={[item.name, 'name']}
                      label={t('fields.placeName')}
                      rules={[required]}
                      style={{ flex: 1, minWidth: 180 }}
                    >
                      <Input />
                    </Form.Item>
                    <Form.Item
                      name={[item.name, 'address']}
                      label={t('fields.address')}
                      rules={[required]}
                      style={{ flex: 2, minWidth: 200 }}
                    >
                      <Input />
                    </Form.Item>
                    <Form.Item
                      name={[item.name, 'published']}
                      valuePropName="checked"
                      label={t('fields.placePublic')}
                    >
                      <Checkbox />
                    </Form.Item>
                    <Button
                      aria-label={t('form.removePlace')}
                      icon={<DeleteOutlined aria-hidden />}
                      onClick={() => remove(item.name)}
                      style={{ marginTop: 30 }}
                    />
                  </Flex>
                ))}
                <Button
                  icon={<PlusOutlined aria-hidden />}
                  onClick={() => add({ kind: 'RECEPTION_OFFICE', published: true })}
                  style={{ alignSelf: 'flex-start' }}
                >
                  {t('form.addPlace')}
                </Button>
              </Flex>
            )}
          </Form.List>
        </fieldset>
        {problem !== undefined && <ProblemAlert error={problem} />}
      </Form>
    </Modal>
  );
}
