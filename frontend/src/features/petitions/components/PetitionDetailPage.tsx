import { DeleteOutlined, EyeOutlined, FormOutlined, TagsOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Descriptions,
  Flex,
  Table,
  Typography,
  type DescriptionsProps,
} from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { DerivationSteps } from '@/components/deadlines/DeadlineBadge';
import { ProblemAlert } from '@/components/errors/ProblemAlert';
import { PageLoading } from '@/components/feedback/PageLoading';
import { formatDate, formatDateTime } from '@/lib/format';
import { useFieldCategories, usePetition } from '../api/petitions';
import type { Petitioner, PetitionView } from '../api/types';
import { ClassifyModal, DecideModal, DestroyModal, RevealModal } from './PetitionDialogs';
import { ClassificationTag, MaskedTag, ProcessDue, StatusTag } from './Tags';

type Item = NonNullable<DescriptionsProps['items']>[number];
const item = (key: string, label: string, children: ReactNode): Item | false =>
  children === undefined || children === null || children === '' || children === false
    ? false
    : { key, label, children };

function Group({ title, items }: { title: string; items: (Item | false)[] }) {
  const shown = items.filter((entry): entry is Item => Boolean(entry));
  if (shown.length === 0) return null;
  return (
    <Card size="small" title={<h2 className="card-title">{title}</h2>}>
      <Descriptions column={{ xs: 1, md: 2 }} size="small" bordered items={shown} />
    </Card>
  );
}

/** allowedActions may come as "REVEAL_IDENTITY" or "reveal-identity": one spelling here. */
export const actionName = (action: string) => action.toLowerCase().replace(/_/g, '-');

function PeopleTable({ people }: { people: Petitioner[] }) {
  const { t } = useTranslation('petitions');
  return (
    <Table<Petitioner>
      size="small"
      pagination={false}
      rowKey={(person) => `${person.fullName}-${person.idNumber}`}
      dataSource={people}
      columns={[
        {
          title: t('field.role'),
          dataIndex: 'role',
          render: (value: string) => (value ? t(`role.${value}`) : ''),
        },
        { title: t('field.fullName'), dataIndex: 'fullName' },
        {
          title: t('field.idNumber'),
          key: 'id',
          render: (_v, person) =>
            person.idNumber
              ? `${t(`idDocType.${person.idDocType ?? 'OTHER'}`)} ${person.idNumber}`
              : '',
        },
        { title: t('field.address'), dataIndex: 'address' },
        { title: t('field.phone'), dataIndex: 'phone' },
      ]}
    />
  );
}

/** /petitions/:id: the petition with its process deadline and the actions allowed now. */
export function PetitionDetailPage() {
  const { id } = useParams();
  const { data, error, isPending } = usePetition(id);
  if (error) return <ProblemAlert error={error} />;
  if (isPending || !data) return <PageLoading />;
  return <PetitionDetail petition={data} />;
}

function PetitionDetail({ petition }: { petition: PetitionView }) {
  const { t } = useTranslation('petitions');
  const [dialog, setDialog] = useState<'classify' | 'decide' | 'destroy' | 'reveal'>();
  const [revealed, setRevealed] = useState<Petitioner[]>();
  const { data: categories } = useFieldCategories();
  const allowed = new Set((petition.allowedActions ?? []).map(actionName));
  const masked = Boolean(petition.partyMasked || petition.confidential);
  const fieldLabel = (code?: string) =>
    code ? (categories?.find((category) => category.code === code)?.label ?? code) : undefined;
  const yesNo = (value?: boolean) =>
    value === undefined ? undefined : t(value ? 'detail.yes' : 'detail.no');
  const close = () => setDialog(undefined);

  return (
    <Flex vertical gap={16}>
      <Link to="/petitions">{t('detail.back')}</Link>
      <Flex align="center" gap={12} wrap>
        <Typography.Title level={1} className="page-title">
          {t('detail.title', { petitionNo: petition.petitionNo ?? '' })}
        </Typography.Title>
        <StatusTag value={petition.status} />
        <ClassificationTag value={petition.classification} />
        {masked && <MaskedTag />}
      </Flex>
      <Flex gap={8} wrap role="group" aria-label={t('detail.actions')}>
        {allowed.has('classify') && (
          <Button icon={<TagsOutlined aria-hidden />} onClick={() => setDialog('classify')}>
            {t('action.classify')}
          </Button>
        )}
        {allowed.has('decide') && (
          <Button
            type="primary"
            icon={<FormOutlined aria-hidden />}
            onClick={() => setDialog('decide')}
          >
            {t('action.decide')}
          </Button>
        )}
        {allowed.has('destroy') && (
          <Button danger icon={<DeleteOutlined aria-hidden />} onClick={() => setDialog('destroy')}>
            {t('action.destroy')}
          </Button>
        )}
        {allowed.has('reveal-identity') && (
          <Button danger icon={<EyeOutlined aria-hidden />} onClick={() => setDialog('reveal')}>
            {t('action.reveal-identity')}
          </Button>
        )}
        {petition.caseId && (
          <Link to={`/cases/${petition.caseId}`}>
            {t('detail.openCase', { caseNo: petition.caseNo ?? '' })}
          </Link>
        )}
      </Flex>

      {(petition.processableIssues?.length ?? 0) > 0 && (
        <Alert
          type="warning"
          showIcon
          title={t('detail.processableIssues')}
          description={
            <ul className="plain-list">
              {petition.processableIssues!.map((issue) => (
                <li key={issue}>{t(`issue.${issue}`, { defaultValue: issue })}</li>
              ))}
            </ul>
          }
        />
      )}

      <Group
        title={t('form.sections.receipt')}
        items={[
          item('unit', t('field.unit'), petition.unit?.name),
          item('receivedOn', t('field.receivedOn'), formatDate(petition.receivedOn)),
          item('source', t('field.source'), petition.source && t(`source.${petition.source}`)),
          item('senderBody', t('field.senderBody'), petition.senderBody),
          item(
            'senderDoc',
            t('field.senderDocNo'),
            [petition.senderDocNo, formatDate(petition.senderDocDate)].filter(Boolean).join(' – '),
          ),
          item('writtenDate', t('field.writtenDate'), formatDate(petition.writtenDate)),
          item(
            'visit',
            t('field.visit'),
            petition.visitId && (
              <Link to={`/visits/${petition.visitId}`}>{t('detail.visitLink')}</Link>
            ),
          ),
          item(
            'processDue',
            t('field.processDue'),
            <ProcessDue petition={petition} due={petition.processDue} />,
          ),
        ]}
      />

      <Card size="small" title={<h2 className="card-title">{t('form.sections.petitioners')}</h2>}>
        <Flex vertical gap={8}>
          <div>
            {petition.signerClass && t(`signerClass.${petition.signerClass}`)}
            {petition.anonymous ? ` · ${t('field.anonymous')}` : ''}
            {petition.pseudonymous ? ` · ${t('field.pseudonymous')}` : ''}
            {petition.signed === false ? ` · ${t('detail.unsigned')}` : ''}
          </div>
          {masked ? (
            <>
              <div>
                <MaskedTag /> {t('detail.masked', { count: petition.petitionerCount ?? 0 })}
              </div>
              {revealed && (
                <Alert
                  type="warning"
                  showIcon
                  title={t('detail.revealed')}
                  description={<PeopleTable people={revealed} />}
                />
              )}
            </>
          ) : (
            <PeopleTable people={petition.petitioners ?? []} />
          )}
        </Flex>
      </Card>

      <Group
        title={t('form.sections.content')}
        items={[
          item('fieldCode', t('field.fieldCode'), fieldLabel(petition.fieldCode)),
          item('content', t('field.content'), petition.content),
          item('request', t('field.request'), petition.request),
          item('respondent', t('field.respondent'), petition.respondent),
          item(
            'processable',
            t('field.processable'),
            petition.processable && t(`processable.${petition.processable}`),
          ),
          item(
            'notProcessableReason',
            t('field.notProcessableReason'),
            petition.notProcessableReason,
          ),
          item(
            'competence',
            t('field.competence'),
            petition.competence && t(`competence.${petition.competence}`),
          ),
          item(
            'duplicateOf',
            t('field.duplicateOfId'),
            petition.duplicateOf?.id && (
              <Link to={`/petitions/${petition.duplicateOf.id}`}>
                {petition.duplicateOf.petitionNo}
              </Link>
            ),
          ),
          item(
            'parent',
            t('detail.parent'),
            petition.parent?.id && (
              <Link to={`/petitions/${petition.parent.id}`}>{petition.parent.petitionNo}</Link>
            ),
          ),
          item(
            'parts',
            t('detail.parts'),
            (petition.parts?.length ?? 0) > 0 && (
              <Flex gap={8} wrap>
                {petition.parts!.map((part) => (
                  <Link key={part.id} to={`/petitions/${part.id}`}>
                    {part.petitionNo}
                  </Link>
                ))}
              </Flex>
            ),
          ),
          item(
            'duplicates',
            t('detail.duplicates'),
            (petition.duplicates?.length ?? 0) > 0 && (
              <Flex gap={8} wrap>
                {petition.duplicates!.map((duplicate) => (
                  <Link key={duplicate.id} to={`/petitions/${duplicate.id}`}>
                    {duplicate.petitionNo}
                  </Link>
                ))}
              </Flex>
            ),
          ),
        ]}
      />

      <Group
        title={t('detail.decisionSection')}
        items={[
          item(
            'decision',
            t('field.decision'),
            petition.decision && t(`decision.${petition.decision}`),
          ),
          item(
            'ground',
            t('field.ground'),
            petition.decisionGround &&
              t(`ground.${petition.decisionGround}`, { defaultValue: petition.decisionGround }),
          ),
          item('note', t('field.note'), petition.decisionNote),
          item(
            'transferTo',
            t('field.target'),
            petition.transferToUnit?.name ?? petition.transferToBody,
          ),
          item('slip', t('field.transferSlipNo'), petition.transferSlipNo),
          item('decidedAt', t('detail.decidedAt'), formatDateTime(petition.decidedAt)),
          item('decidedBy', t('detail.decidedBy'), petition.decidedBy),
          item('filedAt', t('detail.filedAt'), formatDate(petition.filedAt)),
          item('destroyAfter', t('detail.destroyAfter'), formatDate(petition.destroyAfter)),
          item(
            'translation',
            t('detail.translationNotarised'),
            yesNo(petition.translationNotarised),
          ),
        ]}
      />

      {petition.processDue && (
        <Card size="small" title={<h2 className="card-title">{t('detail.derivation')}</h2>}>
          <DerivationSteps due={petition.processDue} />
        </Card>
      )}

      {dialog === 'classify' && <ClassifyModal petition={petition} onClose={close} />}
      {dialog === 'decide' && <DecideModal petition={petition} onClose={close} />}
      {dialog === 'destroy' && <DestroyModal petition={petition} onClose={close} />}
      {dialog === 'reveal' && (
        <RevealModal
          petition={petition}
          onClose={close}
          onRevealed={(people) => {
            setRevealed(people);
            close();
          }}
        />
      )}
    </Flex>
  );
}
