import { Card, Empty, Flex, Form, Select, Spin, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProblemAlert } from '@/components/errors/ProblemAlert';
import { FormResultView } from '@/components/reports/FormResultView';
import { PeriodPicker } from '@/components/reports/PeriodPicker';
import { useReportForms } from '@/lib/reports/forms';
import { FORM_CODES, type FormResult } from '@/lib/reports/types';
import { periodQueryOf, type PeriodChoice } from '@/lib/reports/period';
import { formatDateTime } from '@/lib/format';
import { useConsolidation } from '../api/submissions';
import { CONSOLIDATION_STATUSES, type Consolidation, type ExpectedUnit } from '../api/types';
import { SUBMITTABLE_KINDS } from './CreateSubmissionModal';
import { LateTag, StatusTag } from './Tags';

/** The consolidated rows as a form result (no live checks: each row passed them when accepted). */
const asResult = (data: Consolidation): FormResult => {
  const total = data.rows.find((row) => row.kind === 'TOTAL');
  return {
    form: data.form,
    unitId: total?.unitId ?? '',
    unitCode: total?.unitCode ?? '',
    unitName: total?.label ?? '',
    period: data.period,
    rows: data.rows,
    checks: [],
    valid: true,
  };
};

/** /reports/consolidation: the province form from accepted reports and who has not reported. */
export function ConsolidationPage() {
  const { t } = useTranslation('submissions');
  const [period, setPeriod] = useState<PeriodChoice>({ mode: 'period', year: dayjs().year() });
  const [form, setForm] = useState<string>('01-TCD');
  const forms = useReportForms();
  const query = periodQueryOf(period);
  const code = query && 'period' in query ? query.period : undefined;
  const consolidation = useConsolidation(code, form);
  const units = consolidation.data?.units ?? [];
  const counts = CONSOLIDATION_STATUSES.map((status) => ({
    status,
    count: units.filter((unit) => unit.status === status).length,
  })).filter((entry) => entry.count > 0);

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={1} className="page-title">
        {t('consolidation.title')}
      </Typography.Title>
      <Form layout="inline" className="filter-form">
        <PeriodPicker
          idPrefix="cons-period"
          namedOnly
          kinds={SUBMITTABLE_KINDS}
          value={period}
          onChange={setPeriod}
        />
        <Form.Item label={t('consolidation.form')} htmlFor="cons-form">
          <Select
            id="cons-form"
            style={{ minWidth: 240 }}
            value={form}
            onChange={setForm}
            options={
              forms.data?.map((item) => ({
                value: item.code,
                label: `${item.formNo} — ${item.title}`,
              })) ?? FORM_CODES.map((value) => ({ value, label: value }))
            }
          />
        </Form.Item>
      </Form>
      {!code && <Empty description={t('consolidation.choosePeriod')} />}
      {consolidation.error && <ProblemAlert error={consolidation.error} />}
      {code && consolidation.isLoading && <Spin />}
      {consolidation.data && (
        <>
          <Card title={<h2 className="card-title">{t('consolidation.units')}</h2>}>
            <Typography.Paragraph>
              {counts.map((entry) => (
                <span key={entry.status} style={{ marginInlineEnd: 12 }}>
                  <StatusTag status={entry.status} /> {entry.count}
                </span>
              ))}
            </Typography.Paragraph>
            <Table<ExpectedUnit>
              rowKey="unitId"
              size="small"
              dataSource={units}
              pagination={{ pageSize: 50, showSizeChanger: false }}
              columns={[
                {
                  key: 'unit',
                  title: t('field.unit'),
                  render: (_, unit) => unit.unitName ?? unit.unitCode,
                },
                {
                  key: 'status',
                  title: t('field.status'),
                  filters: CONSOLIDATION_STATUSES.map((value) => ({
                    value,
                    text: t(`status.${value}`),
                  })),
                  onFilter: (value, unit) => unit.status === value,
                  render: (_, unit) => (
                    <>
                      <StatusTag status={unit.status} /> <LateTag late={unit.late} />
                    </>
                  ),
                },
                {
                  key: 'submitted',
                  title: t('field.submittedAt'),
                  render: (_, unit) => formatDateTime(unit.submittedAt),
                },
                {
                  key: 'open',
                  title: t('field.actions'),
                  render: (_, unit) =>
                    unit.submissionId ? (
                      <Link to={`/reports/submissions/${unit.submissionId}`}>
                        {t('consolidation.open')}
                      </Link>
                    ) : null,
                },
              ]}
            />
          </Card>
          {consolidation.data.form && (
            <Card title={<h2 className="card-title">{t('consolidation.provinceForm')}</h2>}>
              <Typography.Paragraph type="secondary">
                {t('consolidation.acceptedOf', {
                  accepted: consolidation.data.accepted ?? 0,
                  expected: consolidation.data.expected ?? units.length,
                })}
              </Typography.Paragraph>
              <FormResultView result={asResult(consolidation.data)} />
            </Card>
          )}
        </>
      )}
    </Flex>
  );
}
