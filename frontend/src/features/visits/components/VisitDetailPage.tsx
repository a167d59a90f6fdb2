import {
  EyeOutlined,
  FileAddOutlined,
  FolderAddOutlined,
  LinkOutlined,
  NotificationOutlined,
  PrinterOutlined,
} from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Descriptions,
  Flex,
  Form,
  Input,
  Modal,
  Select,
  Table,
  Typography,
  type DescriptionsProps,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ProblemAlert } from '@/components/errors/ProblemAlert';
import { PurposeModal } from '@/components/dialogs/PurposeModal';
import { PageLoading } from '@/components/feedback/PageLoading';
import { Can } from '@/lib/authorization';
import { DATE_FORMAT } from '@/lib/dates';
import { formatDate, formatDateTime } from '@/lib/format';
import { useIdempotencyKey } from '@/lib/idempotency';
import { useProblemForm } from '@/lib/useProblemForm';
import { NOTICE_KINDS, type NoticeKind, type PartyView, type VisitView } from '../api/types';
import {
  useCaseLink,
  useFieldCategories,
  useOpenCaseFromVisit,
  useResultNotice,
  useRevealIdentity,
  useVisit,
} from '../api/visits';
import { ReceiptModal } from './Receipt';
import { ClassificationTag, FirstTimeTag, MaskedTag, NoticeDue } from './Tags';
import './visits.css';

type Item = NonNullable<DescriptionsProps['items']>[number];

function Group({ title, items }: { title: string; items: (Item | false | undefined)[] }) {
  const shown = items.filter((item): item is Item => Boolean(item));
  if (shown.length === 0) return null;
  return (
    <Card size="small" title={<h2 className="card-title">{title}</h2>}>
      <Descriptions column={{ xs: 1, md: 2 }} size="small" bordered items={shown} />
    </Card>
  );
}

const item = (key: string, label: string, children: ReactNode): Item | false =>
  children === undefined || children === null || children === '' || children === false
    ? false
    : { key, label, children };

function PartiesTable({ parties }: { parties: PartyView[] }) {
  const { t } = useTranslation('visits');
  return (
    <Table<PartyView>
      size="small"
      rowKey={(party) => party.id ?? `${party.role}-${party.fullName}`}
      pagination={false}
      dataSource={parties}
      scroll={{ x: 800 }}
      columns={[
        { title: t('field.fullName'), dataIndex: 'fullName' },
        {
          title: t('field.idNumber'),
          key: 'id',
          render: (_v, party) =>
            party.idNumber
              ? `${t(`idDocType.${party.idDocType ?? 'OTHER'}`)} ${party.idNumber}`
              : '',
        },
        { title: t('field.birthYear'), dataIndex: 'birthYear' },
        { title: t('field.address'), dataIndex: 'addressAsWritten' },
        { title: t('field.phone'), dataIndex: 'phone' },
        { title: t('field.position'), dataIndex: 'position' },
      ]}
    />
  );
}

/** /visits/:id: every field grouped like the desk form, with the actions the API allows. */
export function VisitDetailPage() {
  const { id } = useParams();
  const { data: visit, error, isPending } = useVisit(id);
  if (error) return <ProblemAlert error={error} />;
  if (isPending || !visit) return <PageLoading />;
  return <VisitDetail visit={visit} />;
}

function VisitDetail({ visit }: { visit: VisitView }) {
  const { t } = useTranslation('visits');
  const [dialog, setDialog] = useState<'notice' | 'case' | 'reveal' | 'receipt' | 'open-case'>();
  const [revealed, setRevealed] = useState<PartyView[]>();
  const navigate = useNavigate();
  const { data: categories } = useFieldCategories();
  const fieldLabel = (code: string | undefined) =>
    code === undefined ? undefined : (categories?.find((c) => c.code === code)?.label ?? code);
  const allowed = new Set(visit.allowedActions ?? []);
  const yesNo = (value: boolean | undefined) =>
    value === undefined ? undefined : t(value ? 'detail.yes' : 'detail.no');
  const refusal = visit.refusal;

  return (
    <Flex vertical gap={16}>
      <Link to="/visits">{t('detail.back')}</Link>
      <Typography.Title level={1} className="page-title">
        {t('detail.title', { bookNo: visit.bookNo ?? '' })}
      </Typography.Title>
      <Flex gap={8} wrap>
        {allowed.has('RESULT_NOTICE') && (
          <Button icon={<NotificationOutlined aria-hidden />} onClick={() => setDialog('notice')}>
            {t('detail.recordNotice')}
          </Button>
        )}
        {allowed.has('CASE_LINK') && (
          <Button icon={<LinkOutlined aria-hidden />} onClick={() => setDialog('case')}>
            {t('detail.linkCase')}
          </Button>
        )}
        {allowed.has('REVEAL_IDENTITY') && (
          <Button danger icon={<EyeOutlined aria-hidden />} onClick={() => setDialog('reveal')}>
            {t('detail.revealIdentity')}
          </Button>
        )}
        {visit.handlingDirection === 'THU_LY' && visit.status !== 'REFUSED' && (
          <Can roles={['reception_officer', 'unit_leader', 'petition_handler']}>
            <Button
              icon={<FileAddOutlined aria-hidden />}
              onClick={() => void navigate(`/petitions/new?visitId=${visit.id}`)}
            >
              {t('detail.createPetition')}
            </Button>
          </Can>
        )}
        {visit.handlingDirection === 'THU_LY' && visit.status !== 'REFUSED' && !visit.caseId && (
          <Can roles={['unit_leader', 'petition_handler']}>
            <Button icon={<FolderAddOutlined aria-hidden />} onClick={() => setDialog('open-case')}>
              {t('detail.openCase')}
            </Button>
          </Can>
        )}
        <Button icon={<PrinterOutlined aria-hidden />} onClick={() => setDialog('receipt')}>
          {t('desk.printReceipt')}
        </Button>
      </Flex>

      <Group
        title={t('desk.sections.session')}
        items={[
          item('bookNo', t('field.bookNo'), visit.bookNo),
          item('unit', t('field.unit'), visit.orgUnit?.name),
          item('receivedAt', t('field.receivedAt'), formatDateTime(visit.receivedAt)),
          item('status', t('field.status'), visit.status && t(`status.${visit.status}`)),
          item('presiding', t('field.presidingOfficial'), visit.presidingOfficial?.fullName),
          item('receiving', t('field.receivingOfficial'), visit.receivingOfficial?.fullName),
          item(
            'firstTime',
            t('field.firstTime'),
            visit.firstTime !== undefined && <FirstTimeTag firstTime={visit.firstTime} />,
          ),
          item('receiptNo', t('field.receiptNo'), visit.receiptNo),
        ]}
      />

      <Card size="small" title={<h2 className="card-title">{t('desk.sections.visitor')}</h2>}>
        <Flex vertical gap={8}>
          <div>
            {t(`partyKind.${visit.partyKind ?? 'PERSON'}`)}
            {visit.partyKind === 'GROUP' && ` – ${t('group', { n: visit.headcount ?? 0 })}`}
          </div>
          {visit.partiesMasked || visit.confidential ? (
            <>
              <div>
                <MaskedTag /> {t('detail.partiesMasked')}
              </div>
              {revealed && (
                <Alert
                  type="warning"
                  showIcon
                  title={t('detail.revealed')}
                  description={<PartiesTable parties={revealed} />}
                />
              )}
            </>
          ) : (
            <PartiesTable parties={visit.parties ?? []} />
          )}
        </Flex>
      </Card>

      <Group
        title={t('desk.sections.content')}
        items={[
          item(
            'classification',
            t('field.classification'),
            visit.classification && <ClassificationTag value={visit.classification} />,
          ),
          item(
            'mixedKinds',
            t('field.mixedKinds'),
            visit.mixedKinds?.length
              ? visit.mixedKinds.map((kind) => t(`classification.${kind}`)).join(', ')
              : undefined,
          ),
          item('fieldCode', t('field.fieldCode'), fieldLabel(visit.fieldCode)),
          item('contentSummary', t('field.contentSummary'), visit.contentSummary),
          item('visitorRequest', t('field.visitorRequest'), visit.visitorRequest),
          item('withPetition', t('field.withPetition'), yesNo(visit.withPetition)),
          item(
            'statement',
            t('field.statementConfirmation'),
            visit.statementConfirmation &&
              t(`statementConfirmation.${visit.statementConfirmation}`),
          ),
        ]}
      />

      {(visit.documents?.length ?? 0) > 0 && (
        <Card size="small" title={<h2 className="card-title">{t('desk.sections.documents')}</h2>}>
          <ol>
            {visit.documents!.map((doc, index) => (
              <li key={`${index}-${doc.title}`}>
                {doc.title}
                {doc.copyKind ? ` (${t(`copyKind.${doc.copyKind}`)})` : ''}
                {doc.pages ? ` – ${t('receipt.pages', { n: doc.pages })}` : ''}
              </li>
            ))}
          </ol>
        </Card>
      )}

      {(visit.previouslyHandled?.length ?? 0) > 0 && (
        <Card size="small" title={<h2 className="card-title">{t('desk.sections.previous')}</h2>}>
          <ul className="plain-list">
            {visit.previouslyHandled!.map((entry, index) => (
              <li key={`${index}-${entry.agency}`}>
                {[entry.agency, entry.documentNo, formatDate(entry.date), entry.form]
                  .filter(Boolean)
                  .join(' · ')}
              </li>
            ))}
          </ul>
        </Card>
      )}

      <Group
        title={t('desk.sections.handling')}
        items={[
          item(
            'direction',
            t('field.handlingDirection'),
            visit.status === 'REFUSED'
              ? t('status.REFUSED')
              : t(`direction.${visit.handlingDirection ?? 'NONE'}`),
          ),
          item('guidance', t('field.guidance'), visit.guidance),
          item('transferTo', t('detail.transferTo'), visit.transferTo?.name),
          item('due', t('field.noticeDue'), visit.resultNoticeDue && <NoticeDue visit={visit} />),
          item(
            'noticeSent',
            t('field.noticeSentAt'),
            visit.resultNoticeSentAt &&
              `${formatDate(visit.resultNoticeSentAt)}${visit.resultNoticeKind ? ` – ${t(`noticeKind.${visit.resultNoticeKind}`)}` : ''}`,
          ),
          item('caseId', t('field.caseId'), visit.caseId),
        ]}
      />

      <Group
        title={t('desk.sections.other')}
        items={[
          item('leaderConclusion', t('field.leaderConclusion'), visit.leaderConclusion),
          item('membersOpinions', t('field.membersOpinions'), visit.membersOpinions),
          item('visitorStatement', t('field.visitorStatement'), visit.visitorStatement),
          item(
            'interpreter',
            t('detail.interpreter'),
            visit.interpreterUsed ? visit.interpreterName || t('detail.yes') : undefined,
          ),
          item('notes', t('field.notes'), visit.notes),
          item('createdBy', t('field.createdBy'), visit.createdBy),
        ]}
      />

      {refusal && (
        <Group
          title={t('detail.refusal')}
          items={[
            item('ground', t('field.ground'), t(`ground.${refusal.ground}`)),
            item('explanation', t('field.explanation'), refusal.explanation),
            item('explained', t('field.explainedToCitizen'), yesNo(refusal.explainedToCitizen)),
            item('minutes', t('field.minutesDrawnUp'), yesNo(refusal.minutesDrawnUp)),
            item('reportedTo', t('field.reportedTo'), refusal.reportedTo),
            item('noticeNo', t('field.noticeNo'), refusal.noticeNo),
            item('noticeDate', t('field.noticeDate'), formatDate(refusal.noticeDate)),
          ]}
        />
      )}

      {dialog === 'notice' && <NoticeModal visit={visit} onClose={() => setDialog(undefined)} />}
      {dialog === 'case' && <CaseLinkModal visit={visit} onClose={() => setDialog(undefined)} />}
      {dialog === 'open-case' && (
        <OpenCaseModal visit={visit} onClose={() => setDialog(undefined)} />
      )}
      {dialog === 'reveal' && (
        <RevealModal
          visit={visit}
          onClose={() => setDialog(undefined)}
          onRevealed={(parties) => {
            setRevealed(parties);
            setDialog(undefined);
          }}
        />
      )}
      {dialog === 'receipt' && (
        <ReceiptModal
          onClose={() => setDialog(undefined)}
          data={{
            unitName: visit.orgUnit?.name,
            bookNo: visit.bookNo,
            receivedAt: visit.receivedAt,
            // The API's (masked) name: a reprint never reveals a denouncer.
            visitorName: visit.displayName,
            documents: visit.documents ?? [],
            receiptNo: visit.receiptNo,
            resultNoticeDue: visit.resultNoticeDue,
          }}
        />
      )}
    </Flex>
  );
}

function NoticeModal({ visit, onClose }: { visit: VisitView; onClose: () => void }) {
  const { t } = useTranslation('visits');
  const { message } = App.useApp();
  const [form] = Form.useForm<{ kind: NoticeKind; sentAt: Dayjs }>();
  const save = useResultNotice();
  const keyFor = useIdempotencyKey();
  const { problem, onError } = useProblemForm(form, ['kind', 'sentAt']);
  return (
    <Modal
      open
      title={t('detail.recordNotice')}
      okText={t('detail.save')}
      cancelText={t('detail.cancel')}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ sentAt: dayjs() }}
        onFinish={(values) => {
          const body = {
            version: visit.version ?? 0,
            kind: values.kind,
            sentAt: values.sentAt.toISOString(),
          };
          save.mutate(
            { id: visit.id, body, key: keyFor(body) },
            {
              onSuccess: () => {
                void message.success(t('detail.noticeSaved'));
                onClose();
              },
              onError,
            },
          );
        }}
      >
        <Form.Item
          name="kind"
          label={t('field.noticeKind')}
          rules={[
            {
              required: true,
              message: t('required', { field: t('field.noticeKind').toLowerCase() }),
            },
          ]}
        >
          <Select
            options={NOTICE_KINDS.map((value) => ({ value, label: t(`noticeKind.${value}`) }))}
          />
        </Form.Item>
        <Form.Item
          name="sentAt"
          label={t('field.sentAt')}
          rules={[
            { required: true, message: t('required', { field: t('field.sentAt').toLowerCase() }) },
          ]}
        >
          <DatePicker format={DATE_FORMAT} />
        </Form.Item>
      </Form>
      {problem !== undefined && <ProblemAlert error={problem} />}
    </Modal>
  );
}

function CaseLinkModal({ visit, onClose }: { visit: VisitView; onClose: () => void }) {
  const { t } = useTranslation('visits');
  const { message } = App.useApp();
  const [form] = Form.useForm<{ caseId: string }>();
  const link = useCaseLink();
  const keyFor = useIdempotencyKey();
  const { problem, onError } = useProblemForm(form, ['caseId']);
  return (
    <Modal
      open
      title={t('detail.linkCase')}
      okText={t('detail.save')}
      cancelText={t('detail.cancel')}
      confirmLoading={link.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={(values) => {
          const body = { version: visit.version ?? 0, caseId: values.caseId.trim() };
          link.mutate(
            { id: visit.id, body, key: keyFor(body) },
            {
              onSuccess: () => {
                void message.success(t('detail.caseLinked'));
                onClose();
              },
              onError,
            },
          );
        }}
      >
        <Form.Item
          name="caseId"
          label={t('field.caseId')}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t('required', { field: t('field.caseId').toLowerCase() }),
            },
          ]}
        >
          <Input autoFocus />
        </Form.Item>
      </Form>
      {problem !== undefined && <ProblemAlert error={problem} />}
    </Modal>
  );
}

/** Opens a case from this THU_LY visit (no petition needed) and goes to it. */
function OpenCaseModal({ visit, onClose }: { visit: VisitView; onClose: () => void }) {
  const { t } = useTranslation('visits');
  const { message } = App.useApp();
  const navigate = useNavigate();
  const open = useOpenCaseFromVisit();
  const keyFor = useIdempotencyKey();
  return (
    <Modal
      open
      title={t('detail.openCase')}
      okText={t('detail.openCaseConfirm')}
      cancelText={t('detail.cancel')}
      confirmLoading={open.isPending}
      onOk={() =>
        open.mutate(
          { visitId: visit.id, key: keyFor({ visitId: visit.id }) },
          {
            onSuccess: (opened) => {
              void message.success(t('detail.caseOpened', { caseNo: opened.caseNo ?? '' }));
              void navigate(`/cases/${opened.id}`);
            },
          },
        )
      }
      onCancel={onClose}
    >
      <p>{t('detail.openCaseText', { bookNo: visit.bookNo ?? '' })}</p>
      {open.error && <ProblemAlert error={open.error} />}
    </Modal>
  );
}

function RevealModal({
  visit,
  onClose,
  onRevealed,
}: {
  visit: VisitView;
  onClose: () => void;
  onRevealed: (parties: PartyView[]) => void;
}) {
  const { t } = useTranslation('visits');
  const reveal = useRevealIdentity();
  const keyFor = useIdempotencyKey();
  return (
    <PurposeModal
      text={{
        title: t('detail.revealIdentity'),
        ok: t('detail.reveal'),
        cancel: t('detail.cancel'),
        warning: t('detail.revealWarning'),
        label: t('field.purpose'),
        rule: t('validation.purpose'),
      }}
      pending={reveal.isPending}
      onCancel={onClose}
      onSubmit={(purpose, onError) =>
        reveal.mutate(
          { id: visit.id, purpose, key: keyFor({ purpose }) },
          { onSuccess: onRevealed, onError },
        )
      }
    />
  );
}
