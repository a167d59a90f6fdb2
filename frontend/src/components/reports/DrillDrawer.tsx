import { Drawer, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProblemAlert } from '@/components/errors/ProblemAlert';
import { formatDate } from '@/lib/format';
import { useCellRecords, type FormQuery } from '@/lib/reports/forms';
import type { DrillItem, FormResult, FormRow } from '@/lib/reports/types';

/** The translation namespace of each record type's codes (status, classification). */
const NAMESPACE: Record<string, string> = {
  VISIT: 'visits',
  SESSION: 'schedules',
  PETITION: 'petitions',
  CASE: 'cases',
  DECISION: 'cases',
};

/** Where a drilled record opens; sessions and decisions have no page of their own. */
export function recordLink(item: DrillItem): string | undefined {
  switch (item.recordType) {
    case 'VISIT':
      return `/visits/${item.id}`;
    case 'PETITION':
      return `/petitions/${item.id}`;
    case 'CASE':
      return `/cases/${item.id}`;
    default:
      return undefined;
  }
}

export interface DrillTarget {
  row: FormRow;
  column: number;
}

const PAGE_SIZE = 20;

/** The records behind one cell (GET .../cells), paged; each opens through its own page. */
export function DrillDrawer({
  query,
  result,
  target,
  onClose,
}: {
  query: FormQuery;
  result: FormResult | undefined;
  target: DrillTarget | undefined;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation('reports');
  const label = (item: DrillItem, group: 'status' | 'classification', code: string) =>
    i18n.t(`${NAMESPACE[item.recordType] ?? 'reports'}:${group}.${code}`, { defaultValue: code });
  const [page, setPage] = useState(0);
  const column = result?.form.columns.find((candidate) => candidate.no === target?.column);
  const records = useCellRecords(
    target
      ? {
          ...query,
          row: target.row.unitId,
          rowKind: target.row.kind,
          column: target.column,
          page,
          size: PAGE_SIZE,
        }
      : undefined,
  );
  return (
    <Drawer
      open={Boolean(target)}
      onClose={() => {
        setPage(0);
        onClose();
      }}
      size="large"
      title={
        target
          ? t('drill.title', { column: target.column, unit: target.row.label })
          : t('drill.titleEmpty')
      }
      destroyOnHidden
    >
      {column && (
        <Typography.Paragraph type="secondary">{column.path.join(' › ')}</Typography.Paragraph>
      )}
      {records.error && <ProblemAlert error={records.error} />}
      <Table<DrillItem>
        rowKey={(item) => `${item.recordType}-${item.id}`}
        loading={records.isFetching}
        dataSource={records.data?.items ?? []}
        size="small"
        locale={{ emptyText: t('drill.empty') }}
        pagination={{
          current: page + 1,
          pageSize: PAGE_SIZE,
          total: records.data?.totalItems ?? 0,
          showSizeChanger: false,
          onChange: (next) => setPage(next - 1),
        }}
        columns={[
          {
            key: 'type',
            title: t('drill.type'),
            render: (_, item) =>
              t(`drill.recordType.${item.recordType}`, { defaultValue: item.recordType }),
          },
          {
            key: 'number',
            title: t('drill.number'),
            render: (_, item) => {
              const href = recordLink(item);
              const label = item.number || t('drill.open');
              return href ? <Link to={href}>{label}</Link> : label;
            },
          },
          { key: 'date', title: t('drill.date'), render: (_, item) => formatDate(item.date) },
          {
            key: 'unit',
            title: t('drill.unit'),
            render: (_, item) => item.unitName ?? item.unitCode,
          },
          {
            key: 'title',
            title: t('drill.summary'),
            render: (_, item) =>
              item.confidential ? (
                <Tag>{t('drill.confidential')}</Tag>
              ) : (
                <>
                  {item.title}
                  {item.classification && (
                    <Typography.Text type="secondary">
                      {' '}
                      · {label(item, 'classification', item.classification)}
                    </Typography.Text>
                  )}
                </>
              ),
          },
          {
            key: 'status',
            title: t('drill.status'),
            render: (_, item) => (item.status ? label(item, 'status', item.status) : ''),
          },
        ]}
      />
    </Drawer>
  );
}
