import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@/lib/format';
import type { FormResult, FormRow } from '@/lib/reports/types';
import { ChecksPanel } from './ChecksPanel';
import { FormTable } from './FormTable';

/** A computed form with its heading (number, title, unit, period) and its cross-checks. */
export function FormResultView({
  result,
  onCell,
  onUnit,
}: {
  result: FormResult;
  onCell?: (row: FormRow, column: number) => void;
  onUnit?: (row: FormRow) => void;
}) {
  const { t } = useTranslation('reports');
  return (
    <Flex vertical gap={12}>
      <div className="report-heading">
        <Typography.Text strong>{t('heading.formNo', { no: result.form.formNo })}</Typography.Text>
        <Typography.Title level={2} style={{ margin: '4px 0', fontSize: 20 }}>
          {result.form.title}
        </Typography.Title>
        <Typography.Text>
          {t('heading.period', {
            label: result.period.label,
            from: formatDate(result.period.from),
            to: formatDate(result.period.to),
          })}
        </Typography.Text>
        <div>
          <Typography.Text type="secondary">
            {t('heading.unit', { unit: result.unitName })} ·{' '}
            {t('heading.version', { version: result.form.version })}
          </Typography.Text>
        </div>
      </div>
      <ChecksPanel checks={result.checks} />
      <FormTable result={result} onCell={onCell} onUnit={onUnit} />
    </Flex>
  );
}
