import { DatePicker, Flex, Form, Select, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/errors/ProblemAlert';
import { useCompliance } from '../api/compliance';
import type { ComplianceRow } from '../api/types';
import { useVisibleUnits } from '../api/units';
import { today } from '../utils/range';

const COUNTS = ['scheduled', 'heldInPerson', 'delegated', 'cancelled', 'missed', 'late'] as const;

/** Days the rules in force require over the period, and whether every period met its minimum. */
export function requiredOf(row: ComplianceRow) {
  const rules = row.rules ?? [];
  return {
    required: rules.reduce((sum, rule) => sum + (rule.required ?? 0), 0),
    met: rules.every((rule) => rule.met !== false),
  };
}

/** The figures of one month, per official: what the law requires and what was done. */
export function ComplianceTable({ rows, loading }: { rows: ComplianceRow[]; loading?: boolean }) {
  const { t } = useTranslation('schedules');
  return (
    <Table<ComplianceRow>
      rowKey={(row) => `${row.official?.id ?? ''}-${row.unit?.id ?? ''}`}
      loading={loading}
      dataSource={rows}
      pagination={false}
      locale={{ emptyText: t('compliance.empty') }}
      columns={[
        {
          key: 'official',
          title: t('compliance.official'),
          render: (_, row) => (
            <>
              <div>{row.official?.fullName}</div>
              <Typography.Text type="secondary">{row.official?.position}</Typography.Text>
            </>
          ),
        },
        { key: 'unit', title: t('field.unit'), render: (_, row) => row.unit?.name },
        {
          key: 'required',
          title: t('compliance.required'),
          align: 'right' as const,
          render: (_: unknown, row: ComplianceRow) => {
            const { required, met } = requiredOf(row);
            return (
              <>
                {required}
                {!met && (
                  <Tag className="status-tag status-cancelled" style={{ marginInlineStart: 6 }}>
                    {t('compliance.shortfall')}
                  </Tag>
                )}
              </>
            );
          },
        },
        ...COUNTS.map((count) => ({
          key: count,
          title: t(`compliance.${count}`),
          align: 'right' as const,
          render: (_: unknown, row: ComplianceRow) => row[count] ?? 0,
        })),
        {
          key: 'rules',
          title: t('compliance.rules'),
          render: (_: unknown, row: ComplianceRow) => (
            <ul className="plain-list">
              {(row.rules ?? []).map((rule) => (
                <li key={rule.code} title={rule.legalBasis}>
                  {t('compliance.rule', {
                    code: rule.code,
                    held: rule.held ?? 0,
                    required: rule.required ?? 0,
                  })}{' '}
                  <Tag className={`status-tag ${rule.met ? 'status-held' : 'status-cancelled'}`}>
                    {t(rule.met ? 'compliance.met' : 'compliance.notMet')}
                  </Tag>
                </li>
              ))}
            </ul>
          ),
        },
      ]}
    />
  );
}

/** /compliance: per official and month, the sessions required, scheduled, held, missed. */
export function CompliancePage() {
  const { t } = useTranslation('schedules');
  const [month, setMonth] = useState<Dayjs>(() => today().startOf('month'));
  const [unit, setUnit] = useState<string>();
  const units = useVisibleUnits();
  const { data, error, isFetching } = useCompliance({
    unit,
    from: month.startOf('month').format('YYYY-MM-DD'),
    to: month.endOf('month').format('YYYY-MM-DD'),
  });
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={1} className="page-title">
        {t('compliance.title')}
      </Typography.Title>
      <Form layout="inline" className="filter-form">
        <Form.Item label={t('unitFilter')} htmlFor="compliance-unit">
          <Select
            id="compliance-unit"
            style={{ minWidth: 280 }}
            allowClear
            placeholder={t('allUnits')}
            value={unit}
            onChange={setUnit}
            showSearch={{ optionFilterProp: 'label' }}
            options={(units.data?.items ?? []).map((u) => ({ value: u.id!, label: u.name ?? '' }))}
          />
        </Form.Item>
        <Form.Item label={t('compliance.month')} htmlFor="compliance-month">
          <DatePicker
            id="compliance-month"
            picker="month"
            format="MM/YYYY"
            allowClear={false}
            value={month}
            onChange={(value) => value && setMonth(value.startOf('month'))}
          />
        </Form.Item>
      </Form>
      {error && <ProblemAlert error={error} />}
      <ComplianceTable rows={data?.items ?? []} loading={isFetching} />
    </Flex>
  );
}
