import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Col,
  DatePicker,
  Flex,
  Form,
  Input,
  Radio,
  Row,
  Select,
  Typography,
} from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ProblemAlert } from '@/components/errors/ProblemAlert';
import { PageLoading } from '@/components/feedback/PageLoading';
import { DATE_FORMAT } from '@/lib/dates';
import { useIdempotencyKey } from '@/lib/idempotency';
import { useProblemForm } from '@/lib/useProblemForm';
import { useCreatePetition, useFieldCategories, useSourceVisit } from '../api/petitions';
import {
  CLASSIFICATIONS,
  ID_DOC_TYPES,
  PETITIONER_ROLES,
  PETITION_SOURCES,
  SENDER_SOURCES,
  SIGNER_CLASSES,
  type VisitView,
} from '../api/types';
import {
  MIXED_KINDS,
  carriesDenunciation,
  initialValuesFrom,
  toPetitionCreate,
  type IntakeValues,
} from '../utils/intake-form';

const FIELDS = [
  'receivedOn',
  'source',
  'senderBody',
  'senderDocNo',
  'senderDocDate',
  'writtenDate',
  'signed',
  'signerClass',
  'anonymous',
  'pseudonymous',
  'petitioners',
  'classification',
  'mixedKinds',
  'fieldCode',
  'content',
  'request',
  'respondent',
  'visitId',
];

/** /petitions/new (?visitId=…): receives a petition by post, from an agency, or from a visit. */
export function PetitionNewPage() {
  const [params] = useSearchParams();
  const visitId = params.get('visitId') ?? undefined;
  const { data: visit, error, isPending } = useSourceVisit(visitId);
  if (visitId && error) return <ProblemAlert error={error} />;
  if (visitId && (isPending || !visit)) return <PageLoading />;
  return <IntakeForm visit={visitId ? (visit as VisitView) : undefined} />;
}

function IntakeForm({ visit }: { visit?: VisitView }) {
  const { t } = useTranslation('petitions');
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<IntakeValues>();
  const source = Form.useWatch('source', form);
  const anonymous = Form.useWatch('anonymous', form);
  const classification = Form.useWatch('classification', form);
  const mixedKinds = Form.useWatch('mixedKinds', form);
  const create = useCreatePetition();
  const keyFor = useIdempotencyKey();
  const { problem, onError } = useProblemForm(form, FIELDS);
  const { data: categories } = useFieldCategories();
  const masked = Boolean(visit && (visit.confidential || visit.partiesMasked));
  const fromAgency = SENDER_SOURCES.includes(source);
  const required = (field: string) => ({
    required: true,
    whitespace: true,
    message: t('form.required', { field: t(`field.${field}`).toLowerCase() }),
  });

  return (
    <Flex vertical gap={16}>
      <Link to="/petitions">{t('detail.back')}</Link>
      <Typography.Title level={1} className="page-title">
        {t('form.title')}
      </Typography.Title>
      {visit && (
        <Alert
          type="info"
          showIcon
          title={t('form.fromVisit', { bookNo: visit.bookNo ?? '' })}
          description={masked ? t('form.fromVisitMasked') : undefined}
        />
      )}
      <Form
        form={form}
        layout="vertical"
        initialValues={initialValuesFrom(visit)}
        onFinish={(values) => {
          const body = toPetitionCreate(values, visit);
          create.mutate(
            { body, key: keyFor(body) },
            {
              onSuccess: (created) => {
                void message.success(t('form.saved', { petitionNo: created.petitionNo ?? '' }));
                void navigate(`/petitions/${created.id}`);
              },
              onError,
            },
          );
        }}
      >
        <Flex vertical gap={16}>
          <Card size="small" title={<h2 className="card-title">{t('form.sections.receipt')}</h2>}>
            <Row gutter={16}>
              <Col xs={24} md={6}>
                <Form.Item
                  name="receivedOn"
                  label={t('field.receivedOn')}
                  rules={[
                    {
                      required: true,
                      message: t('form.required', { field: t('field.receivedOn').toLowerCase() }),
                    },
                  ]}
                >
                  <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
              <Col xs={24} md={9}>
                <Form.Item name="source" label={t('field.source')} rules={[{ required: true }]}>
                  <Select
                    showSearch={{ optionFilterProp: 'label' }}
                    options={PETITION_SOURCES.map((value) => ({
                      value,
                      label: t(`source.${value}`),
                    }))}
                  />
                </Form.Item>
              </Col>
              <Col xs={24} md={6}>
                <Form.Item name="writtenDate" label={t('field.writtenDate')}>
                  <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
            </Row>
            {fromAgency && (
              <Row gutter={16}>
                <Col xs={24} md={12}>
                  <Form.Item
                    name="senderBody"
                    label={t('field.senderBody')}
                    rules={[required('senderBody')]}
                  >
                    <Input autoComplete="off" />
                  </Form.Item>
                </Col>
                <Col xs={24} md={6}>
                  <Form.Item
                    name="senderDocNo"
                    label={t('field.senderDocNo')}
                    rules={source === 'CO_QUAN_KHAC_CHUYEN_DEN' ? [required('senderDocNo')] : []}
                  >
                    <Input autoComplete="off" />
                  </Form.Item>
                </Col>
                <Col xs={24} md={6}>
                  <Form.Item
                    name="senderDocDate"
                    label={t('field.senderDocDate')}
                    rules={
                      source === 'CO_QUAN_KHAC_CHUYEN_DEN'
                        ? [
                            {
                              required: true,
                              message: t('form.required', {
                                field: t('field.senderDocDate').toLowerCase(),
                              }),
                            },
                          ]
                        : []
                    }
                  >
                    <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
              </Row>
            )}
          </Card>

          <Card
            size="small"
            title={<h2 className="card-title">{t('form.sections.petitioners')}</h2>}
          >
            <Row gutter={16}>
              <Col xs={24} md={12}>
                <Form.Item name="signerClass" label={t('field.signerClass')}>
                  <Radio.Group
                    options={SIGNER_CLASSES.map((value) => ({
                      value,
                      label: t(`signerClass.${value}`),
                    }))}
                  />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Flex gap={16} wrap style={{ paddingTop: 30 }}>
                  <Form.Item name="signed" valuePropName="checked" noStyle>
                    <Checkbox>{t('field.signed')}</Checkbox>
                  </Form.Item>
                  <Form.Item name="anonymous" valuePropName="checked" noStyle>
                    <Checkbox>{t('field.anonymous')}</Checkbox>
                  </Form.Item>
                  <Form.Item name="pseudonymous" valuePropName="checked" noStyle>
                    <Checkbox>{t('field.pseudonymous')}</Checkbox>
                  </Form.Item>
                </Flex>
              </Col>
            </Row>
            {carriesDenunciation(classification, mixedKinds) && !masked && (
              <Alert
                type="warning"
                showIcon
                title={t('form.vaultNotice')}
                style={{ marginBottom: 12 }}
              />
            )}
            {masked ? (
              <Typography.Text>{t('form.peopleFromVault')}</Typography.Text>
            ) : anonymous ? (
              <Typography.Text type="secondary">{t('form.anonymousNoPeople')}</Typography.Text>
            ) : (
              <PetitionerList />
            )}
          </Card>

          <Card size="small" title={<h2 className="card-title">{t('form.sections.content')}</h2>}>
            <Row gutter={16}>
              <Col xs={24} md={8}>
                <Form.Item name="classification" label={t('field.classification')}>
                  <Select
                    allowClear
                    options={CLASSIFICATIONS.map((value) => ({
                      value,
                      label: t(`classification.${value}`),
                    }))}
                  />
                </Form.Item>
              </Col>
              {classification === 'NHIEU_NOI_DUNG' && (
                <Col xs={24} md={8}>
                  <Form.Item name="mixedKinds" label={t('field.mixedKinds')}>
                    <Select
                      mode="multiple"
                      options={MIXED_KINDS.map((value) => ({
                        value,
                        label: t(`classification.${value}`),
                      }))}
                    />
                  </Form.Item>
                </Col>
              )}
              <Col xs={24} md={classification === 'NHIEU_NOI_DUNG' ? 8 : 16}>
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
              </Col>
            </Row>
            <Form.Item name="content" label={t('field.content')} rules={[required('content')]}>
              <Input.TextArea rows={4} />
            </Form.Item>
            <Form.Item name="request" label={t('field.request')}>
              <Input.TextArea rows={2} />
            </Form.Item>
            <Form.Item name="respondent" label={t('field.respondent')}>
              <Input autoComplete="off" />
            </Form.Item>
          </Card>
          {problem !== undefined && <ProblemAlert error={problem} />}
          <Flex gap={8}>
            <Button type="primary" htmlType="submit" loading={create.isPending}>
              {t('form.save')}
            </Button>
            <Button onClick={() => void navigate(-1)}>{t('form.cancel')}</Button>
          </Flex>
        </Flex>
      </Form>
    </Flex>
  );
}

/** The petitioners, one row each (a petition signed by several people lists them all). */
function PetitionerList() {
  const { t } = useTranslation('petitions');
  return (
    <Form.List name="petitioners">
      {(fields, { add, remove }) => (
        <Flex vertical gap={4}>
          {fields.map((field, position) => (
            <Row key={field.key} gutter={8} align="top">
              <Col xs={24} md={4}>
                <Form.Item name={[field.name, 'role']} label={t('field.role')}>
                  <Select
                    options={PETITIONER_ROLES.map((value) => ({
                      value,
                      label: t(`role.${value}`),
                    }))}
                  />
                </Form.Item>
              </Col>
              <Col xs={24} md={5}>
                <Form.Item
                  name={[field.name, 'fullName']}
                  label={t('field.fullName')}
                  rules={[
                    {
                      required: true,
                      whitespace: true,
                      message: t('form.required', { field: t('field.fullName').toLowerCase() }),
                    },
                  ]}
                >
                  <Input autoComplete="off" />
                </Form.Item>
              </Col>
              <Col xs={12} md={3}>
                <Form.Item name={[field.name, 'idDocType']} label={t('field.idDocType')}>
                  <Select
                    options={ID_DOC_TYPES.map((value) => ({
                      value,
                      label: t(`idDocType.${value}`),
                    }))}
                  />
                </Form.Item>
              </Col>
              <Col xs={12} md={3}>
                <Form.Item name={[field.name, 'idNumber']} label={t('field.idNumber')}>
                  <Input autoComplete="off" inputMode="numeric" />
                </Form.Item>
              </Col>
              <Col xs={24} md={5}>
                <Form.Item name={[field.name, 'address']} label={t('field.address')}>
                  <Input autoComplete="off" />
                </Form.Item>
              </Col>
              <Col xs={20} md={3}>
                <Form.Item name={[field.name, 'phone']} label={t('field.phone')}>
                  <Input autoComplete="off" inputMode="tel" />
                </Form.Item>
              </Col>
              <Col xs={4} md={1}>
                <Form.Item label=" ">
                  <Button
                    icon={<DeleteOutlined aria-hidden />}
                    aria-label={`${t('form.removePetitioner')} ${position + 1}`}
                    onClick={() => remove(field.name)}
                  />
                </Form.Item>
              </Col>
            </Row>
          ))}
          <Button
            icon={<PlusOutlined aria-hidden />}
            style={{ alignSelf: 'start' }}
            onClick={() => add({ role: 'PETITIONER', idDocType: 'CCCD' })}
          >
            {t('form.addPetitioner')}
          </Button>
        </Flex>
      )}
    </Form.List>
  );
}
