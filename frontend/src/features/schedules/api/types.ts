import type { components } from '@/api/schema';

/**
 * The reception schedule contract (issue 4), from the API's OpenAPI document; the code lists are
 * checked against it.
 */

export const SESSION_STATUSES = [
  'PLANNED',
  'PUBLISHED',
  'HELD',
  'HELD_NO_VISITORS',
  'POSTPONED',
  'CANCELLED',
] as const satisfies readonly components['schemas']['SessionStatus'][];
export type SessionStatus = (typeof SESSION_STATUSES)[number];

export const CHANNELS = [
  'IN_PERSON',
  'ONLINE',
] as const satisfies readonly components['schemas']['Channel'][];
export type Channel = (typeof CHANNELS)[number];

/** Regular (định kỳ), periodic by the head (thủ trưởng tiếp định kỳ), urgent (đột xuất). */
export const SESSION_KINDS = [
  'REGULAR',
  'PERIODIC',
  'URGENT',
] as const satisfies readonly components['schemas']['ReceptionKind'][];
export type SessionKind = (typeof SESSION_KINDS)[number];

/** BUOI_SANG_VOI_NHAN_DAN: "Buổi sáng với Nhân dân", 07:00–08:00 on working days. */
export const PROGRAMS = [
  'NONE',
  'BUOI_SANG_VOI_NHAN_DAN',
] as const satisfies readonly components['schemas']['Program'][];
export type Program = (typeof PROGRAMS)[number];

export const HOLIDAY_POLICIES = [
  'SKIP',
  'NEXT_WORKING_DAY',
] as const satisfies readonly components['schemas']['HolidayPolicy'][];
export type HolidayPolicy = (typeof HOLIDAY_POLICIES)[number];

/** As the API names them in allowedActions; the URL segment is the lower-case, hyphenated form. */
export const SESSION_ACTIONS = [
  'PUBLISH',
  'CANCEL',
  'POSTPONE',
  'DELEGATE',
  'CHECK_IN',
  'CHECK_OUT',
] as const satisfies readonly components['schemas']['SessionAction'][];
export type SessionAction = (typeof SESSION_ACTIONS)[number];

/** PUBLISH → publish, CHECK_IN → check-in: the action's path under /api/v1/sessions/{id}/. */
export const actionPath = (action: SessionAction) => action.toLowerCase().replace('_', '-');

type Schemas = components['schemas'];

export type UnitRef = Schemas['UnitRef'];
export type OfficialRef = Schemas['SessionOfficial'];
/** A dated reception session (kỳ/buổi tiếp). */
export type Session = Schemas['Session'];
/** A reception schedule (lịch tiếp công dân) of a unit. */
export type Schedule = Schemas['Schedule'];
export type ScheduleInput = Schemas['ScheduleRequest'];
export type EndScheduleBody = Schemas['EndScheduleRequest'];
/** One day of the working-day calendar. */
export type CalendarDay = Schemas['DayStatus'];
/** A session as citizens see it: no internal data. */
export type PublicSession = Schemas['PublicSession'];

export interface Page<T> {
  items?: T[];
  page?: number;
  size?: number;
  totalItems?: number;
  totalPages?: number;
}

/** One head's figures over a period, with each obligation rule (GET /api/v1/compliance). */
export type ComplianceRow = Schemas['OfficialCompliance'];
export type RuleCompliance = Schemas['RuleCompliance'];
