import type { components } from '@/api/schema';

/** The petitions contract (issue 6), from the API's OpenAPI document; code lists checked against it. */
type Schemas = components['schemas'];
export type Due = Schemas['Due'];
export type IdDocType = Schemas['IdDocType'];
export type FieldCategory = Schemas['FieldCategory'];
export type VisitView = Schemas['Visit'];

export const PETITION_SOURCES = [
  'TRUC_TIEP',
  'BUU_CHINH',
  'CO_QUAN_KHAC_CHUYEN_DEN',
  'LANH_DAO_GIAO',
  'BAO_CHI',
  'HDND',
  'DBQH',
  'MTTQ',
  'TRUNG_UONG',
  'HOP_THU',
  'CONG_DVC',
  'TONG_DAI_1022',
  'TRUC_TUYEN',
  'DOI_THOAI_TRUC_TIEP',
  'KHAC',
] as const satisfies readonly Schemas['PetitionSource'][];
export type PetitionSource = Schemas['PetitionSource'];
/** Sources whose sender is an agency (or a leader, the press) named with its document. */
export const SENDER_SOURCES: readonly PetitionSource[] = [
  'CO_QUAN_KHAC_CHUYEN_DEN',
  'LANH_DAO_GIAO',
  'BAO_CHI',
  'HDND',
  'DBQH',
  'MTTQ',
  'TRUNG_UONG',
];

export const CLASSIFICATIONS = [
  'KHIEU_NAI',
  'TO_CAO',
  'KIEN_NGHI_PHAN_ANH',
  'NHIEU_NOI_DUNG',
] as const;
export type Classification = (typeof CLASSIFICATIONS)[number];

export const SIGNER_CLASSES = [
  'MOT_NGUOI_DUNG_TEN',
  'NHIEU_NGUOI_DUNG_TEN',
  'DON_KHAC',
] as const satisfies readonly Schemas['SignerClass'][];
export type SignerClass = Schemas['SignerClass'];

export const PETITION_STATUSES = [
  'RECEIVED',
  'CLASSIFIED',
  'DECIDED',
  'FILED',
  'DESTROYED',
] as const satisfies readonly Schemas['PetitionStatus'][];
export type PetitionStatus = Schemas['PetitionStatus'];

export const PETITION_DECISIONS = [
  'DE_XUAT_THU_LY',
  'KHONG_THU_LY',
  'HUONG_DAN',
  'TRA_LAI',
  'CHUYEN_DON',
  'DON_DOC',
  'LUU_DON',
  'XU_LY_THONG_TIN_TO_CAO',
  'TACH_NOI_DUNG',
] as const satisfies readonly Schemas['PetitionDecision'][];
export type PetitionDecision = Schemas['PetitionDecision'];

export const PROCESSABLE = [
  'DU_DIEU_KIEN',
  'KHONG_DU_DIEU_KIEN',
] as const satisfies readonly Schemas['Processable'][];
export type Processable = Schemas['Processable'];
export const COMPETENCE = [
  'THUOC_THAM_QUYEN',
  'KHONG_THUOC_THAM_QUYEN',
] as const satisfies readonly Schemas['Competence'][];
export type Competence = Schemas['Competence'];

export const PETITIONER_ROLES = [
  'PETITIONER',
  'REPRESENTATIVE',
  'ORGANISATION',
] as const satisfies readonly Schemas['PetitionPartyRole'][];
export type PetitionerRole = Schemas['PetitionPartyRole'];
export const ID_DOC_TYPES = [
  'CCCD',
  'CMND',
  'HO_CHIEU',
  'OTHER',
] as const satisfies readonly IdDocType[];

export type UnitRef = Schemas['UnitRef'];
export type Petitioner = Schemas['PetitionerView'];
export type PetitionCreate = Schemas['PetitionCreate'];
export type PetitionRef = Schemas['PetitionRef'];
/** A row of the petition book; `id` is always present on the wire. */
export type PetitionSummary = Schemas['PetitionSummary'] & { id: string };
/** One petition (petitioners masked for a denunciation) with its derivation and allowed actions. */
export type PetitionView = Schemas['PetitionView'] & { id: string };
export type ClassifyRequest = Schemas['PetitionClassify'];
export type DecideRequest = Schemas['PetitionDecide'];
export type DestroyRequest = Schemas['PetitionDestroy'];

export interface Page<T> {
  items?: T[];
  page?: number;
  size?: number;
  totalItems?: number;
  totalPages?: number;
}

export interface PetitionFilter {
  sort?: Schemas['PetitionSort'];
  q?: string;
  status?: PetitionStatus;
  classification?: Classification;
  source?: PetitionSource;
  overdue?: boolean;
  page?: number;
  size?: number;
}
