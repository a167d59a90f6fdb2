import dayjs, { type Dayjs } from 'dayjs';
import { TIME_ZONE } from '@/lib/format';
import type { Session } from '../api/types';

export type CalendarView = 'month' | 'week' | 'day';

/** Monday of the week of `day` (Vietnamese weeks start on Monday). */
export const mondayOf = (day: Dayjs) => day.startOf('day').subtract((day.day() + 6) % 7, 'day');

/** The dates (YYYY-MM-DD) a view around `anchor` covers. */
export function rangeOf(view: CalendarView, anchor: Dayjs): { from: string; to: string } {
  const format = (day: Dayjs) => day.format('YYYY-MM-DD');
  if (view === 'day') return { from: format(anchor), to: format(anchor) };
  if (view === 'week') {
    const monday = mondayOf(anchor);
    return { from: format(monday), to: format(monday.add(6, 'day')) };
  }
  return { from: format(anchor.startOf('month')), to: format(anchor.endOf('month')) };
}

/** Sessions by date, each day in start-time order. */
export function byDate<T extends Pick<Session, 'date' | 'start'>>(sessions: readonly T[]) {
  const map = new Map<string, T[]>();
  for (const session of [...sessions].sort((a, b) =>
    `${a.date} ${a.start}`.localeCompare(`${b.date} ${b.start}`),
  )) {
    const key = session.date ?? '';
    const list = map.get(key) ?? [];
    list.push(session);
    map.set(key, list);
  }
  return map;
}

/** Now, in Việt Nam. */
export const today = () => dayjs().tz(TIME_ZONE);
