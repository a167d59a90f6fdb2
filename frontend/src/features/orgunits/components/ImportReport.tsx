import { Alert, Descriptions, Flex, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportError, ImportReport as Report } from '../api/types';

/** The dry run's verdict: the counts, and every bad row with its line, column and reason. */
export function ImportReport({ report }: { report: Report }) {
  const { t } = useTranslation('orgunits');
  const errors = report.errors ?? [];
  return (
    <Flex vertical gap={12} data-testid="import-report">
      {report.valid ? (
        <Alert type="success" showIcon title={t('import.validTitle')} />
      ) : (
        <Alert
          type="error"
          showIcon
          title={t('import.invalidTitle', { count: errors.length })}
          description={t('import.invalidText')}
        />
      )}
      <Descriptions
        size="small"
        bordered
        column={{ xs: 1, sm: 3 }}
        items={[
          { key: 'rows', label: t('import.rows'), children: report.rows },
          { key: 'toCreate', label: t('import.toCreate'), children: report.toCreate },
          { key: 'toUpdate', label: t('import.toUpdate'), children: report.toUpdate },
        ]}
      />
      {errors.length > 0 && (
        <Table<ImportError>
          size="small"
          rowKey={(error) => `${error.line}-${error.column ?? ''}-${error.reason}`}
          dataSource={errors}
          pagination={errors.length > 20 ? { pageSize: 20 } : false}
          caption={t('import.errorsCaption')}
          columns={[
            { key: 'line', title: t('import.line'), dataIndex: 'line', width: 90 },
            {
              key: 'column',
              title: t('import.column'),
              dataIndex: 'column',
              width: 160,
              render: (column?: string | null) => column || t('import.wholeRow'),
            },
            { key: 'reason', title: t('import.reason'), dataIndex: 'reason' },
          ]}
        />
      )}
    </Flex>
  );
}
