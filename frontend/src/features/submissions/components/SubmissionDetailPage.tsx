import { FileExcelOutlined, FilePdfOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Empty,
  Flex,
  Form,
  Input,
  Popconfirm,
  Space,
  Spin,
  Tabs,
  Timeline,
  Typography,
} from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ProblemAlert } from '@/components/errors/ProblemAlert';
import { FormResultView } from '@/components/reports/FormResultView';
import { saveBlob } from '@/lib/reports/http';
import { DrillDrawer, type DrillTarget } from '@/components/reports/DrillDrawer';
import { hasAnyRole, useRoles } from '@/lib/authorization';
import { formatDate, formatDateTime } from '@/lib/format';
import { useProblemForm } from '@/lib/useProblemForm';
import {
  exportSubmissionForm,
  useSaveNarrative,
  useSubmission,
  useSubmissionStep,
  useVerify,
} from '../api/submissions';
import type { Narrative, Submission } from '../api/types';
import { ReviewModal } from './ReviewModal';
import { LateTag, StatusTag } from './Tags';

const NARRATIVE_FIELDS = ['results', 'difficulties', 'exemplary', 'proposals'] as const;
const DOC_FIELDS = ['docNo', 'signerName', 'signerTitle'] as const;
const FIELDS = [...NARRATIVE_FIELDS, ...DOC_FIELDS];

const narrativeOf = (submission: Submission): Narrative =>
  Object.fromEntries(FIELDS.map((field) => [field, submission[field] ?? undefined]));

/** /reports/submissions/:id: narrative, forms, checks, submission, review and the hash check. */
export function SubmissionDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('submissions');
  const { data, error, isLoading } = useSubmission(id);
  if (isLoading) return <Spin />;
  if (error) return <ProblemAlert error={error} />;
  if (!data) return <Empty />;
  return (
    <SubmissionDetail key={`${data.summary.id}-${data.summary.version}`} submission={data} t={t} />
  );
}

function SubmissionDetail({
  submission,
  t,
}: {
  submission: Submission;
  t: ReturnType<typeof useTranslation<'submissions'>>['t'];
}) {
  const { message } = App.useApp();
  const roles = useRoles();
  const [form] = Form.useForm<Narrative>();
  const summary = submission.summary;
  const allowed = submission.allowedActions ?? [];
  const editable = allowed.includes('submit') && hasAnyRole(roles, ['unit_leader', 'inspector']);
  const reviewable = allowed.includes('accept') && roles.includes('inspector');
  const save = useSaveNarrative(summary.id);
  const submit = useSubmissionStep(summary.id, 'submit');
  const verify = useVerify(summary.id);
  const { problem, onError, clear } = useProblemForm(form, FIELDS);
  const [review, setReview] = useState<'accept' | 'return'>();
  const [target, setTarget] = useState<DrillTarget & { code: string }>();
  const live = submission.live;

  useEffect(() => {
    form.setFieldsValue(narrativeOf(submission));
  }, [form, submission]);

  const saveNarrative = async () => {
    const values = await form.validateFields();
    return save.mutateAsync({ ...values, version: summary.version });
  };

  const onSave = () => {
    clear();
    saveNarrative().then(
      () => void message.success(t('detail.saved')),
      (failure: unknown) => {
        if (failure && typeof failure === 'object' && 'errorFields' in failure) return;
        onError(failure);
      },
    );
  };

  const onSubmit = () => {
    clear();
    saveNarrative()
      .then((saved) => submit.mutateAsync({ version: saved.summary.version }))
      .then(
        () => void message.success(t('detail.submittedOk')),
        (failure: unknown) => {
          if (failure && typeof failure === 'object' && 'errorFields' in failure) return;
          onError(failure);
        },
      );
  };

  const download = async (code: string, format: 'xlsx' | 'pdf') => {
    try {
      const file = await exportSubmissionForm(summary.id, code, format);
      saveBlob(file.blob, file.name);
    } catch (failure) {
      void message.error((failure as { title?: string }).title ?? t('detail.exportFailed'));
    }
  };

  const period = submission.period;
  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={1} className="page-title">
          {t('detail.title', {
            period: period?.label,
            unit: summary.unitName ?? summary.unitCode,
          })}
        </Typography.Title>
        <Space>
          <StatusTag status={summary.status} />
          <LateTag late={summary.late} />
        </Space>
      </Flex>

      <Card>
        <Descriptions column={{ xs: 1, md: 2 }} size="small">
          <Descriptions.Item label={t('field.unit')}>
            {summary.unitName ?? summary.unitCode}
          </Descriptions.Item>
          <Descriptions.Item label={t('field.period')}>
            {t('detail.periodDates', {
              label: period?.label,
              from: formatDate(period?.from),
              to: formatDate(period?.to),
            })}
          </Descriptions.Item>
          <Descriptions.Item label={t('field.dueOn')}>
            {formatDate(period?.dueOn)}
          </Descriptions.Item>
          <Descriptions.Item label={t('field.submittedAt')}>
            {formatDateTime(summary.submittedAt)} {summary.submittedBy}
          </Descriptions.Item>
          {submission.reviewedAt && (
            <Descriptions.Item label={t('field.reviewedAt')}>
              {formatDateTime(submission.reviewedAt)} {submission.reviewedBy}
            </Descriptions.Item>
          )}
          {submission.reviewComment && (
            <Descriptions.Item label={t('field.reviewComment')}>
              {submission.reviewComment}
            </Descriptions.Item>
          )}
          <Descriptions.Item label={t('field.contentHash')} span={2}>
            {summary.contentHash ? (
              <Typography.Text code copyable className="hash-text">
                {summary.contentHash}
              </Typography.Text>
            ) : (
              t('detail.noHash')
            )}
          </Descriptions.Item>
        </Descriptions>
        <Space wrap style={{ marginTop: 12 }}>
          {summary.contentHash && (
            <Button
              icon={<SafetyCertificateOutlined aria-hidden />}
              loading={verify.isPending}
              onClick={() => verify.mutate()}
            >
              {t('detail.verify')}
            </Button>
          )}
          {reviewable && (
            <>
              <Button type="primary" onClick={() => setReview('accept')}>
                {t('review.accept')}
              </Button>
              <Button danger onClick={() => setReview('return')}>
                {t('review.return')}
              </Button>
            </>
          )}
        </Space>
        {verify.error && <ProblemAlert error={verify.error} />}
        {verify.data && (
          <Alert
            style={{ marginTop: 12 }}
            type={verify.data.same ? 'success' : 'error'}
            showIcon
            role="status"
            title={t(verify.data.same ? 'verify.same' : 'verify.different')}
            description={
              <>
                <div>{t('verify.stored', { hash: verify.data.storedHash })}</div>
                <div>{t('verify.regenerated', { hash: verify.data.regeneratedHash })}</div>
                {(verify.data.differences ?? []).length > 0 && (
                  <ul>
                    {verify.data.differences!.map((difference) => (
                      <li key={difference}>{difference}</li>
                    ))}
                  </ul>
                )}
              </>
            }
          />
        )}
      </Card>

      <Card title={<h2 className="card-title">{t('detail.narrative')}</h2>}>
        <Form form={form} layout="vertical" disabled={!editable}>
          {NARRATIVE_FIELDS.map((field) => (
            <Form.Item
              key={field}
              name={field}
              label={t(`field.${field}`)}
              rules={
                submission.narrativeRequired
                  ? [{ required: true, whitespace: true, message: t('detail.required') }]
                  : []
              }
            >
              <Input.TextArea rows={3} />
            </Form.Item>
          ))}
          <Flex gap={16} wrap>
            {DOC_FIELDS.map((field) => (
              <Form.Item
                key={field}
                name={field}
                label={t(`field.${field}`)}
                style={{ minWidth: 240, flex: 1 }}
              >
                <Input />
              </Form.Item>
            ))}
          </Flex>
        </Form>
        {problem !== undefined && <ProblemAlert error={problem} />}
        {editable && (
          <Space>
            <Button onClick={onSave} loading={save.isPending && !submit.isPending}>
              {t('detail.save')}
            </Button>
            <Popconfirm
              title={t('detail.submitConfirm')}
              okText={t('detail.submit')}
              cancelText={t('cancel')}
              onConfirm={onSubmit}
            >
              <Button type="primary" loading={submit.isPending}>
                {t('detail.submit')}
              </Button>
            </Popconfirm>
          </Space>
        )}
      </Card>

      <Card
        title={
          <h2 className="card-title">{t(live ? 'detail.formsLive' : 'detail.formsSnapshot')}</h2>
        }
      >
        {submission.forms.length === 0 ? (
          <Empty description={t('detail.noForms')} />
        ) : (
          <Tabs
            items={submission.forms.map((result) => ({
              key: result.form.code,
              label: `${result.form.formNo}${result.valid === false ? ' ⚠' : ''}`,
              children: (
                <Flex vertical gap={12}>
                  {!live && (
                    <Space className="no-print">
                      <Button
                        icon={<FileExcelOutlined aria-hidden />}
                        onClick={() => void download(result.form.code, 'xlsx')}
                      >
                        {t('detail.exportXlsx')}
                      </Button>
                      <Button
                        icon={<FilePdfOutlined aria-hidden />}
                        onClick={() => void download(result.form.code, 'pdf')}
                      >
                        {t('detail.exportPdf')}
                      </Button>
                    </Space>
                  )}
                  <FormResultView
                    result={result}
                    onCell={
                      live
                        ? (row, column) => setTarget({ row, column, code: result.form.code })
                        : undefined
                    }
                  />
                </Flex>
              ),
            }))}
          />
        )}
      </Card>

      <Card title={<h2 className="card-title">{t('detail.events')}</h2>}>
        <Timeline
          items={(submission.events ?? []).map((event, index) => ({
            key: `${event.at}-${index}`,
            content: (
              <>
                <strong>{t(`action.${event.action}`)}</strong> · {formatDateTime(event.at)} ·{' '}
                {event.actor}
                {event.comment && <div>{event.comment}</div>}
                {event.contentHash && (
                  <div>
                    <Typography.Text type="secondary" className="hash-text">
                      {t('detail.hash', { hash: event.contentHash })}
                    </Typography.Text>
                  </div>
                )}
              </>
            ),
          }))}
        />
      </Card>

      {review && (
        <ReviewModal submission={summary} step={review} onClose={() => setReview(undefined)} />
      )}
      {target && (
        <DrillDrawer
          query={{ code: target.code, unit: summary.unitId, period: { period: period.code } }}
          result={submission.forms.find((result) => result.form.code === target.code)}
          target={target}
          onClose={() => setTarget(undefined)}
        />
      )}
    </Flex>
  );
}
