import type { FormResult, PeriodView } from '@/lib/reports/types';

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
  id?: string;
  at: string;
  action: SubmissionAction;
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

export interface Submission extends Narrative {
  id: string;
  unitId: string;
  unitCode?: string;
  unitName?: string;
  period: PeriodView;
  status: SubmissionStatus;
  consolidated?: boolean;
  /** The form codes of the report set. */
  forms: string[];
  contentHash?: string | null;
  submittedAt?: string | null;
  submittedBy?: string | null;
  late?: boolean | null;
  reviewedAt?: string | null;
  reviewedBy?: string | null;
  reviewComment?: string | null;
  narrativeRequired?: boolean;
  version: number;
  /** In the detail: live forms for a draft or returned report, the frozen snapshot once submitted. */
  formResults?: FormResult[];
  events?: SubmissionEvent[];
}

export interface CreateSubmission {
  unitId: string;
  period: string;
  consolidated?: boolean;
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
  'LATE',
  'ACCEPTED',
  'RETURNED',
] as const;
export type ConsolidationStatus = (typeof CONSOLIDATION_STATUSES)[number];

export interface ExpectedUnit {
  unitId: string;
  unitCode?: string;
  unitName?: string;
  status: ConsolidationStatus;
  late?: boolean | null;
  submissionId?: string | null;
  submittedAt?: string | null;
}

export interface Consolidation {
  period: PeriodView;
  form?: FormResult;
  units: ExpectedUnit[];
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
  version: number;
}

export type PeriodKindUpdate = Omit<
  PeriodKind,
  'code' | 'regime' | 'labelVi' | 'labelEn' | 'sortOrder'
>;
