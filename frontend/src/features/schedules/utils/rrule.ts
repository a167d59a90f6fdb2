import dayjs, { type Dayjs } from 'dayjs';

/** RFC 5545 weekday codes, Monday first (Vietnamese offices work Monday to Friday). */
export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** dayjs day() numbers: Sunday is 0. */
const DAY_NUMBER: Record<Weekday, number> = { SU: 0, MO: 1, TU: 2, WE: 3, TH: 4, FR: 5, SA: 6 };

export type Recurrence =
  | { preset: 'WORKING_DAYS' }
  | { preset: 'WEEKLY'; weekdays: Weekday[] }
  | { preset: 'MONTHLY_DAY'; day: number }
  /** nth: 1..4, or -1 for the last such weekday of the month. */
  | { preset: 'MONTHLY_NTH'; nth: number; weekday: Weekday };

export type Preset = Recurrence['preset'];

/** The RRULE text of a preset, e.g. FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR. */
export function buildRRule(recurrence: Recurrence): string {
  switch (recurrence.preset) {
    case 'WORKING_DAYS':
      return 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR';
    case 'WEEKLY': {
      const days = WEEKDAYS.filter((day) => recurrence.weekdays.includes(day));
      return `FREQ=WEEKLY;BYDAY=${days.join(',')}`;
    }
    case 'MONTHLY_DAY':
      return `FREQ=MONTHLY;BYMONTHDAY=${recurrence.day}`;
    case 'MONTHLY_NTH':
      return `FREQ=MONTHLY;BYDAY=${recurrence.nth}${recurrence.weekday}`;
  }
}

export interface RRule {
  freq: 'DAILY' | 'WEEKLY' | 'MONTHLY';
  interval: number;
  /** Weekdays with an optional ordinal (MONTHLY only): {nth: 2, day: 'TH'} is the 2nd Thursday. */
  byDay: { nth?: number; day: Weekday }[];
  byMonthDay: number[];
  until?: Dayjs;
  count?: number;
}

const isWeekday = (value: string): value is Weekday =>
  (WEEKDAYS as readonly string[]).includes(value);

/** Parses the subset of RRULE the editor supports; throws an Error naming what it cannot read. */
export function parseRRule(text: string): RRule {
  const parts = new Map<string, string>();
  for (const part of text
    .trim()
    .replace(/^RRULE:/i, '')
    .split(';')) {
    if (!part) continue;
    const [key, value] = part.split('=');
    if (!key || value === undefined) throw new Error(`bad part "${part}"`);
    parts.set(key.toUpperCase(), value.toUpperCase());
  }
  const freq = parts.get('FREQ');
  if (freq !== 'DAILY' && freq !== 'WEEKLY' && freq !== 'MONTHLY') {
    throw new Error(`unsupported FREQ "${freq ?? ''}"`);
  }
  const interval = Number(parts.get('INTERVAL') ?? '1');
  if (!Number.isInteger(interval) || interval < 1) throw new Error('bad INTERVAL');
  const byDay = (parts.get('BYDAY') ?? '')
    .split(',')
    .filter(Boolean)
    .map((item) => {
      const match = /^([+-]?\d)?([A-Z]{2})$/.exec(item);
      if (!match || !isWeekday(match[2])) throw new Error(`bad BYDAY "${item}"`);
      return { nth: match[1] ? Number(match[1]) : undefined, day: match[2] };
    });
  const byMonthDay = (parts.get('BYMONTHDAY') ?? '')
    .split(',')
    .filter(Boolean)
    .map((item) => {
      const day = Number(item);
      if (!Number.isInteger(day) || day < 1 || day > 31)
        throw new Error(`bad BYMONTHDAY "${item}"`);
      return day;
    });
  const untilText = parts.get('UNTIL');
  const until = untilText ? dayjs(untilText.slice(0, 8), 'YYYYMMDD') : undefined;
  const countText = parts.get('COUNT');
  for (const key of parts.keys()) {
    if (!['FREQ', 'INTERVAL', 'BYDAY', 'BYMONTHDAY', 'UNTIL', 'COUNT', 'WKST'].includes(key)) {
      throw new Error(`unsupported ${key}`);
    }
  }
  return {
    freq,
    interval,
    byDay,
    byMonthDay,
    until: until?.isValid() ? until : undefined,
    count: countText ? Number(countText) : undefined,
  };
}

/** Recognises a preset in an RRULE, so an existing schedule opens on the right builder. */
export function presetOf(text: string): Recurrence | undefined {
  let rule: RRule;
  try {
    rule = parseRRule(text);
  } catch {
    return undefined;
  }
  if (rule.interval !== 1 || rule.until || rule.count) return undefined;
  // FREQ=DAILY;BYDAY=… and FREQ=WEEKLY;BYDAY=… give the same days.
  if (rule.freq !== 'MONTHLY' && rule.byMonthDay.length === 0 && rule.byDay.length > 0) {
    if (rule.byDay.some((item) => item.nth !== undefined)) return undefined;
    const weekdays = WEEKDAYS.filter((day) => rule.byDay.some((item) => item.day === day));
    if (weekdays.join(',') === 'MO,TU,WE,TH,FR') return { preset: 'WORKING_DAYS' };
    return { preset: 'WEEKLY', weekdays };
  }
  if (rule.freq === 'MONTHLY' && rule.byDay.length === 0 && rule.byMonthDay.length === 1) {
    return { preset: 'MONTHLY_DAY', day: rule.byMonthDay[0] };
  }
  if (rule.freq === 'MONTHLY' && rule.byMonthDay.length === 0 && rule.byDay.length === 1) {
    const [{ nth, day }] = rule.byDay;
    if (nth !== undefined) return { preset: 'MONTHLY_NTH', nth, weekday: day };
  }
  return undefined;
}

/** The nth (1-based, or -1 for last) `weekday` of the month of `month`, if it exists. */
function nthWeekdayOfMonth(month: Dayjs, nth: number, weekday: Weekday): Dayjs | undefined {
  const target = DAY_NUMBER[weekday];
  const matches: Dayjs[] = [];
  for (let day = month.startOf('month'); day.month() === month.month(); day = day.add(1, 'day')) {
    if (day.day() === target) matches.push(day);
  }
  return nth > 0 ? matches[nth - 1] : matches[matches.length + nth];
}

function occursOn(rule: RRule, day: Dayjs, start: Dayjs): boolean {
  if (rule.freq === 'DAILY') {
    return day.diff(start, 'day') % rule.interval === 0 && dayMatches(rule, day);
  }
  if (rule.freq === 'WEEKLY') {
    const weeks = day.startOf('day').diff(mondayOf(start), 'week');
    if (weeks % rule.interval !== 0) return false;
    if (rule.byDay.length === 0) return day.day() === start.day();
    return rule.byDay.some((item) => DAY_NUMBER[item.day] === day.day());
  }
  const months = (day.year() - start.year()) * 12 + day.month() - start.month();
  if (months % rule.interval !== 0) return false;
  if (rule.byMonthDay.length > 0 && !rule.byMonthDay.includes(day.date())) return false;
  if (rule.byDay.length > 0) {
    return rule.byDay.some((item) =>
      item.nth === undefined
        ? DAY_NUMBER[item.day] === day.day()
        : nthWeekdayOfMonth(day, item.nth, item.day)?.isSame(day, 'day') === true,
    );
  }
  if (rule.byMonthDay.length === 0) return day.date() === start.date();
  return true;
}

const dayMatches = (rule: RRule, day: Dayjs) =>
  rule.byDay.length === 0 || rule.byDay.some((item) => DAY_NUMBER[item.day] === day.day());

const mondayOf = (day: Dayjs) => day.startOf('day').subtract((day.day() + 6) % 7, 'day');

/**
 * The dates (YYYY-MM-DD) on which `rrule`, starting on `dtstart`, occurs between `from` and `to`
 * inclusive. Day-by-day walk: enough for the preview of a few weeks or months.
 */
export function expandRRule(
  rrule: string,
  dtstart: string,
  from: string,
  to: string,
  validTo?: string,
): string[] {
  const rule = parseRRule(rrule);
  const start = dayjs(dtstart, 'YYYY-MM-DD');
  let end = dayjs(to, 'YYYY-MM-DD');
  if (rule.until && rule.until.isBefore(end)) end = rule.until;
  if (validTo && dayjs(validTo, 'YYYY-MM-DD').isBefore(end)) end = dayjs(validTo, 'YYYY-MM-DD');
  const first = dayjs(from, 'YYYY-MM-DD');
  const dates: string[] = [];
  let seen = 0;
  for (let day = start; !day.isAfter(end); day = day.add(1, 'day')) {
    if (!occursOn(rule, day, start)) continue;
    seen += 1;
    if (rule.count !== undefined && seen > rule.count) break;
    if (!day.isBefore(first)) dates.push(day.format('YYYY-MM-DD'));
  }
  return dates;
}

export interface PreviewDay {
  /** The date the rule gives. */
  date: string;
  /** Where the session falls: the same day, the next working day, or none (skipped). */
  heldOn?: string;
  dayOff: boolean;
  holiday?: string;
}

/**
 * Applies the holiday policy to the rule's dates: a date falling on a day off is skipped, or
 * moved to the next working day. `isDayOff` answers from the working-day calendar.
 */
export function applyHolidayPolicy(
  dates: string[],
  policy: 'SKIP' | 'NEXT_WORKING_DAY',
  dayOff: (date: string) => { off: boolean; holiday?: string },
): PreviewDay[] {
  return dates.map((date) => {
    const status = dayOff(date);
    if (!status.off) return { date, heldOn: date, dayOff: false };
    if (policy === 'SKIP') return { date, dayOff: true, holiday: status.holiday };
    let next = dayjs(date, 'YYYY-MM-DD');
    for (let step = 0; step < 31; step += 1) {
      next = next.add(1, 'day');
      if (!dayOff(next.format('YYYY-MM-DD')).off) break;
    }
    return { date, heldOn: next.format('YYYY-MM-DD'), dayOff: true, holiday: status.holiday };
  });
}
