import type { components } from '@/api/schema';

/** The cases contract (issue 6), from the API's OpenAPI document; the code lists are checked against it. */
type Schemas = components['schemas'];
export type Due = Schemas['Due'];

export const CASE_TYPES = [
  'KHIEU_NAI',
  'TO_CAO',
  'KIEN_NGHI_PHAN_ANH',
] as const satisfies readonly Schemas['CaseType'][];
export type CaseType = Schemas['CaseType'];

/** Every status of the three state machines (DOMAIN.md §6.3.3, §6.4.3, §6.5). */
export const CASE_STATUSES = [
  'RECEIVED',
  'NOT_ACCEPTED',
  'ACCEPTED_L1',
  'VERIFYING_L1',
  'DIALOGUE_L1',
  'SUSPENDED',
  'DECIDED_L1',
  'ACCEPTED_L2',
  'VERIFYING_L2',
  'DIALOGUE_L2',
  'DECIDED_L2',
  'EFFECTIVE',
  'ENFORCING',
  'ENFORCED',
  'TERMINATED',
  'IN_COURT',
  'INTAKE_CHECK',
  'INFO_NOT_DENUNCIATION',
  'INSPECTION_REFERRAL',
  'ARCHIVED',
  'TRANSFERRED',
  'ACCEPTED',
  'VERIFYING',
  'EXTENDED_1',
  'EXTENDED_2',
  'DRAFT_CONCLUSION',
  'CONCLUDED',
  'HANDLED',
  'PUBLISHED',
  'MONITORING',
  'CLOSED',
  'CRIMINAL_REFERRAL',
  'RESOLVING',
  'RESPONDED',
  'FOLLOW_UP',
  'REPLY_RECEIVED',
] as const satisfies readonly Schemas['CaseStatus'][];
export type CaseStatus = Schemas['CaseStatus'];

/** The statuses each type's machine can be in, for the status filter. */
export const STATUSES_BY_TYPE: Record<CaseType, readonly CaseStatus[]> = {
  KHIEU_NAI: [
    'RECEIVED',
    'NOT_ACCEPTED',
    'ACCEPTED_L1',
    'VERIFYING_L1',
    'DIALOGUE_L1',
    'SUSPENDED',
    'DECIDED_L1',
    'ACCEPTED_L2',
    'VERIFYING_L2',
    'DIALOGUE_L2',
    'DECIDED_L2',
    'EFFECTIVE',
    'ENFORCING',
    'ENFORCED',
    'TERMINATED',
    'IN_COURT',
  ],
  TO_CAO: [
    'RECEIVED',
    'INTAKE_CHECK',
    'INFO_NOT_DENUNCIATION',
    'INSPECTION_REFERRAL',
    'ARCHIVED',
    'TRANSFERRED',
    'NOT_ACCEPTED',
    'ACCEPTED',
    'VERIFYING',
    'EXTENDED_1',
    'EXTENDED_2',
    'SUSPENDED',
    'DRAFT_CONCLUSION',
    'CONCLUDED',
    'HANDLED',
    'PUBLISHED',
    'MONITORING',
    'CLOSED',
    'TERMINATED',
    'CRIMINAL_REFERRAL',
  ],
  KIEN_NGHI_PHAN_ANH: [
    'RECEIVED',
    'RESOLVING',
    'RESPONDED',
    'TRANSFERRED',
    'FOLLOW_UP',
    'REPLY_RECEIVED',
    'CLOSED',
  ],
};

export type Badge = Schemas['Colour'];
export type UnitRef = Schemas['CaseUnit'];
export type HandlerRef = Schemas['CaseHandler'];
/** The most urgent running deadline of a case, as the inbox shows it. */
export type DeadlineSummary = Schemas['CaseDeadlineBadge'];
/** A row of the inbox; `id` is always present on the wire. */
export type CaseSummary = Schemas['CaseSummary'] & { id: string };
/** A legal deadline of the case with the engine's derivation (`due`). */
export type CaseDeadline = Schemas['CaseDeadline'];
export type CaseDecision = Schemas['CaseDecisionView'];
export type CaseAssignment = Schemas['CaseAssignmentView'];
export type CaseTransfer = Schemas['CaseTransferView'];
/** One case with everything (never the denouncer's identity). */
export type CaseView = Schemas['CaseView'] & { id: string };
export type CaseEvent = Schemas['CaseEvent'];
export type CaseDocument = Schemas['DocumentView'];
export type OverdueRow = Schemas['OverdueRow'];
export type RevealedPerson = Schemas['PersonView'];
export type NotificationView = Schemas['NotificationView'];
export type DocumentType = Schemas['DocumentType'];

export interface Page<T> {
  items?: T[];
  page?: number;
  size?: number;
  totalItems?: number;
  totalPages?: number;
}

export interface CaseFilter {
  type?: CaseType;
  status?: CaseStatus[];
  unit?: string;
  handler?: string;
  overdue?: boolean;
  q?: string;
  transferredOut?: boolean;
  page?: number;
  size?: number;
  sort?: Schemas['CaseSort'];
}

/** Document types a user may attach; REDACTED_COPY is produced by the system only. */
export const DOCUMENT_TYPES = [
  'DECISION',
  'NOTICE',
  'MINUTES',
  'TRANSFER_SLIP',
  'GUIDANCE',
  'EVIDENCE',
  'REPLY',
  'CONCLUSION',
  'ORIGINAL_PETITION',
  'OTHER',
] as const satisfies readonly DocumentType[];
