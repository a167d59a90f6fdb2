import { LeftOutlined, PlusOutlined, RightOutlined } from '@ant-design/icons';
import {
  Button,
  Calendar,
  Drawer,
  Empty,
  Flex,
  Form,
  List,
  Segmented,
  Select,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/errors/ProblemAlert';
import { PageLoading } from '@/components/feedback/PageLoading';
import { useCurrentUser } from '@/lib/auth/current-user';
import { hasAnyRole, useRoles } from '@/lib/authorization';
import { formatDate, formatWeekdayDate } from '@/lib/format';
import { useSessions } from '../api/sessions';
import { SESSION_STATUSES, type Session, type SessionStatus } from '../api/types';
import { useVisibleUnits } from '../api/units';
import { byDate, mondayOf, rangeOf, today, type CalendarView } from '../utils/range';
import { actionsFor } from '../utils/status';
import { SessionActions } from './SessionActions';
import { SessionChip } from './SessionChip';
import { SessionFacts } from './SessionFacts';
import { UrgentSessionModal } from './UrgentSessionModal';

/** Shows the sessions of a day as chips. */
function DayCell({ sessions, onOpen }: { sessions: Session[]; onOpen: (s: Session) => void }) {
  return (
    <ul className="plain-list session-cell">
      {sessions.map((session) => (
        <li key={session.id}>
          <SessionChip session={session} onOpen={onOpen} />
        </li>
      ))}
    </ul>
  );
}

/** The drawer with a session's details and the actions its state and the caller's roles allow. */
export function SessionDrawer({
  session,
  onClose,
}: {
  session: Session | undefined;
  onClose: () => void;
}) {
  const { t } = useTranslation('schedules');
  const roles = useRoles();
  const { data: me } = useCurrentUser();
  const [current, setCurrent] = useState<Session>();
  const shown = current?.id === session?.id ? current : session;
  return (
    <Drawer
      open={session !== undefined}
      onClose={() => {
        setCurrent(undefined);
        onClose();
      }}
      title={shown ? t('sessions.detail', { date: formatDate(shown.date) }) : undefined}
      size="large"
      destroyOnHidden
    >
      {shown && (
        <Flex vertical gap={16}>
          <SessionFacts session={shown} />
          <SessionActions
            session={shown}
            actions={actionsFor(shown, { username: me?.username, roles })}
            onDone={(updated) => setCurrent(updated?.id ? updated : undefined)}
          />
        </Flex>
      )}
    </Drawer>
  );
}

/** /sessions: the unit's reception sessions by month, week or day. */
export function SessionsPage() {
  const { t, i18n } = useTranslation('schedules');
  const [view, setView] = useState<CalendarView>('month');
  const [anchor, setAnchor] = useState<Dayjs>(today);
  const [unit, setUnit] = useState<string>();
  const [status, setStatus] = useState<SessionStatus>();
  const [open, setOpen] = useState<Session>();
  const [urgent, setUrgent] = useState(false);
  const mayCreate = hasAnyRole(useRoles(), ['unit_leader', 'admin']);
  const units = useVisibleUnits();
  const unitOptions = (units.data?.items ?? []).map((item) => ({
    value: item.id!,
    label: item.name ?? item.code ?? '',
  }));
  const range = rangeOf(view, anchor);
  const { data, error, isPending } = useSessions({ unit, status, ...range });
  const days = byDate(data ?? []);
  const step = (direction: 1 | -1) => setAnchor((day) => day.add(direction, view));

  const heading =
    view === 'month'
      ? anchor.format('MM/YYYY')
      : view === 'week'
        ? `${formatDate(range.from)} – ${formatDate(range.to)}`
        : formatWeekdayDate(range.from, i18n.language);

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={1} className="page-title">
          {t('sessions.title')}
        </Typography.Title>
        {mayCreate && (
          <Button
            type="primary"
            icon={<PlusOutlined aria-hidden />}
            onClick={() => setUrgent(true)}
          >
            {t('urgent.open')}
          </Button>
        )}
      </Flex>
      {urgent && <UrgentSessionModal units={unitOptions} onClose={() => setUrgent(false)} />}
      <Form layout="inline" className="filter-form">
        <Form.Item label={t('unitFilter')} htmlFor="sessions-unit">
          <Select
            id="sessions-unit"
            style={{ minWidth: 260 }}
            allowClear
            placeholder={t('allUnits')}
            value={unit}
            onChange={setUnit}
            loading={units.isFetching}
            showSearch={{ optionFilterProp: 'label' }}
            options={unitOptions}
          />
        </Form.Item>
        <Form.Item label={t('statusFilter')} htmlFor="sessions-status">
          <Select
            id="sessions-status"
            style={{ minWidth: 180 }}
            allowClear
            placeholder={t('allStatuses')}
            value={status}
            onChange={setStatus}
            options={SESSION_STATUSES.map((value) => ({ value, label: t(`status.${value}`) }))}
          />
        </Form.Item>
      </Form>
      <Flex align="center" gap={8} wrap>
        <Segmented<CalendarView>
          aria-label={t('view.label')}
          value={view}
          onChange={setView}
          options={(['month', 'week', 'day'] as const).map((value) => ({
            value,
            label: t(`view.${value}`),
          }))}
        />
        <Button
          icon={<LeftOutlined aria-hidden />}
          onClick={() => step(-1)}
          aria-label={t('previous')}
        />
        <Button onClick={() => setAnchor(today())}>{t('today')}</Button>
        <Button
          icon={<RightOutlined aria-hidden />}
          onClick={() => step(1)}
          aria-label={t('next')}
        />
        <Typography.Title level={2} style={{ margin: 0, fontSize: 18 }} aria-live="polite">
          {heading}
        </Typography.Title>
      </Flex>
      {error && <ProblemAlert error={error} />}
      {isPending && <PageLoading />}
      {view === 'month' && (
        <Calendar
          className="session-calendar"
          value={anchor}
          headerRender={() => null}
          onSelect={(date, info) => {
            if (info.source === 'date') {
              setAnchor(date);
              setView('day');
            }
          }}
          cellRender={(date, info) =>
            info.type === 'date' && date.month() === anchor.month() ? (
              <DayCell sessions={days.get(date.format('YYYY-MM-DD')) ?? []} onOpen={setOpen} />
            ) : null
          }
        />
      )}
      {view === 'week' && (
        <div className="week-grid" role="list">
          {Array.from({ length: 7 }, (_, index) => mondayOf(anchor).add(index, 'day')).map(
            (day) => {
              const key = day.format('YYYY-MM-DD');
              return (
                <section
                  key={key}
                  className="week-day"
                  role="listitem"
                  aria-label={formatWeekdayDate(key, i18n.language)}
                >
                  <div className="week-day-head">{formatWeekdayDate(key, i18n.language)}</div>
                  <DayCell sessions={days.get(key) ?? []} onOpen={setOpen} />
                </section>
              );
            },
          )}
        </div>
      )}
      {view === 'day' &&
        (days.size === 0 && !isPending ? (
          <Empty description={t('noSessions')} />
        ) : (
          <List
            bordered
            dataSource={days.get(range.from) ?? []}
            renderItem={(session) => (
              <List.Item>
                <SessionChip session={session} onOpen={setOpen} />
                <span>{session.place}</span>
              </List.Item>
            )}
          />
        ))}
      <SessionDrawer session={open} onClose={() => setOpen(undefined)} />
    </Flex>
  );
}
