import { ArrowUpOutlined, PrinterOutlined } from '@ant-design/icons';
import {
  Button,
  Card,
  Col,
  Flex,
  Form,
  Row,
  Space,
  Spin,
  Statistic,
  Table,
  Tag,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { ProblemAlert } from '@/components/errors/ProblemAlert';
import { PeriodPicker } from '@/components/reports/PeriodPicker';
import { UnitTreeSelect } from '@/components/reports/UnitTreeSelect';
import { choiceFromSearch, choiceToSearch, periodQueryOf } from '@/lib/reports/period';
import { formatDate } from '@/lib/format';
import { useDashboardRecognition, useOverview, useTrends } from '../api/dashboard';
import type {
  DashboardFigures,
  ChildRow,
  InspectionSummary,
  RecognitionSummary,
} from '../api/types';
import { formatCount, formatShare } from '../utils/figures';
import '@/components/reports/reports.css';
import './dashboard.css';

/** The charts (and their drawing code) load only when the dashboard is opened. */
const TrendCharts = lazy(() => import('./TrendCharts'));

type Kpi = { key: keyof DashboardFigures; share?: boolean; warn?: boolean };

const KPI_GROUPS: { key: string; items: Kpi[] }[] = [
  {
    key: 'bsvnd',
    items: [
      { key: 'heldShare', share: true },
      { key: 'sessionsRequired' },
      { key: 'heldInPerson' },
      { key: 'delegated' },
      { key: 'missed', warn: true },
    ],
  },
  {
    key: 'reception',
    items: [
      { key: 'visits' },
      { key: 'people' },
      { key: 'mattersFirstTime' },
      { key: 'mattersRepeat' },
      { key: 'largeGroups' },
      { key: 'repeatVisitors' },
    ],
  },
  {
    key: 'handling',
    items: [
      { key: 'handledOnSpot' },
      { key: 'accepted' },
      { key: 'guided' },
      { key: 'transferred' },
    ],
  },
  {
    key: 'deadlines',
    items: [
      { key: 'noticeCompliance', share: true },
      { key: 'onTimeRate', share: true },
      { key: 'overdueCases', warn: true },
    ],
  },
];

function KpiCards({ totals }: { totals: DashboardFigures }) {
  const { t, i18n } = useTranslation('dashboard');
  return (
    <Row gutter={[16, 16]}>
      {KPI_GROUPS.map((group) => (
        <Col key={group.key} xs={24} lg={12}>
          <Card
            className="kpi-card"
            title={<h2 className="card-title">{t(`groups.${group.key}`)}</h2>}
          >
            <Row gutter={[12, 12]}>
              {group.items.map((item) => {
                const value = totals[item.key] as number | null | undefined;
                const text = item.share
                  ? formatShare(value, i18n.language)
                  : formatCount(value, i18n.language);
                return (
                  <Col key={item.key} xs={12} md={8}>
                    <Statistic
                      title={t(`kpi.${item.key}`)}
                      value={text}
                      className={item.warn && (value ?? 0) > 0 ? 'kpi-warn' : undefined}
                    />
                    {item.key === 'largeGroups' && (
                      <Typography.Text type="secondary">
                        {t('kpi.largeGroupPeople', { count: totals.largeGroupPeople ?? 0 })}
                      </Typography.Text>
                    )}
                    {item.key === 'noticeCompliance' && (
                      <Typography.Text type="secondary">
                        {t('kpi.noticeOf', {
                          onTime: totals.noticeOnTime ?? 0,
                          due: totals.noticeDue ?? 0,
                        })}
                      </Typography.Text>
                    )}
                    {item.key === 'onTimeRate' && (
                      <Typography.Text type="secondary">
                        {t('kpi.resolvedOf', {
                          onTime: totals.resolvedOnTime ?? 0,
                          late: totals.resolvedLate ?? 0,
                        })}
                      </Typography.Text>
                    )}
                  </Col>
                );
              })}
            </Row>
          </Card>
        </Col>
      ))}
    </Row>
  );
}

function UnitRanking({ rows, onOpen }: { rows: ChildRow[]; onOpen: (row: ChildRow) => void }) {
  const { t, i18n } = useTranslation('dashboard');
  const share = (value?: number | null) => formatShare(value, i18n.language);
  const count = (value?: number) => formatCount(value, i18n.language);
  const sorted = [...rows].sort((a, b) => (a.rank ?? 9999) - (b.rank ?? 9999));
  return (
    <Table<ChildRow>
      rowKey={(row) => row.unit.unitId}
      size="small"
      dataSource={sorted}
      pagination={sorted.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
      scroll={{ x: true }}
      locale={{ emptyText: t('units.empty') }}
      columns={[
        { key: 'rank', title: t('units.rank'), align: 'right', render: (_, row) => row.rank ?? '' },
        {
          key: 'name',
          title: t('units.unit'),
          render: (_, row) => (
            <button
              type="button"
              className="link-button"
              onClick={() => onOpen(row)}
              title={t('units.open', { unit: row.unit.name })}
            >
              {row.unit.name}
            </button>
          ),
        },
        {
          key: 'score',
          title: t('units.score'),
          align: 'right',
          render: (_, row) =>
            row.figures.score === null || row.figures.score === undefined
              ? ''
              : row.figures.score.toFixed(1),
        },
        {
          key: 'heldShare',
          title: t('kpi.heldShare'),
          align: 'right',
          render: (_, row) => share(row.figures.heldShare),
        },
        {
          key: 'missed',
          title: t('kpi.missed'),
          align: 'right',
          render: (_, row) => count(row.figures.missed),
        },
        {
          key: 'visits',
          title: t('kpi.visits'),
          align: 'right',
          render: (_, row) => count(row.figures.visits),
        },
        {
          key: 'people',
          title: t('kpi.people'),
          align: 'right',
          render: (_, row) => count(row.figures.people),
        },
        {
          key: 'noticeCompliance',
          title: t('kpi.noticeCompliance'),
          align: 'right',
          render: (_, row) => share(row.figures.noticeCompliance),
        },
        {
          key: 'onTimeRate',
          title: t('kpi.onTimeRate'),
          align: 'right',
          render: (_, row) => share(row.figures.onTimeRate),
        },
        {
          key: 'overdueCases',
          title: t('kpi.overdueCases'),
          align: 'right',
          render: (_, row) =>
            (row.figures.overdueCases ?? 0) > 0 ? (
              <Tag className="status-tag status-cancelled">{count(row.figures.overdueCases)}</Tag>
            ) : (
              0
            ),
        },
      ]}
    />
  );
}

function RecognitionLists({
  inspections,
  recognitions,
}: {
  inspections: InspectionSummary[];
  recognitions: RecognitionSummary[];
}) {
  const { t } = useTranslation('dashboard');
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={12}>
        <Card title={<h2 className="card-title">{t('recognition.inspections')}</h2>}>
          <Table<InspectionSummary>
            rowKey="id"
            size="small"
            dataSource={inspections}
            pagination={false}
            locale={{ emptyText: t('recognition.none') }}
            columns={[
              {
                key: 'date',
                title: t('recognition.date'),
                render: (_, row) => formatDate(row.inspectedOn),
              },
              { key: 'unit', title: t('recognition.unit'), render: (_, row) => row.unitName },
              {
                key: 'rating',
                title: t('recognition.rating'),
                render: (_, row) =>
                  row.rating ? t(`rating.${row.rating}`, { defaultValue: row.rating }) : '',
              },
              {
                key: 'findings',
                title: t('recognition.findings'),
                render: (_, row) => row.findings,
              },
            ]}
          />
        </Card>
      </Col>
      <Col xs={24} xl={12}>
        <Card title={<h2 className="card-title">{t('recognition.recognitions')}</h2>}>
          <Table<RecognitionSummary>
            rowKey="id"
            size="small"
            dataSource={recognitions}
            pagination={false}
            locale={{ emptyText: t('recognition.none') }}
            columns={[
              {
                key: 'date',
                title: t('recognition.date'),
                render: (_, row) => formatDate(row.decidedOn),
              },
              {
                key: 'kind',
                title: t('recognition.kind'),
                render: (_, row) => (
                  <Tag
                    className={`status-tag ${row.kind === 'CORRECTION' ? 'status-postponed' : 'status-held'}`}
                  >
                    {row.form
                      ? t(`form.${row.form}`, { defaultValue: row.form })
                      : t(`kind.${row.kind}`)}
                  </Tag>
                ),
              },
              {
                key: 'unit',
                title: t('recognition.unit'),
                render: (_, row) => (
                  <>
                    {row.unitName}
                    {row.officialPosition && <div className="muted">{row.officialPosition}</div>}
                  </>
                ),
              },
              {
                key: 'decision',
                title: t('recognition.decisionNo'),
                render: (_, row) => row.decisionNo,
              },
              { key: 'reason', title: t('recognition.reason'), render: (_, row) => row.reason },
            ]}
          />
        </Card>
      </Col>
    </Row>
  );
}

/**
 * /dashboard: the "Buổi sáng với Nhân dân" model and citizen reception at a glance for the Mass
 * Mobilization board: KPIs of a unit's subtree, its child units ranked (each opens its own view),
 * monthly trends and the inspections, commendations and corrections. Printable.
 */
export function DashboardPage() {
  const { t } = useTranslation('dashboard');
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const unit = params.get('unit') ?? undefined;
  const choice = choiceFromSearch(params, dayjs().year());
  const period = periodQueryOf(choice);
  const overview = useOverview({ unit, period });
  const recognition = useDashboardRecognition({ unit, period });
  const span = overview.data?.period;
  const trendTo = span?.to ?? dayjs().format('YYYY-MM-DD');
  const trendFrom =
    span?.from && dayjs(trendTo).diff(dayjs(span.from), 'month') >= 2
      ? span.from
      : dayjs(trendTo).subtract(11, 'month').startOf('month').format('YYYY-MM-DD');
  const trends = useTrends(unit, trendFrom, trendTo);

  const openUnit = (row: ChildRow) => {
    const next = new URLSearchParams(params);
    next.set('unit', row.unit.unitId);
    setParams(next);
  };

  return (
    <Flex vertical gap={16} className="dashboard-page">
      <Flex justify="space-between" align="center" wrap gap={8}>
        <div>
          <Typography.Title level={1} className="page-title">
            {t('title')}
          </Typography.Title>
          <Typography.Text type="secondary" className="dashboard-subtitle">
            {overview.data?.unit?.name ?? ''}
            {span &&
              ` · ${span.kind === 'RANGE' ? span.label : t('window', { label: span.label, from: formatDate(span.from), to: formatDate(span.to) })}`}
          </Typography.Text>
        </div>
        <Space className="no-print">
          {unit && (
            <Button icon={<ArrowUpOutlined aria-hidden />} onClick={() => void navigate(-1)}>
              {t('back')}
            </Button>
          )}
          <Button icon={<PrinterOutlined aria-hidden />} onClick={() => globalThis.print()}>
            {t('print')}
          </Button>
        </Space>
      </Flex>
      <Form layout="inline" className="filter-form no-print">
        <Form.Item label={t('unit')} htmlFor="dashboard-unit">
          <UnitTreeSelect
            id="dashboard-unit"
            allowClear
            placeholder={t('defaultUnit')}
            value={unit}
            onChange={(next) => {
              const search = new URLSearchParams(params);
              if (next) search.set('unit', next);
              else search.delete('unit');
              setParams(search);
            }}
          />
        </Form.Item>
        <PeriodPicker
          idPrefix="dashboard-period"
          allowClear
          placeholder={t('yearToDate')}
          value={choice}
          onChange={(next) => setParams(choiceToSearch(params, next))}
        />
      </Form>
      {overview.error && <ProblemAlert error={overview.error} />}
      {overview.isLoading && <Spin />}
      {overview.data && (
        <>
          <KpiCards totals={overview.data.totals ?? {}} />
          <Card title={<h2 className="card-title">{t('units.title')}</h2>}>
            {overview.data.scoreFormula && (
              <Typography.Paragraph type="secondary">
                {t('units.formula', { formula: overview.data.scoreFormula })}
              </Typography.Paragraph>
            )}
            <UnitRanking rows={overview.data.children ?? []} onOpen={openUnit} />
          </Card>
        </>
      )}
      <section aria-labelledby="trends-title">
        <Typography.Title level={2} id="trends-title" className="section-title">
          {t('trends.title', { from: formatDate(trendFrom), to: formatDate(trendTo) })}
        </Typography.Title>
        {trends.error && <ProblemAlert error={trends.error} />}
        <Suspense fallback={<Spin />}>
          {trends.data && <TrendCharts points={trends.data} />}
        </Suspense>
      </section>
      {recognition.error && <ProblemAlert error={recognition.error} />}
      <RecognitionLists
        inspections={recognition.data?.inspections ?? []}
        recognitions={recognition.data?.recognitions ?? []}
      />
    </Flex>
  );
}
