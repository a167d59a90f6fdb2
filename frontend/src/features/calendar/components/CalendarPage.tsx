import {
  CheckOutlined,
  EditOutlined,
  ExclamationCircleOutlined,
  PlusOutlined,
  StopOutlined,
} from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Flex,
  InputNumber,
  Popconfirm,
  Segmented,
  Space,
  Switch,
  Table,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/errors/ProblemAlert';
import { formatDate, formatWeekdayDate } from '@/lib/format';
import { useCalendarDays, useSaveCalendarDay } from '../api/calendar-days';
import type { CalendarDay, CalendarDayKind } from '../api/types';
import { CalendarDayFormModal } from './CalendarDayFormModal';
import { CloseCalendarDayModal } from './CloseCalendarDayModal';

/** The years offered as one click; any other year is typed in. */
const QUICK_YEARS = [2025, 2026, 2027] as const;
const MIN_YEAR = 1990;
const MAX_YEAR = 2100;

/**
 * antd's coloured tags fall below 4.5:1; the shared status-tag classes (styles.css) give dark text
 * on pale backgrounds: red for a day off, blue for a weekend day worked.
 */
const KIND_CLASS: Record<CalendarDayKind, string> = {
  DAY_OFF: 'status-tag status-cancelled',
  WORKING_DAY: 'status-tag status-published',
};

type Editing = { mode: 'add' } | { mode: 'edit'; entry: CalendarDay };

/**
 * /calendar (admin): the days off on weekdays and the weekend days worked in exchange, by year.
 * Every legal deadline and reception schedule counts working days on this calendar.
 */
export function CalendarPage() {
  const { t } = useTranslation('calendar');
  const [year, setYear] = useState(() => dayjs().year());
  const [includeClosed, setIncludeClosed] = useState(false);
  const [editing, setEditing] = useState<Editing>();
  const [closing, setClosing] = useState<CalendarDay>();
  const { data, error, isFetching } = useCalendarDays({ year, includeClosed });
  const closedSwitchId = useId();

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={12}>
        <Typography.Title level={1} className="page-title">
          {t('title')}
        </Typography.Title>
        <Button
          type="primary"
          icon={<PlusOutlined aria-hidden />}
          onClick={() => setEditing({ mode: 'add' })}
        >
          {t('add')}
        </Button>
      </Flex>
      <Alert type="info" showIcon title={t('intro')} />
      <Card>
        <Flex gap={16} wrap align="center">
          <Space>
            <Typography.Text>{t('year')}</Typography.Text>
            <Segmented<number>
              aria-label={t('year')}
              value={year}
              options={QUICK_YEARS.map((value) => ({ value, label: String(value) }))}
              onChange={setYear}
            />
          </Space>
          <InputNumber<number>
            aria-label={t('otherYear')}
            placeholder={t('otherYear')}
            min={MIN_YEAR}
            max={MAX_YEAR}
            precision={0}
            value={year}
            onChange={(value) => {
              if (value !== null && value >= MIN_YEAR && value <= MAX_YEAR) setYear(value);
            }}
            style={{ width: 110 }}
          />
          <Space>
            <Switch id={closedSwitchId} checked={includeClosed} onChange={setIncludeClosed} />
            <label htmlFor={closedSwitchId}>{t('includeClosed')}</label>
          </Space>
        </Flex>
      </Card>
      {error && <ProblemAlert error={error} />}
      <Card>
        <CalendarTable
          entries={data ?? []}
          loading={isFetching}
          onEdit={(entry) => setEditing({ mode: 'edit', entry })}
          onClose={setClosing}
        />
      </Card>
      <CalendarDayFormModal
        open={editing !== undefined}
        entry={editing?.mode === 'edit' ? editing.entry : undefined}
        defaultDay={year === dayjs().year() ? undefined : dayjs(`${year}-01-01`)}
        onClose={() => setEditing(undefined)}
      />
      <CloseCalendarDayModal entry={closing} onClose={() => setClosing(undefined)} />
    </Flex>
  );
}

/** The entries of one year with their actions; Confirm marks an entry verified at once. */
export function CalendarTable({
  entries,
  loading = false,
  onEdit,
  onClose,
}: {
  entries: readonly CalendarDay[];
  loading?: boolean;
  onEdit: (entry: CalendarDay) => void;
  onClose: (entry: CalendarDay) => void;
}) {
  const { t, i18n } = useTranslation('calendar');
  const { message } = App.useApp();
  const confirm = useSaveCalendarDay();

  // The Popconfirm stays busy until the answer; a failure shows in the ProblemAlert above.
  const confirmEntry = async (entry: CalendarDay) => {
    if (!entry.id) return;
    try {
      const saved = await confirm.mutateAsync({
        kind: 'update',
        id: entry.id,
        body: { version: entry.version ?? 0, verified: true },
      });
      void message.success(t('confirm.done', { name: saved.name }));
    } catch {
      // confirm.error holds the problem.
    }
  };

  return (
    <Flex vertical gap={12}>
      {confirm.error && <ProblemAlert error={confirm.error} />}
      <Table<CalendarDay>
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={[...entries]}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('empty') }}
        pagination={false}
        footer={() => t('total', { count: entries.length })}
        columns={[
          {
            key: 'day',
            title: t('columns.day'),
            dataIndex: 'day',
            render: (value: string) => formatWeekdayDate(value, i18n.language),
          },
          {
            key: 'kind',
            title: t('columns.kind'),
            dataIndex: 'kind',
            render: (value: CalendarDay['kind']) =>
              value && <Tag className={KIND_CLASS[value]}>{t(`kinds.${value}`)}</Tag>,
          },
          {
            key: 'name',
            title: t('columns.name'),
            dataIndex: 'name',
            // The warning sits under the name, where the eye reads first.
            render: (value: string, entry) => (
              <Flex vertical gap={4} align="start" style={{ maxWidth: 260 }}>
                <span>{value}</span>
                <EntryStatus entry={entry} />
              </Flex>
            ),
          },
          {
            key: 'legalBasis',
            title: t('columns.legalBasis'),
            dataIndex: 'legalBasis',
            render: (value?: string) => <div style={{ maxWidth: 220 }}>{value}</div>,
          },
          {
            key: 'actions',
            title: t('columns.actions'),
            render: (_, entry) =>
              !entry.closedAt && (
                <Space size={4}>
                  <Tooltip title={t('actions.edit')}>
                    <Button
                      size="small"
                      aria-label={t('actions.edit')}
                      icon={<EditOutlined aria-hidden />}
                      onClick={() => onEdit(entry)}
                    />
                  </Tooltip>
                  {!entry.verified && (
                    <Popconfirm
                      title={t('confirm.title', {
                        name: entry.name,
                        date: formatDate(entry.day),
                      })}
                      description={t('confirm.description')}
                      okText={t('confirm.ok')}
                      cancelText={t('confirm.cancel')}
                      onConfirm={() => confirmEntry(entry)}
                    >
                      <Button size="small" type="primary" icon={<CheckOutlined aria-hidden />}>
                        {t('actions.confirm')}
                      </Button>
                    </Popconfirm>
                  )}
                  <Tooltip title={t('actions.close')}>
                    <Button
                      size="small"
                      danger
                      aria-label={t('actions.close')}
                      icon={<StopOutlined aria-hidden />}
                      onClick={() => onClose(entry)}
                    />
                  </Tooltip>
                </Space>
              ),
          },
        ]}
      />
    </Flex>
  );
}

function EntryStatus({ entry }: { entry: CalendarDay }) {
  const { t } = useTranslation('calendar');
  if (entry.closedAt) {
    return (
      <Flex vertical gap={2} align="start">
        <Tag className="status-tag status-planned">
          {t('closed', { date: formatDate(entry.closedAt) })}
        </Tag>
        {entry.closeReason && (
          <Typography.Text type="secondary">
            {t('closedReason', { reason: entry.closeReason })}
          </Typography.Text>
        )}
      </Flex>
    );
  }
  // Only what needs attention is marked: a verified entry in force carries no tag.
  if (entry.verified) return null;
  return (
    <Tag className="status-tag status-postponed" icon={<ExclamationCircleOutlined aria-hidden />}>
      {t('unverified')}
    </Tag>
  );
}
