import { CheckCircleOutlined, PrinterOutlined, SaveOutlined } from '@ant-design/icons';
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
  InputNumber,
  Radio,
  Row,
  Select,
  Spin,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ProblemAlert } from '@/components/errors/ProblemAlert';
import { PageLoading } from '@/components/feedback/PageLoading';
import { useCurrentUser } from '@/lib/auth/current-user';
import { DATE_FORMAT } from '@/lib/dates';
import { formatDateTime, TIME_ZONE } from '@/lib/format';
import { useIdempotencyKey } from '@/lib/idempotency';
import { useProblemForm } from '@/lib/useProblemForm';
import {
  CLASSIFICATIONS,
  COPY_KINDS,
  DIRECTIONS,
  MIXED_KINDS,
  PARTY_KINDS,
  REFUSAL_GROUNDS,
  STATEMENT_CONFIRMATIONS,
  isConfidential,
  type PartyKind,
} from '../api/types';
import {
  useCreateVisit,
  useFieldCategories,
  useLookup,
  useOfficials,
  useSessionsOn,
  useUnits,
  type LookupQuery,
} from '../api/visits';
import {
  NO_SESSION,
  defaultValues,
  emptyParty,
  toCreateRequest,
  type DeskValues,
} from '../utils/desk-form';
import {
  clearDraft,
  hasContent,
  loadDraft,
  saveDraft,
  type StoredDraft,
} from '../utils/draft-store';
import { checkIdNumber, normaliseIdNumber } from '../utils/id-number';
import { LookupAlert } from './LookupAlert';
import { PartyFields } from './PartyFields';
import { ReceiptModal, type ReceiptData } from './Receipt';
import { RowList } from './RowList';
import { TodayVisits } from './TodayVisits';
import './visits.css';

/** Every field of the form, for putting the server's field errors under them. */
const FORM_FIELDS = [
  'sessionId',
  'receivedAt',
  'partyKind',
  'headcount',
  'parties',
  'classification',
  'mixedKinds',
  'fieldCode',
  'contentSummary',
  'visitorRequest',
  'withPetition',
  'statementConfirmation',
  'documents',
  'previouslyHandled',
  'handlingDirection',
  'guidance',
  'transferToUnitId',
  'transferToName',
  'leaderConclusion',
  'membersOpinions',
  'visitorStatement',
  'notes',
  'interpreterUsed',
  'interpreterName',
  'refusal',
] as const;

/** Sessions a visit may be recorded in (the API refuses planned, cancelled or postponed ones). */

function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

/** Which party the lookup is about: the visitor, the organisation's representative, the first representative. */
const lookupIndex = (kind: PartyKind) => (kind === 'ORGANISATION' ? 1 : 0);

/** The lookup's query from what is typed: a valid ID number, else a name and an address. */
export function lookupQueryOf(values: Partial<DeskValues>): LookupQuery | undefined {
  const party = values.parties?.[lookupIndex(values.partyKind ?? 'PERSON')];
  if (!party) return undefined;
  const id = normaliseIdNumber(party.idNumber ?? '');
  if (id.length >= 6 && !checkIdNumber(party.idDocType, id)) return { idNumber: id };
  const fullName = party.fullName?.trim() ?? '';
  const address = party.addressAsWritten?.trim() ?? '';
  if (fullName.length >= 3 && address.length >= 3) return { fullName, address };
  return undefined;
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card size="small" title={<h2 className="card-title">{title}</h2>}>
      {children}
    </Card>
  );
}

/** /visits/desk: the reception officer's form for the 07:00–08:00 rush. */
export function VisitDeskPage() {
  const { data: me, error } = useCurrentUser();
  if (error) return <ProblemAlert error={error} />;
  if (!me) return <PageLoading />;
  return <DeskWorkspace username={me.username} unitCode={me.orgUnit?.code} roles={me.roles} />;
}

interface Saved {
  id: string;
  bookNo?: string;
  receipt: ReceiptData;
}

function DeskWorkspace({
  username,
  unitCode,
  roles,
}: {
  username: string;
  unitCode?: string;
  roles: readonly string[];
}) {
  const { t } = useTranslation('visits');
  const [params] = useSearchParams();
  const [draft, setDraft] = useState<StoredDraft | undefined>(() => {
    const stored = loadDraft(username);
    return stored && hasContent(stored.values) ? stored : undefined;
  });
  const [formKey, setFormKey] = useState(0);
  const [saved, setSaved] = useState<Saved>();
  const [printing, setPrinting] = useState(false);
  const [lastSession, setLastSession] = useState<string | undefined>(
    params.get('session') ?? undefined,
  );
  const date = dayjs().tz(TIME_ZONE).format('YYYY-MM-DD');

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={1} className="page-title">
        {t('desk.title')}
      </Typography.Title>
      <Typography.Paragraph style={{ margin: 0 }}>{t('desk.intro')}</Typography.Paragraph>
      {saved && (
        <Alert
          type="success"
          showIcon
          icon={<CheckCircleOutlined aria-hidden />}
          role="status"
          title={t('desk.saved', { bookNo: saved.bookNo ?? '' })}
          action={
            <Flex gap={8} wrap>
              <Button
                type="primary"
                icon={<PrinterOutlined aria-hidden />}
                onClick={() => setPrinting(true)}
              >
                {t('desk.printReceipt')}
              </Button>
              <Link to={`/visits/${saved.id}`}>{saved.bookNo}</Link>
            </Flex>
          }
        />
      )}
      {draft && (
        <Alert
          type="info"
          showIcon
          title={t('desk.draftRestored')}
          description={t('desk.draftRestoredAt', { time: formatDateTime(draft.savedAt) })}
          action={
            <Button
              onClick={() => {
                clearDraft(username);
                setDraft(undefined);
                setFormKey((key) => key + 1);
              }}
            >
              {t('desk.discardDraft')}
            </Button>
          }
        />
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <DeskForm
            key={formKey}
            username={username}
            unitCode={unitCode}
            roles={roles}
            date={date}
            initial={draft?.values ?? defaultValues(lastSession)}
            fromDraft={Boolean(draft)}
            onSaved={(result, sessionId) => {
              clearDraft(username);
              setDraft(undefined);
              setSaved(result);
              setLastSession(sessionId);
              setFormKey((key) => key + 1);
            }}
          />
        </Col>
        <Col xs={24} xl={8}>
          <TodayVisits date={date} />
        </Col>
      </Row>
      {printing && saved && (
        <ReceiptModal data={saved.receipt} onClose={() => setPrinting(false)} />
      )}
    </Flex>
  );
}

function DeskForm({
  username,
  unitCode,
  roles,
  date,
  initial,
  fromDraft,
  onSaved,
}: {
  username: string;
  unitCode?: string;
  roles: readonly string[];
  date: string;
  initial: DeskValues;
  fromDraft: boolean;
  onSaved: (saved: Saved, sessionId: string | undefined) => void;
}) {
  const { t } = useTranslation('visits');
  const { message } = App.useApp();
  const [form] = Form.useForm<DeskValues>();
  const create = useCreateVisit();
  const keyFor = useIdempotencyKey();
  const { problem, onError, clear } = useProblemForm(form, FORM_FIELDS);
  const draftTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(draftTimer.current), []);

  const { data: sessionList } = useSessionsOn(date);
  const sessions = useMemo(
    () =>
      (sessionList ?? [])
        .filter((s) => s.date === date)
        .filter((s) => !unitCode || !s.unit?.code || s.unit.code === unitCode)
        .sort((a, b) => (a.start ?? '').localeCompare(b.start ?? '')),
    [sessionList, date, unitCode],
  );
  // Today's session of the unit is the default, unless the officer (or a draft) chose already.
  useEffect(() => {
    if (fromDraft || form.isFieldTouched('sessionId')) return;
    if (form.getFieldValue('sessionId') !== NO_SESSION) return;
    const open = sessions.find((s) => s.acceptsVisits);
    if (open?.id) form.setFieldValue('sessionId', open.id);
  }, [sessions, form, fromDraft]);

  const { data: units } = useUnits();
  const ownUnitId = units?.items?.find((unit) => unit.code === unitCode)?.id;
  const { data: officials } = useOfficials(ownUnitId);
  const { data: categories } = useFieldCategories();

  const partyKind = Form.useWatch('partyKind', form) ?? initial.partyKind;
  const headcount = Form.useWatch('headcount', form);
  const parties = Form.useWatch('parties', form);
  const classification = Form.useWatch('classification', form);
  const mixedKinds = Form.useWatch('mixedKinds', form);
  const withPetition = Form.useWatch('withPetition', form) ?? true;
  const direction = Form.useWatch('handlingDirection', form);
  const interpreterUsed = Form.useWatch('interpreterUsed', form);
  const refused = Form.useWatch('refused', form);
  const ground = Form.useWatch(['refusal', 'ground'], form);
  const matterId = Form.useWatch('matterId', form) as string | undefined;
  const isLeader = roles.includes('unit_leader');
  const confidential = isConfidential(classification, mixedKinds);

  const lookupKey = useDebounced(
    JSON.stringify(lookupQueryOf({ partyKind, parties }) ?? null),
    400,
  );
  const lookupQuery = JSON.parse(lookupKey) as LookupQuery | null;
  const lookup = useLookup(lookupQuery ?? undefined);

  const required = (field: string, when = true) => ({
    required: when,
    whitespace: true,
    message: t('required', { field: t(`field.${field}`).toLowerCase() }),
  });

  const changeKind = (kind: PartyKind) => {
    const current = (form.getFieldValue('parties') as DeskValues['parties']) ?? [];
    const first = current[0] ?? emptyParty();
    if (kind === 'PERSON') form.setFieldsValue({ parties: [first], headcount: 1 });
    if (kind === 'ORGANISATION') {
      form.setFieldsValue({ parties: [first, current[1] ?? emptyParty()], headcount: 1 });
    }
    if (kind === 'GROUP') {
      const size = Number(form.getFieldValue('headcount')) || 1;
      form.setFieldsValue({ headcount: Math.max(size, 2) });
    }
  };

  const submit = () => {
    clear();
    form
      .validateFields()
      .then(() => {
        const values = form.getFieldsValue(true) as DeskValues;
        const body = toCreateRequest(values);
        create.mutate(
          { body, key: keyFor(body) },
          {
            onSuccess: (visit) => {
              clearTimeout(draftTimer.current);
              const visitor = body.parties[0]?.fullName;
              void message.success(t('desk.saved', { bookNo: visit.bookNo ?? '' }));
              onSaved(
                {
                  id: visit.id,
                  bookNo: visit.bookNo,
                  receipt: {
                    unitName: visit.orgUnit?.name,
                    bookNo: visit.bookNo,
                    receivedAt: visit.receivedAt ?? body.receivedAt,
                    // From the form held in memory: the API masks a denouncer's name.
                    visitorName: visitor,
                    documents: body.documents ?? [],
                    receiptNo: visit.receiptNo,
                    resultNoticeDue: visit.resultNoticeDue,
                  },
                },
                body.sessionId,
              );
            },
            onError,
          },
        );
      })
      .catch(() => void message.error(t('desk.invalid')));
  };

  // Enter never submits by accident; Ctrl+Enter (⌘+Enter) saves from anywhere in the form.
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Enter') return;
    if (event.ctrlKey || event.metaKey) {
      event.preventDefault();
      if (!create.isPending) submit();
      return;
    }
    if (event.target instanceof HTMLInputElement) event.preventDefault();
  };

  const fieldOptions = (categories ?? [])
    .filter(
      (category) =>
        !classification ||
        classification === 'NHIEU_NOI_DUNG' ||
        !category.appliesTo ||
        category.appliesTo.includes(classification),
    )
    .map((category) => ({
      value: category.code,
      label: category.parentCode ? `— ${category.label}` : category.label,
    }));

  return (
    <div onKeyDown={onKeyDown}>
      <Form
        form={form}
        layout="vertical"
        initialValues={initial}
        scrollToFirstError
        onFinish={submit}
        onValuesChange={() => {
          clearTimeout(draftTimer.current);
          draftTimer.current = setTimeout(
            () => saveDraft(username, form.getFieldsValue(true) as DeskValues),
            500,
          );
        }}
      >
        <Flex vertical gap={12}>
          <Section title={t('desk.sections.session')}>
            <Row gutter={12}>
              <Col xs={24} md={14}>
                <Form.Item name="sessionId" label={t('field.session')}>
                  <Select
                    options={[
                      ...sessions.map((s) => ({
                        value: s.id!,
                        label: `${(s.start ?? '').slice(0, 5)}–${(s.end ?? '').slice(0, 5)} · ${
                          s.presidingOfficial?.fullName ?? s.unit?.name ?? ''
                        }${s.place ? ` · ${s.place}` : ''}`,
                        disabled: !s.acceptsVisits,
                      })),
                      { value: NO_SESSION, label: t('desk.noSession') },
                    ]}
                  />
                </Form.Item>
              </Col>
              <Col xs={24} md={10}>
                <Form.Item
                  name="receivedAt"
                  label={t('field.receivedAt')}
                  rules={[
                    {
                      required: true,
                      message: t('required', { field: t('field.receivedAt').toLowerCase() }),
                    },
                  ]}
                >
                  <DatePicker
                    showTime={{ format: 'HH:mm' }}
                    format={`${DATE_FORMAT} HH:mm`}
                    needConfirm={false}
                    style={{ width: '100%' }}
                  />
                </Form.Item>
              </Col>
            </Row>
            {sessionList && sessions.length === 0 && (
              <Typography.Text>{t('desk.noSessionToday')}</Typography.Text>
            )}
          </Section>

          <Section title={t('desk.sections.visitor')}>
            <Row gutter={12}>
              <Col xs={24} md={16}>
                <Form.Item name="partyKind" label={t('field.partyKind')}>
                  <Radio.Group
                    optionType="button"
                    options={PARTY_KINDS.map((value) => ({
                      value,
                      label: t(`partyKind.${value}`),
                    }))}
                    onChange={(event) => changeKind(event.target.value as PartyKind)}
                  />
                </Form.Item>
              </Col>
              {partyKind === 'GROUP' && (
                <Col xs={24} md={8}>
                  <Form.Item
                    name="headcount"
                    label={t('field.headcount')}
                    rules={[
                      {
                        required: true,
                        type: 'number',
                        min: 2,
                        message: t('validation.headcount'),
                      },
                    ]}
                  >
                    <InputNumber min={2} max={10000} style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
              )}
            </Row>
            <Form.List name="parties">
              {(fields, ops, { errors }) => (
                <PartyFields
                  kind={partyKind}
                  fields={fields}
                  ops={ops}
                  errors={errors}
                  headcount={headcount}
                />
              )}
            </Form.List>
            {confidential && (
              <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
                {t('desk.draftPrivacy')}
              </Typography.Paragraph>
            )}
            <div aria-live="polite">
              {lookupQuery && lookup.isFetching && (
                <Flex gap={8} align="center">
                  <Spin size="small" /> {t('lookup.searching')}
                </Flex>
              )}
              {lookupQuery && lookup.data && (
                <LookupAlert
                  result={lookup.data}
                  linkedMatterId={matterId}
                  onLink={(id) => form.setFieldValue('matterId', matterId === id ? undefined : id)}
                />
              )}
              {lookupQuery && lookup.error && <ProblemAlert error={lookup.error} />}
            </div>
            <Form.Item name="matterId" hidden>
              <Input />
            </Form.Item>
            {matterId && (
              <Alert
                style={{ marginTop: 8 }}
                type="info"
                showIcon
                title={t('desk.linkedMatter')}
                action={
                  <Button size="small" onClick={() => form.setFieldValue('matterId', undefined)}>
                    {t('desk.unlinkMatter')}
                  </Button>
                }
              />
            )}
          </Section>

          <Section title={t('desk.sections.content')}>
            <Row gutter={12}>
              <Col xs={24} md={12}>
                <Form.Item
                  name="classification"
                  label={t('field.classification')}
                  rules={[
                    {
                      required: !refused,
                      message: t('required', { field: t('field.classification').toLowerCase() }),
                    },
                  ]}
                >
                  <Select
                    allowClear
                    options={CLASSIFICATIONS.map((value) => ({
                      value,
                      label: t(`classification.${value}`),
                    }))}
                  />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item name="fieldCode" label={t('field.fieldCode')}>
                  <Select
                    allowClear
                    showSearch={{ optionFilterProp: 'label' }}
                    options={fieldOptions}
                  />
                </Form.Item>
              </Col>
              {classification === 'NHIEU_NOI_DUNG' && (
                <Col span={24}>
                  <Form.Item
                    name="mixedKinds"
                    label={t('field.mixedKinds')}
                    rules={[
                      {
                        required: true,
                        type: 'array',
                        min: 2,
                        message: t('validation.mixedKinds'),
                      },
                    ]}
                  >
                    <Checkbox.Group
                      options={MIXED_KINDS.map((value) => ({
                        value,
                        label: t(`classification.${value}`),
                      }))}
                    />
                  </Form.Item>
                </Col>
              )}
            </Row>
            <Form.Item
              name="contentSummary"
              label={t('field.contentSummary')}
              rules={[required('contentSummary', !refused)]}
            >
              <Input.TextArea rows={3} maxLength={2000} />
            </Form.Item>
            <Form.Item name="visitorRequest" label={t('field.visitorRequest')}>
              <Input.TextArea rows={2} />
            </Form.Item>
            <Row gutter={12}>
              <Col xs={24} md={8}>
                <Form.Item name="withPetition" valuePropName="checked">
                  <Checkbox>{t('field.withPetition')}</Checkbox>
                </Form.Item>
              </Col>
              {!withPetition && (
                <Col xs={24} md={16}>
                  <Form.Item
                    name="statementConfirmation"
                    label={t('field.statementConfirmation')}
                    rules={[
                      {
                        required: true,
                        message: t('required', {
                          field: t('field.statementConfirmation').toLowerCase(),
                        }),
                      },
                    ]}
                  >
                    <Radio.Group
                      options={STATEMENT_CONFIRMATIONS.map((value) => ({
                        value,
                        label: t(`statementConfirmation.${value}`),
                      }))}
                    />
                  </Form.Item>
                </Col>
              )}
            </Row>
          </Section>

          <Section title={t('desk.sections.documents')}>
            <RowList
              name="documents"
              addLabel={t('desk.addDocument')}
              initial={{ copyKind: 'COPY' }}
            >
              {(field) => (
                <>
                  <Col xs={24} md={12}>
                    <Form.Item
                      name={[field.name, 'title']}
                      label={t('field.documentTitle')}
                      rules={[required('documentTitle')]}
                    >
                      <Input />
                    </Form.Item>
                  </Col>
                  <Col xs={8} md={4}>
                    <Form.Item name={[field.name, 'pages']} label={t('field.pages')}>
                      <InputNumber min={1} style={{ width: '100%' }} />
                    </Form.Item>
                  </Col>
                  <Col xs={12} md={6}>
                    <Form.Item name={[field.name, 'copyKind']} label={t('field.copyKind')}>
                      <Select
                        options={COPY_KINDS.map((value) => ({
                          value,
                          label: t(`copyKind.${value}`),
                        }))}
                      />
                    </Form.Item>
                  </Col>
                </>
              )}
            </RowList>
          </Section>

          <Section title={t('desk.sections.previous')}>
            <RowList name="previouslyHandled" addLabel={t('desk.addPrevious')} initial={{}}>
              {(field) => (
                <>
                  <Col xs={24} md={8}>
                    <Form.Item
                      name={[field.name, 'agency']}
                      label={t('field.agency')}
                      rules={[required('agency')]}
                    >
                      <Input />
                    </Form.Item>
                  </Col>
                  <Col xs={12} md={5}>
                    <Form.Item name={[field.name, 'documentNo']} label={t('field.documentNo')}>
                      <Input />
                    </Form.Item>
                  </Col>
                  <Col xs={12} md={5}>
                    <Form.Item name={[field.name, 'date']} label={t('field.date')}>
                      <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
                    </Form.Item>
                  </Col>
                  <Col xs={20} md={4}>
                    <Form.Item name={[field.name, 'form']} label={t('field.form')}>
                      <Input />
                    </Form.Item>
                  </Col>
                </>
              )}
            </RowList>
          </Section>

          <Section title={t('desk.sections.handling')}>
            <Form.Item name="handlingDirection" label={t('field.handlingDirection')}>
              <Radio.Group
                disabled={Boolean(refused)}
                options={[...DIRECTIONS, 'NONE' as const].map((value) => ({
                  value,
                  label: t(`direction.${value}`),
                }))}
              />
            </Form.Item>
            {direction === 'TRA_LAI_VA_HUONG_DAN' && !refused && (
              <Form.Item name="guidance" label={t('field.guidance')} rules={[required('guidance')]}>
                <Input.TextArea rows={2} />
              </Form.Item>
            )}
            {direction === 'CHUYEN_DON' && !refused && (
              <Row gutter={12}>
                <Col xs={24} md={12}>
                  <Form.Item name="transferToUnitId" label={t('field.transferToUnit')}>
                    <Select
                      allowClear
                      showSearch={{ optionFilterProp: 'label' }}
                      options={(units?.items ?? []).map((unit) => ({
                        value: unit.id!,
                        label: unit.name,
                      }))}
                    />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12}>
                  <Form.Item
                    name="transferToName"
                    label={t('field.transferToName')}
                    dependencies={['transferToUnitId']}
                    rules={[
                      ({ getFieldValue }) => ({
                        validator: (_rule, value: string | undefined) =>
                          getFieldValue('transferToUnitId') || value?.trim()
                            ? Promise.resolve()
                            : Promise.reject(new Error(t('validation.transfer'))),
                      }),
                    ]}
                  >
                    <Input />
                  </Form.Item>
                </Col>
              </Row>
            )}
          </Section>

          <Section title={t('desk.sections.other')}>
            <Form.Item name="leaderConclusion" label={t('field.leaderConclusion')}>
              <Input.TextArea rows={2} />
            </Form.Item>
            <Form.Item name="membersOpinions" label={t('field.membersOpinions')}>
              <Input.TextArea rows={2} />
            </Form.Item>
            <Form.Item name="visitorStatement" label={t('field.visitorStatement')}>
              <Input.TextArea rows={2} />
            </Form.Item>
            <Row gutter={12}>
              <Col xs={24} md={8}>
                <Form.Item name="interpreterUsed" valuePropName="checked">
                  <Checkbox>{t('field.interpreterUsed')}</Checkbox>
                </Form.Item>
              </Col>
              {interpreterUsed && (
                <Col xs={24} md={16}>
                  <Form.Item name="interpreterName" label={t('field.interpreterName')}>
                    <Input />
                  </Form.Item>
                </Col>
              )}
            </Row>
            <Form.Item name="notes" label={t('field.notes')}>
              <Input.TextArea rows={2} />
            </Form.Item>
          </Section>

          <Section title={t('desk.sections.refusal')}>
            <Form.Item name="refused" valuePropName="checked">
              <Checkbox>{t('field.refused')}</Checkbox>
            </Form.Item>
            {refused && (
              <>
                <Form.Item
                  name={['refusal', 'ground']}
                  label={t('field.ground')}
                  rules={[
                    {
                      required: true,
                      message: t('required', { field: t('field.ground').toLowerCase() }),
                    },
                  ]}
                >
                  <Radio.Group
                    style={{ display: 'flex', flexDirection: 'column', gap: 4 }}
                    options={REFUSAL_GROUNDS.map((value) => ({
                      value,
                      label: t(`ground.${value}`),
                      disabled: value === 'R3_VEXATIOUS_REPEAT' && !isLeader,
                    }))}
                  />
                </Form.Item>
                {!isLeader && <Typography.Paragraph>{t('desk.r3OnlyLeader')}</Typography.Paragraph>}
                <Form.Item
                  name={['refusal', 'explanation']}
                  label={t('field.explanation')}
                  rules={[required('explanation')]}
                >
                  <Input.TextArea rows={2} />
                </Form.Item>
                <Row gutter={12}>
                  <Col xs={24} md={8}>
                    <Form.Item name={['refusal', 'explainedToCitizen']} valuePropName="checked">
                      <Checkbox>{t('field.explainedToCitizen')}</Checkbox>
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={8}>
                    <Form.Item name={['refusal', 'minutesDrawnUp']} valuePropName="checked">
                      <Checkbox>{t('field.minutesDrawnUp')}</Checkbox>
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={8}>
                    <Form.Item name={['refusal', 'reportedTo']} label={t('field.reportedTo')}>
                      <Input />
                    </Form.Item>
                  </Col>
                </Row>
                {ground === 'R3_VEXATIOUS_REPEAT' && isLeader && (
                  <Row gutter={12}>
                    <Col xs={24} md={8}>
                      <Form.Item
                        name={['refusal', 'noticeNo']}
                        label={t('field.noticeNo')}
                        rules={[required('noticeNo')]}
                      >
                        <Input />
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={8}>
                      <Form.Item
                        name={['refusal', 'noticeDate']}
                        label={t('field.noticeDate')}
                        rules={[
                          {
                            required: true,
                            message: t('required', { field: t('field.noticeDate').toLowerCase() }),
                          },
                        ]}
                      >
                        <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={8}>
                      <Form.Item
                        name={['refusal', 'issuedByOfficialId']}
                        label={t('field.issuedBy')}
                        rules={[
                          {
                            required: true,
                            message: t('required', { field: t('field.issuedBy').toLowerCase() }),
                          },
                        ]}
                      >
                        <Select
                          showSearch={{ optionFilterProp: 'label' }}
                          options={(officials?.items ?? []).map((official) => ({
                            value: official.id!,
                            label: `${official.fullName ?? ''}${official.position ? ` – ${official.position}` : ''}`,
                          }))}
                        />
                      </Form.Item>
                    </Col>
                  </Row>
                )}
              </>
            )}
          </Section>

          {problem !== undefined && <ProblemAlert error={problem} />}
          <Flex gap={8} wrap>
            <Button
              type="primary"
              size="large"
              htmlType="submit"
              icon={<SaveOutlined aria-hidden />}
              loading={create.isPending}
            >
              {t('desk.save')}
            </Button>
          </Flex>
        </Flex>
      </Form>
    </div>
  );
}
