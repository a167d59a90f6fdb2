import type { components } from '@/api/schema';

type Schemas = components['schemas'];

/** An exception to the Monday–Friday week: a day off on a weekday or a weekend day worked. */
export type CalendarDay = Schemas['CalendarDay'];
export type CalendarDayKind = Schemas['CalendarDayKind'];
export type CalendarDayRequest = Schemas['CalendarDayRequest'];
export type CloseCalendarDayRequest = Schemas['CloseCalendarDayRequest'];

export const CALENDAR_DAY_KINDS = [
  'DAY_OFF',
  'WORKING_DAY',
] as const satisfies readonly CalendarDayKind[];
