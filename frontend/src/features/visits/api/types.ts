import type { components } from '@/api/schema';

/**
 * The reception book contract (issue 5), from the API's OpenAPI document; the code lists are
 * checked against it.
 */
type Schemas = components['schemas'];

export const CLASSIFICATIONS = [
  'KHIEU_NAI',
  'TO_CAO',
  'KIEN_NGHI_PHAN_ANH',
  'NHIEU_NOI_DUNG',
] as const satisfies readonly Schemas['VisitClassification'][];
export type Classification = Schemas['VisitClassification'];
/** The kinds a mixed visit (NHIEU_NOI_DUNG) may combine. */
export const MIXED_KINDS = [
  'KHIEU_NAI',
  'TO_CAO',
  'KIEN_NGHI_PHAN_ANH',
] as const satisfies readonly Classification[];

export const DIRECTIONS = [
  'THU_LY',
  'TRA_LAI_VA_HUONG_DAN',
  'CHUYEN_DON',
] as const satisfies readonly Schemas['HandlingDirection'][];
export type HandlingDirection = Schemas['HandlingDirection'];

export const VISIT_STATUSES = [
  'RECORDED',
  'HANDLED',
  'REFUSED',
  'RESULT_NOTIFIED',
] as const satisfies readonly Schemas['VisitStatus'][];
export type VisitStatus = Schemas['VisitStatus'];

export const PARTY_KINDS = [
  'PERSON',
  'ORGANISATION',
  'GROUP',
] as const satisfies readonly Schemas['VisitPartyKind'][];
export type PartyKind = Schemas['VisitPartyKind'];
export type PartyRole = Schemas['VisitPartyRole'];

export const ID_DOC_TYPES = [
  'CCCD',
  'CMND',
  'HO_CHIEU',
  'OTHER',
] as const satisfies readonly Schemas['IdDocType'][];
export type IdDocType = Schemas['IdDocType'];
export const GENDERS = ['MALE', 'FEMALE', 'OTHER'] as const satisfies readonly Schemas['Gender'][];
export type Gender = Schemas['Gender'];
export const COPY_KINDS = [
  'ORIGINAL',
  'CERTIFIED_COPY',
  'COPY',
] as const satisfies readonly Schemas['DocumentCopyKind'][];
export type CopyKind = Schemas['DocumentCopyKind'];
export const REFUSAL_GROUNDS = [
  'R1_INCAPACITATED',
  'R2_MISCONDUCT',
  'R3_VEXATIOUS_REPEAT',
  'R4_OTHER',
] as const satisfies readonly Schemas['RefusalGround'][];
export type RefusalGround = Schemas['RefusalGround'];
export const NOTICE_KINDS = [
  'DA_THU_LY',
  'KEO_DAI_XEM_XET',
  'TU_CHOI_THU_LY',
  'DA_CHUYEN',
] as const satisfies readonly Schemas['ResultNoticeKind'][];
export type NoticeKind = Schemas['ResultNoticeKind'];
export const STATEMENT_CONFIRMATIONS = [
  'SIGNED',
  'FINGERPRINTED',
] as const satisfies readonly Schemas['StatementConfirmation'][];
export type StatementConfirmation = Schemas['StatementConfirmation'];
export type VisitAction = Schemas['VisitAction'];

export type PartyInput = Schemas['VisitPartyInput'];
export type PartyView = Schemas['VisitParty'];
export type DocumentInput = Schemas['VisitDocumentInput'];
export type PreviouslyHandledInput = Schemas['PreviouslyHandled'];
export type RefusalInput = Schemas['VisitRefusalInput'];
export type CreateVisitRequest = Schemas['CreateVisitRequest'];
/** A row of the book; `id` is always present on the wire. */
export type VisitSummary = Schemas['VisitSummary'] & { id: string };
/** One visit with everything (parties masked for a denunciation). */
export type VisitView = Schemas['Visit'] & { id: string };
export type LookupMatch = Schemas['VisitLookupMatch'];
export type RefusalNotice = Schemas['VisitRefusalNotice'];
export type LookupResult = Schemas['VisitLookupResult'];
export type FieldCategory = Schemas['FieldCategory'];
export type Page<T> = {
  items?: T[];
  page?: number;
  size?: number;
  totalItems?: number;
  totalPages?: number;
};

export interface VisitFilter {
  q?: string;
  unit?: string;
  from?: string;
  to?: string;
  classification?: Classification;
  direction?: HandlingDirection;
  status?: VisitStatus;
  sessionId?: string;
  noticeOverdue?: boolean;
  sort?: 'bookNo' | 'receivedAt';
  page?: number;
  size?: number;
}

/** A denunciation, alone or among several kinds: the visitors' identity is confidential. */
export const isConfidential = (
  classification: Classification | undefined,
  mixedKinds: readonly Classification[] | undefined,
) =>
  classification === 'TO_CAO' ||
  (classification === 'NHIEU_NOI_DUNG' && (mixedKinds ?? []).includes('TO_CAO'));
