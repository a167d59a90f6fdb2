import { DatePicker, Form, Radio, Select, Space } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { DATE_FORMAT, toApiDate } from '@/lib/dates';
import { formatDate } from '@/lib/format';
import { useReportPeriods } from '@/lib/reports/forms';
import type { PeriodView } from '@/lib/reports/types';
import { yearsAround, type PeriodChoice } from '@/lib/reports/period';

interface Props {
  value: PeriodChoice;
  onChange: (value: PeriodChoice) => void;
  /** Submissions need a named period: no free range. */
  namedOnly?: boolean;
  /** Only these period kinds (e.g. the kinds a report can be submitted for). */
  kinds?: readonly string[];
  idPrefix?: string;
  /** The period may be left empty (a list filter). */
  allowClear?: boolean;
  /** A message to show under the period (e.g. the server's problem naming `period`). */
  error?: string;
  placeholder?: string;
}

/** "Quý I năm 2026 (15/12/2025 – 14/03/2026)". */
export const periodOptionLabel = (period: PeriodView) =>
  `${period.label} (${formatDate(period.from)} – ${formatDate(period.to)})`;

/**
 * The report period: a year and one of its periods (from GET /api/v1/reports/periods?year=), or a
 * free date range. Renders as inline form items.
 */
export function PeriodPicker({
  value,
  onChange,
  namedOnly,
  kinds,
  idPrefix = 'period',
  allowClear,
  error,
  placeholder,
}: Props) {
  const { t } = useTranslation('reports');
  const currentYear = dayjs().year();
  const year = value.mode === 'period' ? value.year : currentYear;
  const periods = useReportPeriods(year);
  const options = (periods.data ?? [])
    .filter((period) => !kinds || kinds.includes(period.kind))
    .map((period) => ({ value: period.code, label: periodOptionLabel(period) }));

  return (
    <>
      {!namedOnly && (
        <Form.Item label={t('period.mode')}>
          <Radio.Group
            optionType="button"
            value={value.mode}
            onChange={(event) =>
              onChange(
                event.target.value === 'range'
                  ? { mode: 'range' }
                  : { mode: 'period', year: currentYear },
              )
            }
            options={[
              { value: 'period', label: t('period.named') },
              { value: 'range', label: t('period.range') },
            ]}
          />
        </Form.Item>
      )}
      {value.mode === 'period' ? (
        <>
          <Form.Item label={t('period.year')} htmlFor={`${idPrefix}-year`}>
            <Select
              id={`${idPrefix}-year`}
              style={{ width: 100 }}
              value={value.year}
              onChange={(next: number) => onChange({ mode: 'period', year: next })}
              options={yearsAround(currentYear).map((y) => ({ value: y, label: String(y) }))}
            />
          </Form.Item>
          <Form.Item
            label={t('period.period')}
            htmlFor={`${idPrefix}-code`}
            validateStatus={error ? 'error' : undefined}
            help={error}
          >
            <Select
              id={`${idPrefix}-code`}
              style={{ minWidth: 320 }}
              loading={periods.isLoading}
              placeholder={placeholder ?? t('period.choose')}
              allowClear={allowClear}
              value={value.code}
              onChange={(code?: string) => onChange({ mode: 'period', year: value.year, code })}
              options={options}
            />
          </Form.Item>
        </>
      ) : (
        <Form.Item
          label={t('period.dates')}
          htmlFor={`${idPrefix}-range`}
          validateStatus={error ? 'error' : undefined}
          help={error}
        >
          <Space>
            <DatePicker.RangePicker
              id={`${idPrefix}-range`}
              format={DATE_FORMAT}
              value={[value.from ? dayjs(value.from) : null, value.to ? dayjs(value.to) : null]}
              onChange={(range) =>
                onChange({ mode: 'range', from: toApiDate(range?.[0]), to: toApiDate(range?.[1]) })
              }
            />
          </Space>
        </Form.Item>
      )}
    </>
  );
}
