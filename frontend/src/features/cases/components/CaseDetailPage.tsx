import {
  DownloadOutlined,
  EyeOutlined,
  SendOutlined,
  TeamOutlined,
  UploadOutlined,
} from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Descriptions,
  Empty,
  Flex,
  Row,
  Table,
  Timeline,
  Typography,
  type DescriptionsProps,
} from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { DeadlineBadge } from '@/components/deadlines/DeadlineBadge';
import { ProblemAlert } from '@/components/errors/ProblemAlert';
import { PageLoading } from '@/components/feedback/PageLoading';
import { formatDate, formatDateTime } from '@/lib/format';
import { downloadDocument, useCase, useDocuments, useTimeline } from '../api/cases';
import type {
  CaseAssignment,
  CaseDecision,
  CaseDocument,
  CaseTransfer,
  CaseView,
  RevealedPerson,
} from '../api/types';
import { isSpecialAction, PRIMARY_ACTIONS, REMEDY_FIELDS } from '../utils/action-fields';
import {
  AssignModal,
  CaseActionModal,
  RevealedPeople,
  RevealModal,
  TransferModal,
  UploadModal,
} from './CaseDialogs';
import { CaseStatusTag, CaseTypeTag, ConfidentialTag } from './Tags';

type Item = NonNullable<DescriptionsProps['items']>[number];
const item = (key: string, label: string, children: ReactNode): Item | false =>
  children === undefined || children === null || children === '' || children === false
    ? false
    : { key, label, children };

/** /cases/:id: the case with its deadlines, timeline, decisions and the actions allowed now. */
export function CaseDetailPage() {
  const { id } = useParams();
  const { data, error, isPending } = useCase(id);
  if (error) return <ProblemAlert error={error} />;
  if (isPending || !data) return <PageLoading />;
  return <CaseDetail view={data} />;
}

function CaseDetail({ view }: { view: CaseView }) {
  const { t } = useTranslation('cases');
  const [dialog, setDialog] = useState<string>();
  const [revealed, setRevealed] = useState<RevealedPerson[]>();
  const allowed = view.allowedActions ?? [];
  const stateActions = allowed.filter((action) => !isSpecialAction(action));
  const close = () => setDialog(undefined);

  return (
    <Flex vertical gap={16}>
      <Link to="/cases">{t('detail.back')}</Link>
      <Flex align="center" gap={12} wrap>
        <Typography.Title level={1} className="page-title">
          {t('detail.title', { caseNo: view.caseNo ?? '' })}
        </Typography.Title>
        <CaseTypeTag type={view.type} />
        <CaseStatusTag status={view.status} />
        {view.confidential && <ConfidentialTag />}
      </Flex>
      <Typography.Text strong>{view.title}</Typography.Text>

      {allowed.length > 0 && (
        <Flex gap={8} wrap role="group" aria-label={t('detail.actions')}>
          {stateActions.map((action) => (
            <Button
              key={action}
              type={PRIMARY_ACTIONS.has(action) ? 'primary' : 'default'}
              onClick={() => setDialog(action)}
            >
              {t(`action.${action}`)}
            </Button>
          ))}
          {allowed.includes('assign') && (
            <Button icon={<TeamOutlined aria-hidden />} onClick={() => setDialog('assign')}>
              {t('action.assign')}
            </Button>
          )}
          {allowed.includes('transfer') && (
            <Button icon={<SendOutlined aria-hidden />} onClick={() => setDialog('transfer')}>
              {t('action.transfer')}
            </Button>
          )}
          {allowed.includes('upload-document') && (
            <Button
              icon={<UploadOutlined aria-hidden />}
              onClick={() => setDialog('upload-document')}
            >
              {t('action.upload-document')}
            </Button>
          )}
          {allowed.includes('reveal-identity') && (
            <Button
              danger
              icon={<EyeOutlined aria-hidden />}
              onClick={() => setDialog('reveal-identity')}
            >
              {t('action.reveal-identity')}
            </Button>
          )}
        </Flex>
      )}
      {view.writable === false && <Alert type="info" showIcon title={t('detail.readOnly')} />}

      {revealed && (
        <Alert
          type="warning"
          showIcon
          title={t('detail.revealed')}
          description={<RevealedPeople people={revealed} />}
        />
      )}

      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Flex vertical gap={16}>
            <Card size="small" title={<h2 className="card-title">{t('detail.general')}</h2>}>
              <Descriptions
                column={{ xs: 1, md: 2 }}
                size="small"
                bordered
                items={[
                  item('unit', t('field.unit'), view.unit?.name),
                  item('receivedOn', t('field.receivedOn'), formatDate(view.receivedOn)),
                  item('handler', t('field.handler'), view.handler?.name ?? view.handler?.username),
                  item('instance', t('field.instance'), view.instance),
                  item(
                    'petitionNo',
                    t('field.petitionNo'),
                    view.petitionId ? (
                      <Link to={`/petitions/${view.petitionId}`}>
                        {view.petitionNo ?? view.petitionId}
                      </Link>
                    ) : undefined,
                  ),
                  item(
                    'visitBookNo',
                    t('field.visitBookNo'),
                    view.visitId ? (
                      <Link to={`/visits/${view.visitId}`}>{view.visitBookNo ?? view.visitId}</Link>
                    ) : undefined,
                  ),
                  item(
                    'party',
                    t('field.party'),
                    view.partyMasked || view.confidential ? <ConfidentialTag /> : undefined,
                  ),
                  item('respondent', t('field.respondent'), view.respondent),
                  item(
                    'complaintSubject',
                    t('field.complaintSubject'),
                    view.complaintSubject && t(`code.complaintSubject.${view.complaintSubject}`),
                  ),
                  item(
                    'complex',
                    t('field.complexity'),
                    view.veryComplex
                      ? t('detail.veryComplex')
                      : view.complex
                        ? t('detail.complex')
                        : undefined,
                  ),
                  item('remoteArea', t('field.remoteArea'), view.remoteArea && t('detail.yes')),
                  item('acceptedOn', t('field.acceptedOn'), formatDate(view.acceptedOn)),
                  item('decidedOn', t('field.decidedOn'), formatDate(view.decidedOn)),
                  item(
                    'result',
                    t('field.result'),
                    view.result && t(`code.result.${view.result}`, { defaultValue: view.result }),
                  ),
                  item('summary', t('field.summary'), view.summary),
                ].filter((entry): entry is Item => Boolean(entry))}
              />
            </Card>
            <DecisionsCard decisions={view.decisions ?? []} />
            <AssignmentsCard assignments={view.assignments ?? []} />
            <TransfersCard transfers={view.transfers ?? []} />
            <DocumentsCard view={view} />
          </Flex>
        </Col>
        <Col xs={24} xl={10}>
          <Flex vertical gap={16}>
            <DeadlinesCard view={view} />
            <TimelineCard id={view.id} />
          </Flex>
        </Col>
      </Row>

      {dialog === 'assign' && <AssignModal view={view} onClose={close} />}
      {dialog === 'transfer' && <TransferModal view={view} onClose={close} />}
      {dialog === 'upload-document' && <UploadModal view={view} onClose={close} />}
      {dialog === 'reveal-identity' && (
        <RevealModal
          view={view}
          onClose={close}
          onRevealed={(people) => {
            setRevealed(people);
            close();
          }}
        />
      )}
      {dialog && !isSpecialAction(dialog) && (
        <CaseActionModal view={view} action={dialog} onClose={close} />
      )}
    </Flex>
  );
}

function DeadlinesCard({ view }: { view: CaseView }) {
  const { t } = useTranslation('cases');
  const deadlines = view.deadlines ?? [];
  return (
    <Card size="small" title={<h2 className="card-title">{t('detail.deadlines')}</h2>}>
      {deadlines.length === 0 ? (
        <Typography.Text type="secondary">{t('detail.noDeadlines')}</Typography.Text>
      ) : (
        <ul className="plain-list case-deadline-list">
          {deadlines.map((deadline, index) => (
            <li key={deadline.id ?? index}>
              <Flex vertical gap={2}>
                <Flex gap={8} wrap align="center">
                  <Typography.Text strong>
                    {t(`deadlineKind.${deadline.kind}`, { defaultValue: deadline.kind })}
                  </Typography.Text>
                  <Typography.Text code>{deadline.due?.rule ?? deadline.rule}</Typography.Text>
                  <Typography.Text type="secondary">
                    {t(`deadlineStatus.${deadline.status}`, { defaultValue: deadline.status })}
                  </Typography.Text>
                </Flex>
                <Flex gap={8} wrap align="center">
                  <DeadlineBadge
                    badge={deadline.badge}
                    dueOn={deadline.dueOn ?? deadline.due?.dueOn}
                    daysLeft={deadline.status === 'ACTIVE' ? deadline.daysLeft : undefined}
                    overdue={deadline.status === 'ACTIVE' && (deadline.daysLeft ?? 0) < 0}
                    paused={deadline.status === 'PAUSED'}
                    metOn={deadline.metOn}
                    onTime={deadline.onTime}
                    rule={deadline.rule}
                    due={deadline.due}
                  />
                  <span>
                    {t('detail.dueOn')}: {formatDate(deadline.dueOn ?? deadline.due?.dueOn)}
                  </span>
                  {deadline.metOn && (
                    <span>
                      {t('detail.metOn')}: {formatDate(deadline.metOn)}
                    </span>
                  )}
                </Flex>
                {deadline.due?.legalBasis && (
                  <Typography.Text type="secondary">{deadline.due.legalBasis}</Typography.Text>
                )}
              </Flex>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

function TimelineCard({ id }: { id: string }) {
  const { t } = useTranslation('cases');
  const { data, error, isPending } = useTimeline(id);
  return (
    <Card size="small" title={<h2 className="card-title">{t('detail.timeline')}</h2>}>
      {error && <ProblemAlert error={error} />}
      {isPending ? (
        <PageLoading />
      ) : (data?.length ?? 0) === 0 ? (
        <Empty description={t('detail.noEvents')} />
      ) : (
        <Timeline
          items={data!.map((event, index) => ({
            key: event.seq ?? index,
            content: (
              <Flex vertical gap={2} className="case-event">
                <Typography.Text strong>
                  {t(`event.${event.action}`, { defaultValue: event.action })}
                  {event.to && event.to !== event.from ? ` → ${t(`status.${event.to}`)}` : ''}
                </Typography.Text>
                <Typography.Text type="secondary">
                  {formatDateTime(event.at)}
                  {event.actorName ? ` · ${event.actorName}` : ''}
                  {event.unit?.name ? ` · ${event.unit.name}` : ''}
                </Typography.Text>
                {event.note && <span>{event.note}</span>}
              </Flex>
            ),
          }))}
        />
      )}
    </Card>
  );
}

function DecisionsCard({ decisions }: { decisions: CaseDecision[] }) {
  const { t } = useTranslation('cases');
  if (decisions.length === 0) return null;
  return (
    <Card size="small" title={<h2 className="card-title">{t('detail.decisions')}</h2>}>
      <Table<CaseDecision>
        size="small"
        pagination={false}
        rowKey={(decision) => decision.id ?? `${decision.kind}-${decision.signedOn}`}
        dataSource={decisions}
        columns={[
          {
            title: t('field.kind'),
            dataIndex: 'kind',
            render: (value: string) => t(`decisionKind.${value}`, { defaultValue: value }),
          },
          { title: t('field.docNo'), dataIndex: 'docNo' },
          {
            title: t('field.signedOn'),
            dataIndex: 'signedOn',
            render: (value: string) => formatDate(value),
          },
          { title: t('field.signerName'), dataIndex: 'signerName' },
          {
            title: t('field.result'),
            key: 'result',
            render: (_v, decision) =>
              [
                decision.result &&
                  t(`code.result.${decision.result}`, { defaultValue: decision.result }),
                decision.ground &&
                  t(`code.ground.${decision.ground}`, { defaultValue: decision.ground }),
                decision.scope && t(`code.scope.${decision.scope}`),
                decision.onTime === false ? t('detail.late') : undefined,
              ]
                .filter(Boolean)
                .join(' · '),
          },
          {
            title: t('field.content'),
            key: 'content',
            render: (_v, decision) => {
              const remedies = decision.remedies ?? {};
              const figures = REMEDY_FIELDS.filter(
                (name) => typeof remedies[name] === 'number' && remedies[name] !== 0,
              ).map((name) => `${t(`field.${name}`)}: ${String(remedies[name])}`);
              return [decision.content, ...figures].filter(Boolean).join(' · ');
            },
          },
        ]}
      />
    </Card>
  );
}

function AssignmentsCard({ assignments }: { assignments: CaseAssignment[] }) {
  const { t } = useTranslation('cases');
  if (assignments.length === 0) return null;
  return (
    <Card size="small" title={<h2 className="card-title">{t('detail.assignments')}</h2>}>
      <Table<CaseAssignment>
        size="small"
        pagination={false}
        rowKey={(row) => row.id ?? `${row.username}-${row.fromAt}`}
        dataSource={assignments}
        columns={[
          {
            title: t('field.role'),
            dataIndex: 'role',
            render: (value: string) => t(`code.assignmentRole.${value}`, { defaultValue: value }),
          },
          {
            title: t('field.username'),
            key: 'who',
            render: (_v, row) => row.displayName ?? row.username,
          },
          {
            title: t('field.period'),
            key: 'period',
            render: (_v, row) =>
              `${formatDate(row.fromAt)} – ${row.toAt ? formatDate(row.toAt) : t('detail.current')}`,
          },
          { title: t('field.reason'), dataIndex: 'reason' },
        ]}
      />
    </Card>
  );
}

function TransfersCard({ transfers }: { transfers: CaseTransfer[] }) {
  const { t } = useTranslation('cases');
  if (transfers.length === 0) return null;
  return (
    <Card size="small" title={<h2 className="card-title">{t('detail.transfers')}</h2>}>
      <Table<CaseTransfer>
        size="small"
        pagination={false}
        rowKey={(row) => row.id ?? `${row.slipNo}`}
        dataSource={transfers}
        columns={[
          {
            title: t('field.transferredAt'),
            dataIndex: 'transferredAt',
            render: (value: string) => formatDate(value),
          },
          { title: t('field.fromUnit'), key: 'from', render: (_v, row) => row.fromUnit?.name },
          {
            title: t('field.toUnitId'),
            key: 'to',
            render: (_v, row) => row.toUnit?.name ?? row.externalBody,
          },
          { title: t('field.slipNo'), dataIndex: 'slipNo' },
          { title: t('field.reason'), dataIndex: 'reason' },
        ]}
      />
    </Card>
  );
}

function DocumentsCard({ view }: { view: CaseView }) {
  const { t } = useTranslation('cases');
  const { message } = App.useApp();
  const { data, error } = useDocuments(view.id);
  const [failure, setFailure] = useState<unknown>();
  return (
    <Card size="small" title={<h2 className="card-title">{t('detail.documents')}</h2>}>
      {error && <ProblemAlert error={error} />}
      {failure !== undefined && <ProblemAlert error={failure} />}
      <Table<CaseDocument>
        size="small"
        pagination={false}
        rowKey={(row) => row.id ?? `${row.fileName}`}
        dataSource={data ?? []}
        locale={{ emptyText: t('detail.noDocuments') }}
        columns={[
          {
            title: t('field.docType'),
            dataIndex: 'docType',
            render: (value: string) => t(`code.docType.${value}`, { defaultValue: value }),
          },
          { title: t('field.title'), dataIndex: 'title' },
          { title: t('field.docNo'), dataIndex: 'docNo' },
          {
            title: t('field.signedOn'),
            dataIndex: 'signedOn',
            render: (value: string) => formatDate(value),
          },
          {
            title: t('field.securityLevel'),
            dataIndex: 'securityLevel',
            render: (value: string) =>
              value ? t(`code.securityLevel.${value}`, { defaultValue: value }) : '',
          },
          {
            title: t('detail.download'),
            key: 'download',
            render: (_v, row) => (
              <Button
                size="small"
                icon={<DownloadOutlined aria-hidden />}
                aria-label={`${t('detail.download')} ${row.title ?? ''}`}
                onClick={() => {
                  setFailure(undefined);
                  let purpose: string | undefined;
                  if (row.securityLevel === 'MAT') {
                    purpose = window.prompt(t('detail.downloadPurpose')) ?? undefined;
                    if (!purpose) return;
                  }
                  downloadDocument(view.id, row, purpose).then(
                    () => void message.success(t('detail.downloaded')),
                    setFailure,
                  );
                }}
              />
            ),
          },
        ]}
      />
    </Card>
  );
}
