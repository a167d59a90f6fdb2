import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Col, DatePicker, Form, Input, InputNumber, Row, Select } from 'antd';
import type { FormListFieldData, FormListOperation } from 'antd';
import type { Rule } from 'antd/es/form';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DATE_FORMAT } from '@/lib/dates';
import { GENDERS, ID_DOC_TYPES, type PartyKind } from '../api/types';
import { emptyParty } from '../utils/desk-form';
import { checkIdNumber, maxRepresentatives } from '../utils/id-number';

/** The ID document type and number: the first thing typed at the desk. */
function IdFields({ index, autoFocus }: { index: number; autoFocus?: boolean }) {
  const { t } = useTranslation('visits');
  const idRule: Rule = ({ getFieldValue }) => ({
    validator: (_rule, value: string | undefined) => {
      const code = checkIdNumber(getFieldValue(['parties', index, 'idDocType']), value);
      return code ? Promise.reject(new Error(t(`validation.${code}`))) : Promise.resolve();
    },
  });
  return (
    <>
      <Col xs={24} md={8}>
        <Form.Item name={[index, 'idDocType']} label={t('field.idDocType')}>
          <Select
            options={ID_DOC_TYPES.map((value) => ({ value, label: t(`idDocType.${value}`) }))}
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={16}>
        <Form.Item
          name={[index, 'idNumber']}
          label={t('field.idNumber')}
          rules={[idRule]}
          dependencies={[['parties', index, 'idDocType']]}
          validateDebounce={300}
        >
          <Input autoFocus={autoFocus} inputMode="text" autoComplete="off" maxLength={24} />
        </Form.Item>
      </Col>
    </>
  );
}

function PersonFields({
  index,
  autoFocus,
  requireName,
}: {
  index: number;
  autoFocus?: boolean;
  requireName: boolean;
}) {
  const { t } = useTranslation('visits');
  const required = (field: string) => ({
    required: requireName,
    whitespace: true,
    message: t('required', { field: t(`field.${field}`).toLowerCase() }),
  });
  return (
    <Row gutter={12}>
      <IdFields index={index} autoFocus={autoFocus} />
      <Col xs={24} md={12}>
        <Form.Item
          name={[index, 'fullName']}
          label={t('field.fullName')}
          rules={[required('fullName')]}
        >
          <Input autoComplete="off" />
        </Form.Item>
      </Col>
      <Col xs={12} md={6}>
        <Form.Item name={[index, 'gender']} label={t('field.gender')}>
          <Select
            allowClear
            options={GENDERS.map((value) => ({ value, label: t(`gender.${value}`) }))}
          />
        </Form.Item>
      </Col>
      <Col xs={12} md={6}>
        <Form.Item name={[index, 'birthYear']} label={t('field.birthYear')}>
          <InputNumber min={1900} max={2100} style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col xs={12} md={8}>
        <Form.Item name={[index, 'idIssueDate']} label={t('field.idIssueDate')}>
          <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col xs={12} md={16}>
        <Form.Item name={[index, 'idIssuePlace']} label={t('field.idIssuePlace')}>
          <Input />
        </Form.Item>
      </Col>
      <Col xs={24} md={16}>
        <Form.Item name={[index, 'addressAsWritten']} label={t('field.address')}>
          <Input autoComplete="off" />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item name={[index, 'phone']} label={t('field.phone')}>
          <Input inputMode="tel" autoComplete="off" />
        </Form.Item>
      </Col>
    </Row>
  );
}

/**
 * The visitors, in the request's order (parties[i] here is parties[i] in the server's errors):
 * one person; an organisation and its representative; or a group's representatives.
 */
export function PartyFields({
  kind,
  fields,
  ops,
  errors,
  headcount,
}: {
  kind: PartyKind;
  fields: FormListFieldData[];
  ops: FormListOperation;
  errors: ReactNode[];
  headcount?: number | null;
}) {
  const { t } = useTranslation('visits');
  const required = (field: string) => ({
    required: true,
    whitespace: true,
    message: t('required', { field: t(`field.${field}`).toLowerCase() }),
  });
  const max = kind === 'GROUP' ? maxRepresentatives(headcount ?? undefined) : undefined;
  return (
    <>
      {kind === 'PERSON' && fields[0] && (
        <PersonFields index={fields[0].name} autoFocus requireName />
      )}
      {kind === 'ORGANISATION' && (
        <>
          <Row gutter={12}>
            <Col xs={24} md={12}>
              <Form.Item
                name={[0, 'fullName']}
                label={t('field.organisationName')}
                rules={[required('organisationName')]}
              >
                <Input autoFocus autoComplete="off" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name={[0, 'phone']} label={t('field.phone')}>
                <Input inputMode="tel" autoComplete="off" />
              </Form.Item>
            </Col>
            <Col span={24}>
              <Form.Item name={[0, 'addressAsWritten']} label={t('field.address')}>
                <Input autoComplete="off" />
              </Form.Item>
            </Col>
          </Row>
          <h3 className="visit-section-title">{t('desk.organisationRepresentative')}</h3>
          <PersonFields index={1} requireName={false} />
          <Form.Item name={[1, 'position']} label={t('field.position')}>
            <Input />
          </Form.Item>
        </>
      )}
      {kind === 'GROUP' && (
        <div className="visit-row-list">
          {fields.map((field, position) => (
            <div key={field.key} className="visit-row">
              <Row gutter={12} align="middle">
                <Col flex="auto">
                  <h3 className="visit-section-title">
                    {t('desk.representative', { n: position + 1 })}
                  </h3>
                </Col>
                {fields.length > 1 && (
                  <Col>
                    <Button
                      size="small"
                      icon={<DeleteOutlined aria-hidden />}
                      aria-label={`${t('desk.remove')} ${position + 1}`}
                      onClick={() => ops.remove(field.name)}
                    />
                  </Col>
                )}
              </Row>
              <PersonFields
                index={field.name}
                autoFocus={position === 0}
                requireName={position === 0}
              />
            </div>
          ))}
          {max !== undefined && fields.length > max && (
            <Alert
              type="warning"
              showIcon
              title={t('desk.tooManyRepresentatives', { headcount, max })}
            />
          )}
          <Button icon={<PlusOutlined aria-hidden />} onClick={() => ops.add(emptyParty())}>
            {t('desk.addRepresentative')}
          </Button>
        </div>
      )}
      <Form.ErrorList errors={errors} />
    </>
  );
}
