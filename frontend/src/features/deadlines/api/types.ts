import type { components } from '@/api/schema';

type Schemas = components['schemas'];

/** One version of a legal deadline rule, in force from validFrom to validTo. */
export type DeadlineRule = Schemas['DeadlineRule'];
export type DeadlineRuleChange = Schemas['DeadlineRuleChange'];
export type DeadlineSubject = Schemas['DeadlineSubject'];
export type DeadlineUnit = Schemas['DeadlineUnit'];
export type DeadlineVariant = Schemas['DeadlineVariant'];
export type ComputeDeadlineRequest = Schemas['ComputeDeadlineRequest'];
/** A computed due date with its derivation. */
export type Due = Schemas['Due'];

export const DEADLINE_UNITS = [
  'WORKING_DAY',
  'CALENDAR_DAY',
  'MONTH',
  'YEAR',
] as const satisfies readonly DeadlineUnit[];

export const DEADLINE_VARIANTS = [
  'COMPLEX',
  'VERY_COMPLEX',
  'REMOTE',
] as const satisfies readonly DeadlineVariant[];
