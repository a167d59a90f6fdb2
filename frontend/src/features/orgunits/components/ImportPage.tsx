import {
  CheckOutlined,
  DownloadOutlined,
  ExperimentOutlined,
  UploadOutlined,
} from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Input, Result, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProblemAlert } from '@/components/errors/ProblemAlert';
import { useApplyImport, useDryRunImport } from '../api/import-org-units';
import type { ImportReport as Report } from '../api/types';
import { IMPORT_COLUMNS, stripBom, templateHref } from '../utils/csv-template';
import { ImportReport } from './ImportReport';

/**
 * /org-units/import (admin): load a CSV (file or typed), check it with a dry run, correct the bad
 * rows in place, then apply. Applying is all or nothing, and only a text that passed is applied.
 */
export function ImportPage() {
  const { t } = useTranslation('orgunits');
  const { message } = App.useApp();
  const [csv, setCsv] = useState('');
  const [checked, setChecked] = useState<{ csv: string; report: Report } | undefined>();
  const [applied, setApplied] = useState<Report | undefined>();
  const dryRun = useDryRunImport();
  const apply = useApplyImport();

  const report = checked?.report;
  const stale = checked !== undefined && checked.csv !== csv;
  const canApply = report?.valid === true && !stale && !apply.isPending;

  const check = () => {
    apply.reset();
    dryRun.mutate(csv, { onSuccess: (result) => setChecked({ csv, report: result }) });
  };
  const applyNow = () => {
    apply.mutate(csv, {
      onSuccess: (result) => {
        setApplied({ ...report!, ...result });
        void message.success(t('import.appliedMessage'));
      },
    });
  };

  if (applied) {
    return (
      <Flex vertical gap={16}>
        <Typography.Title level={1} className="page-title">
          {t('import.title')}
        </Typography.Title>
        <Card>
          <Result
            status="success"
            title={<h2 className="result-title">{t('import.appliedTitle')}</h2>}
            subTitle={t('import.appliedText', {
              created: applied.toCreate ?? 0,
              updated: applied.toUpdate ?? 0,
            })}
            extra={[
              <Link key="tree" to="/org-units">
                {t('import.toTree')}
              </Link>,
              <Button
                key="again"
                onClick={() => {
                  setApplied(undefined);
                  setChecked(undefined);
                  setCsv('');
                }}
              >
                {t('import.again')}
              </Button>,
            ]}
          />
        </Card>
      </Flex>
    );
  }

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={1} className="page-title">
        {t('import.title')}
      </Typography.Title>
      <Card title={<h2 className="card-title">{t('import.sourceTitle')}</h2>}>
        <Flex vertical gap={12}>
          <Typography.Paragraph style={{ margin: 0 }}>
            {t('import.intro')} <Typography.Text code>{IMPORT_COLUMNS.join(',')}</Typography.Text>
          </Typography.Paragraph>
          <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
            {t('import.columnsHelp')}
          </Typography.Paragraph>
          <Flex gap={8} wrap>
            <Upload
              accept=".csv,text/csv"
              showUploadList={false}
              maxCount={1}
              beforeUpload={(file) => {
                void file.text().then((text) => {
                  setCsv(stripBom(text));
                  void message.info(t('import.fileLoaded', { name: file.name }));
                });
                return false;
              }}
            >
              <Button icon={<UploadOutlined aria-hidden />}>{t('import.chooseFile')}</Button>
            </Upload>
            <Button
              href={templateHref()}
              download={t('import.templateFileName')}
              icon={<DownloadOutlined aria-hidden />}
            >
              {t('import.template')}
            </Button>
          </Flex>
          <label htmlFor="import-csv" className="field-label">
            {t('import.csvLabel')}
          </label>
          <Input.TextArea
            id="import-csv"
            className="csv-editor"
            value={csv}
            onChange={(event) => setCsv(event.target.value)}
            autoSize={{ minRows: 8, maxRows: 24 }}
            spellCheck={false}
            placeholder={t('import.csvPlaceholder')}
          />
          <Flex gap={8} wrap>
            <Button
              type={canApply ? 'default' : 'primary'}
              icon={<ExperimentOutlined aria-hidden />}
              onClick={check}
              loading={dryRun.isPending}
              disabled={csv.trim() === ''}
            >
              {t('import.dryRun')}
            </Button>
            <Button
              type="primary"
              icon={<CheckOutlined aria-hidden />}
              onClick={applyNow}
              loading={apply.isPending}
              disabled={!canApply}
            >
              {t('import.apply')}
            </Button>
          </Flex>
          {stale && <Alert type="info" showIcon title={t('import.stale')} />}
        </Flex>
      </Card>
      {dryRun.error && <ProblemAlert error={dryRun.error} />}
      {apply.error && <ProblemAlert error={apply.error} />}
      {report && (
        <Card title={<h2 className="card-title">{t('import.reportTitle')}</h2>}>
          <ImportReport report={report} />
        </Card>
      )}
    </Flex>
  );
}
