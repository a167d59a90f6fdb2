import { FilePdfOutlined, FileExcelOutlined } from '@ant-design/icons';
import { App, Button, Empty, Flex, Form, Select, Space, Spin, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ProblemAlert } from '@/components/errors/ProblemAlert';
import { saveBlob } from '@/lib/reports/http';
import {
  exportForm,
  useReportForm,
  useReportForms,
  useReportPeriods,
  type ExportFormat,
} from '@/lib/reports/forms';
import { useDefaultUnit } from '@/lib/reports/units';
import {
  choiceFromSearch,
  choiceToSearch,
  defaultPeriod,
  periodQueryOf,
  type PeriodChoice,
} from '@/lib/reports/period';
import { DrillDrawer, type DrillTarget } from '@/components/reports/DrillDrawer';
import { FormResultView } from '@/components/reports/FormResultView';
import { PeriodPicker } from '@/components/reports/PeriodPicker';
import { UnitTreeSelect } from '@/components/reports/UnitTreeSelect';

/**
 * /reports/forms: an official form computed live for a unit and a period. A child unit's row
 * opens that unit's own report; a cell opens the records behind it.
 */
export function FormViewerPage() {
  const { t } = useTranslation('reports');
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const forms = useReportForms();
  const defaultUnit = useDefaultUnit();
  const code = params.get('form') ?? '01-TCD';
  const unit = params.get('unit') ?? defaultUnit;

  const choice = choiceFromSearch(params, dayjs().year());
  const periods = useReportPeriods(choice.mode === 'period' ? choice.year : dayjs().year());
  const fallback =
    choice.mode === 'period' && !choice.code
      ? defaultPeriod(periods.data ?? [], dayjs().format('YYYY-MM-DD'))
      : undefined;
  const effective: PeriodChoice =
    fallback && choice.mode === 'period' ? { ...choice, code: fallback.code } : choice;
  const period = periodQueryOf(effective);
  const query = { code, unit, period };
  const result = useReportForm(query);
  const [target, setTarget] = useState<DrillTarget>();
  const [exporting, setExporting] = useState<ExportFormat>();

  const update = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    Object.entries(changes).forEach(([key, value]) =>
      value ? next.set(key, value) : next.delete(key),
    );
    setParams(next);
  };

  const download = async (format: ExportFormat) => {
    setExporting(format);
    try {
      const file = await exportForm(query, format);
      saveBlob(file.blob, file.name);
    } catch (error) {
      void message.error((error as { title?: string }).title ?? t('export.failed'));
    } finally {
      setExporting(undefined);
    }
  };

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={1} className="page-title">
        {t('viewer.title')}
      </Typography.Title>
      <Form layout="inline" className="filter-form no-print">
        <Form.Item label={t('viewer.form')} htmlFor="report-form">
          <Select
            id="report-form"
            style={{ minWidth: 320 }}
            loading={forms.isLoading}
            value={code}
            onChange={(next: string) => update({ form: next })}
            options={(forms.data ?? []).map((form) => ({
              value: form.code,
              label: `${form.formNo} — ${form.title}`,
            }))}
          />
        </Form.Item>
        <Form.Item label={t('viewer.unit')} htmlFor="report-unit">
          <UnitTreeSelect
            id="report-unit"
            value={unit}
            onChange={(next) => update({ unit: next })}
          />
        </Form.Item>
        <PeriodPicker
          idPrefix="report-period"
          value={effective}
          onChange={(next) => setParams(choiceToSearch(params, next))}
        />
      </Form>
      <Space className="no-print">
        <Button
          icon={<FileExcelOutlined aria-hidden />}
          loading={exporting === 'xlsx'}
          disabled={!period || !result.data}
          onClick={() => void download('xlsx')}
        >
          {t('export.xlsx')}
        </Button>
        <Button
          icon={<FilePdfOutlined aria-hidden />}
          loading={exporting === 'pdf'}
          disabled={!period || !result.data}
          onClick={() => void download('pdf')}
        >
          {t('export.pdf')}
        </Button>
      </Space>
      {forms.error && <ProblemAlert error={forms.error} />}
      {result.error && <ProblemAlert error={result.error} />}
      {!period && <Empty description={t('viewer.choosePeriod')} />}
      {period && result.isLoading && <Spin />}
      {period && result.data && (
        <Spin spinning={result.isFetching} delay={300}>
          <FormResultView
            result={result.data}
            onCell={(row, column) => setTarget({ row, column })}
            onUnit={(row) => update({ unit: row.unitId })}
          />
        </Spin>
      )}
      <DrillDrawer
        query={query}
        result={result.data}
        target={target}
        onClose={() => setTarget(undefined)}
      />
    </Flex>
  );
}
