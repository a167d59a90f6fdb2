import type { components } from '@/api/schema';
import type {
  Conforms,
  Expect,
  FormDefinition,
  FormResult,
  FormRow,
  Page,
  PeriodView,
} from '@/lib/reports/types';

/**
 * Report submission, review, consolidation and period configuration (issue 7 contract, part C,
 * package vn.tiepdan.submission).
 */

export const SUBMISSION_STATUSES = ['DRAFT', 'SUBMITTED', 'ACCEPTED', 'RETURNED'] as const;
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];

export const EVENT_ACTIONS = [
  'CREATED',
  'EDITED',
  'SUBMITTED',
  'ACCEPTED',
  'RETURNED',
  'REOPENED',
  'VERIFIED',
] as const;
export type SubmissionAction = (typeof EVENT_ACTIONS)[number];

export interface SubmissionEvent {
  at: string;
  action: SubmissionAction | string;
  actor: string;
  comment?: string | null;
  contentHash?: string | null;
}

/** The narrative of the report (Vietnamese prose), its document number and signer. */
export interface Narrative {
  results?: string | null;
  difficulties?: string | null;
  exemplary?: string | null;
  proposals?: string | null;
  docNo?: string | null;
  signerName?: string | null;
  signerTitle?: string | null;
}

/** A report as listed (SubmissionSummary). */
export interface SubmissionSummary {
  id: string;
  unitId: string;
  unitCode?: string;
  unitName?: string;
  periodCode: string;
  periodKind: string;
  from: string;
  to: string;
  dueOn?: string | null;
  status: SubmissionStatus;
  consolidated?: boolean;
  late?: boolean | null;
  submittedAt?: string | null;
  submittedBy?: string | null;
  contentHash?: string | null;
  version: number;
}

/** SubmissionMachine's actions allowed in the report's state (not filtered by role). */
export type SubmissionActionName = 'edit' | 'submit' | 'accept' | 'return';

/** A report with its forms, narrative, review and log (SubmissionView). */
export interface Submission extends Narrative {
  summary: SubmissionSummary;
  period: PeriodView;
  narrativeRequired?: boolean;
  formCodes?: string[];
  /** True: the forms are computed now (DRAFT/RETURNED); false: the frozen snapshot. */
  live: boolean;
  forms: FormResult[];
  valid?: boolean;
  reviewedAt?: string | null;
  reviewedBy?: string | null;
  reviewComment?: string | null;
  allowedActions?: SubmissionActionName[];
  events?: SubmissionEvent[];
}

export interface CreateSubmission {
  unitId: string;
  period: string;
}

export interface SubmissionFilter {
  unit?: string;
  period?: string;
  status?: SubmissionStatus;
  kind?: string;
  late?: boolean;
  page: number;
  size: number;
}

export interface VerifyResult {
  storedHash: string;
  regeneratedHash: string;
  same: boolean;
  differences?: string[];
}

export const CONSOLIDATION_STATUSES = [
  'MISSING',
  'DRAFT',
  'SUBMITTED',
  'ACCEPTED',
  'RETURNED',
] as const;
export type ConsolidationStatus = (typeof CONSOLIDATION_STATUSES)[number];

export interface ExpectedUnit {
  unitId: string;
  unitCode?: string;
  unitName?: string;
  unitKind?: string;
  status: ConsolidationStatus;
  /** Submitted after the due date, or not submitted and the due date has passed. */
  late?: boolean | null;
  submissionId?: string | null;
  submittedAt?: string | null;
}

/** The province form from the accepted reports' snapshots and the expected units' status. */
export interface Consolidation {
  period: PeriodView;
  form: FormDefinition;
  /** One row per accepted report (its TOTAL row), then "Toàn tỉnh". */
  rows: FormRow[];
  units: ExpectedUnit[];
  expected?: number;
  accepted?: number;
}

/** A report period kind with its window and due date (report_period_kind). */
export interface PeriodKind {
  code: string;
  regime: 'TT01_2024' | 'BSVND';
  labelVi: string;
  labelEn: string;
  sortOrder?: number;
  startMonth?: number | null;
  startDay?: number | null;
  startYearOffset?: number;
  endMonth?: number | null;
  endDay?: number | null;
  dueMonth?: number | null;
  dueDay: number;
  dueYearOffset?: number;
  narrativeRequired: boolean;
  legalBasis: string;
  /** The forms of a report of this kind. */
  forms?: string[];
  version: number;
}

export type PeriodKindUpdate = Omit<
  PeriodKind,
  'code' | 'regime' | 'labelVi' | 'labelEn' | 'sortOrder' | 'forms'
>;

type Schemas = components['schemas'];

/** The views above against the generated OpenAPI schema (vn.tiepdan.submission.SubmissionDtos). */
export type SubmissionContractChecks = [
  Expect<Conforms<SubmissionEvent, Schemas['EventView']>>,
  Expect<Conforms<SubmissionSummary, Schemas['SubmissionSummary']>>,
  Expect<Conforms<Submission, Schemas['SubmissionView']>>,
  Expect<Conforms<Page<SubmissionSummary>, Schemas['PageResponseSubmissionSummary']>>,
  Expect<Conforms<CreateSubmission, Schemas['SubmissionCreate']>>,
  Expect<Conforms<Narrative & { version: number }, Schemas['SubmissionPatch']>>,
  Expect<Conforms<VerifyResult, Schemas['VerifyResult']>>,
  Expect<Conforms<ExpectedUnit, Schemas['ExpectedUnit']>>,
  Expect<Conforms<Consolidation, Schemas['Consolidation']>>,
  Expect<Conforms<PeriodKind, Schemas['PeriodKindView']>>,
  Expect<Conforms<PeriodKindUpdate, Schemas['PeriodKindUpdate']>>,
];
