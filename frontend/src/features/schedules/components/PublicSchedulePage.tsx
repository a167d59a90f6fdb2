import { CalendarOutlined, PhoneOutlined, PrinterOutlined } from '@ant-design/icons';
import {
  Button,
  Calendar,
  DatePicker,
  Empty,
  Flex,
  Form,
  Segmented,
  Select,
  Table,
  Tag,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/errors/ProblemAlert';
import { PageLoading } from '@/components/feedback/PageLoading';
import { formatDate, formatWeekdayDate } from '@/lib/format';
import { icsUrl, usePublicSessions } from '../api/public-schedules';
import type { PublicSession } from '../api/types';
import { usePublicUnitOptions } from '../api/units';
import { byDate, today } from '../utils/range';
import { isCancelledOrPostponed, statusClass, timeRange } from '../utils/status';

const telHref = (phone: string) => `tel:${phone.replace(/[^0-9+]/g, '')}`;

function Notice({ session }: { session: PublicSession }) {
  const { t } = useTranslation('schedules');
  if (!isCancelledOrPostponed(session.status) && !session.notice) return null;
  return (
    <div className="session-notice">
      {session.notice}
      {session.postponedToDate && (
        <div>
          {t('public.postponedTo', {
            date: formatDate(session.postponedToDate),
            time: session.postponedToStart?.slice(0, 5) ?? '',
          })}
        </div>
      )}
    </div>
  );
}

function StatusLabel({ session }: { session: PublicSession }) {
  const { t } = useTranslation('schedules');
  return (
    <Tag className={statusClass(session.status)}>
      {t(`status.${session.status ?? 'PUBLISHED'}`)}
    </Tag>
  );
}

/** The list (and printed) form of the month's sessions. */
function SessionTable({ sessions }: { sessions: PublicSession[] }) {
  const { t, i18n } = useTranslation('schedules');
  return (
    <Table<PublicSession>
      className="public-schedule-table"
      rowKey={(s) => s.id ?? `${s.date}-${s.start}-${s.unitCode}`}
      dataSource={sessions}
      pagination={false}
      size="small"
      rowClassName={(s) => (isCancelledOrPostponed(s.status) ? 'session-row-off' : '')}
      columns={[
        {
          key: 'date',
          title: t('field.date'),
          render: (_, s) => formatWeekdayDate(s.date, i18n.language),
        },
        {
          key: 'time',
          title: t('field.time'),
          render: (_, s) => (
            <span className={isCancelledOrPostponed(s.status) ? 'struck' : undefined}>
              {timeRange(s.start, s.end)}
            </span>
          ),
        },
        { key: 'unit', title: t('field.unit'), render: (_, s) => s.unitName },
        { key: 'place', title: t('field.place'), dataIndex: 'place' },
        {
          key: 'kind',
          title: t('field.kind'),
          render: (_, s) => (
            <>
              {s.channel && <div>{t(`channel.${s.channel}`)}</div>}
              {s.kind && <div>{t(`kind.${s.kind}`)}</div>}
              {s.program && s.program !== 'NONE' && <strong>{t(`program.${s.program}`)}</strong>}
            </>
          ),
        },
        {
          key: 'presiding',
          title: t('field.presiding'),
          render: (_, s) => [s.presidingPosition, s.presidingName].filter(Boolean).join(' '),
        },
        {
          key: 'status',
          title: t('field.status'),
          render: (_, s) => (
            <>
              <StatusLabel session={s} />
              <Notice session={s} />
            </>
          ),
        },
      ]}
    />
  );
}

/** /lich-tiep-cong-dan: "Lịch tiếp công dân", published sessions, open to everyone, printable. */
export function PublicSchedulePage() {
  const { t } = useTranslation('schedules');
  const [query, setQuery] = useState('');
  const [unit, setUnit] = useState<string>();
  const [month, setMonth] = useState<Dayjs>(() => today().startOf('month'));
  const [view, setView] = useState<'calendar' | 'list'>('list');
  const units = usePublicUnitOptions(query);
  const from = month.startOf('month').format('YYYY-MM-DD');
  const to = month.endOf('month').format('YYYY-MM-DD');
  const { data, error, isPending } = usePublicSessions(unit, from, to);
  const sessions = data ?? [];
  const days = byDate(sessions);
  const [chosen, setChosen] = useState<{ code: string; name?: string; phone?: string }>();

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={12}>
        <Typography.Title level={1} className="page-title">
          {t('public.title')}
        </Typography.Title>
        <Button
          className="no-print"
          icon={<PrinterOutlined aria-hidden />}
          onClick={() => window.print()}
        >
          {t('public.print')}
        </Button>
      </Flex>
      <Typography.Paragraph style={{ margin: 0 }}>{t('public.intro')}</Typography.Paragraph>
      <Form layout="vertical" className="no-print">
        <Flex gap={16} wrap align="end">
          <Form.Item
            label={t('public.unitLabel')}
            htmlFor="public-unit"
            style={{ marginBottom: 0 }}
          >
            <Select
              id="public-unit"
              style={{ width: 360, maxWidth: '100%' }}
              allowClear
              showSearch={{ filterOption: false, onSearch: setQuery }}
              placeholder={t('public.unitPlaceholder')}
              value={unit}
              loading={units.isFetching}
              onChange={(code: string | undefined) => {
                setUnit(code);
                const found = units.data?.items?.find((item) => item.code === code);
                setChosen(code ? { code, name: found?.name, phone: found?.phone } : undefined);
              }}
              options={(units.data?.items ?? []).map((item) => ({
                value: item.code!,
                label: item.name ?? item.code,
              }))}
            />
          </Form.Item>
          <Form.Item
            label={t('public.monthLabel')}
            htmlFor="public-month"
            style={{ marginBottom: 0 }}
          >
            <DatePicker
              id="public-month"
              picker="month"
              format="MM/YYYY"
              allowClear={false}
              value={month}
              onChange={(value) => value && setMonth(value.startOf('month'))}
            />
          </Form.Item>
          <Segmented<'calendar' | 'list'>
            aria-label={t('view.label')}
            value={view}
            onChange={setView}
            options={[
              { value: 'list', label: t('view.list') },
              { value: 'calendar', label: t('view.calendar') },
            ]}
          />
        </Flex>
      </Form>
      <Flex gap={24} wrap align="center">
        {chosen?.name && (
          <Typography.Title level={2} style={{ margin: 0, fontSize: 18 }}>
            {chosen.name} · {month.format('MM/YYYY')}
          </Typography.Title>
        )}
        {chosen?.phone && (
          <span>
            <PhoneOutlined aria-hidden /> {t('public.phone')}:{' '}
            <a href={telHref(chosen.phone)}>{chosen.phone}</a>
          </span>
        )}
        {chosen && (
          <a className="ics-link" href={icsUrl(chosen.code)}>
            <CalendarOutlined aria-hidden /> {t('public.icsUnit')}
          </a>
        )}
        <a className="ics-link" href={icsUrl()}>
          <CalendarOutlined aria-hidden /> {t('public.icsProvince')}
        </a>
      </Flex>
      {isPending && <PageLoading />}
      {error && <ProblemAlert error={error} />}
      {data && sessions.length === 0 && <Empty description={t('public.empty')} />}
      {data && sessions.length > 0 && (
        <>
          <Typography.Text type="secondary" role="status">
            {t('public.count', { count: sessions.length })}
          </Typography.Text>
          {view === 'calendar' && (
            <div className="no-print">
              <Calendar
                className="session-calendar"
                value={month}
                headerRender={() => null}
                cellRender={(date, info) =>
                  info.type === 'date' && date.month() === month.month() ? (
                    <ul className="plain-list session-cell">
                      {(days.get(date.format('YYYY-MM-DD')) ?? []).map((s) => (
                        <li
                          key={s.id ?? `${s.start}-${s.unitCode}`}
                          className={`session-chip status-${(s.status ?? 'PUBLISHED').toLowerCase()}`}
                        >
                          <span className={isCancelledOrPostponed(s.status) ? 'struck' : undefined}>
                            {timeRange(s.start, s.end)}
                          </span>{' '}
                          {s.unitName}
                          {isCancelledOrPostponed(s.status) && (
                            <span> ({t(`status.${s.status ?? 'PUBLISHED'}`)})</span>
                          )}
                        </li>
                      ))}
                    </ul>
                  ) : null
                }
              />
            </div>
          )}
          <div className={view === 'calendar' ? 'print-only' : undefined}>
            <SessionTable sessions={sessions} />
          </div>
        </>
      )}
    </Flex>
  );
}
