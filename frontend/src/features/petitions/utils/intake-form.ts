import dayjs, { type Dayjs } from 'dayjs';
import { toApiDate } from '@/lib/dates';
import { TIME_ZONE } from '@/lib/format';
import {
  CLASSIFICATIONS,
  SENDER_SOURCES,
  type Classification,
  type PetitionCreate,
  type Petitioner,
  type PetitionSource,
  type SignerClass,
  type VisitView,
} from '../api/types';

export interface IntakeValues {
  receivedOn?: Dayjs;
  source: PetitionSource;
  senderBody?: string;
  senderDocNo?: string;
  senderDocDate?: Dayjs;
  writtenDate?: Dayjs;
  signed?: boolean;
  signerClass?: SignerClass;
  anonymous?: boolean;
  pseudonymous?: boolean;
  petitioners?: Petitioner[];
  classification?: Classification;
  mixedKinds?: Classification[];
  fieldCode?: string;
  content?: string;
  request?: string;
  respondent?: string;
}

/** A denunciation (alone or in a mixed petition): its people go to the identity vault only. */
export const carriesDenunciation = (
  classification: Classification | undefined,
  mixedKinds: readonly Classification[] | undefined,
) =>
  classification === 'TO_CAO' ||
  (classification === 'NHIEU_NOI_DUNG' && (mixedKinds ?? []).includes('TO_CAO'));

/** The kinds a mixed petition may combine. */
export const MIXED_KINDS = CLASSIFICATIONS.filter((kind) => kind !== 'NHIEU_NOI_DUNG');

/** The form's first values: a visit's content and people when the petition comes from it. */
export function initialValuesFrom(visit: VisitView | undefined): IntakeValues {
  const base: IntakeValues = {
    receivedOn: dayjs().tz(TIME_ZONE),
    source: 'BUU_CHINH',
    signed: true,
    signerClass: 'MOT_NGUOI_DUNG_TEN',
    anonymous: false,
    pseudonymous: false,
    petitioners: [{ role: 'PETITIONER', idDocType: 'CCCD' }],
  };
  if (!visit) return base;
  const masked = Boolean(visit.confidential || visit.partiesMasked);
  const parties = masked ? [] : (visit.parties ?? []);
  return {
    ...base,
    source: 'TRUC_TIEP',
    receivedOn: visit.receivedAt ? dayjs(visit.receivedAt).tz(TIME_ZONE) : base.receivedOn,
    classification: visit.classification,
    mixedKinds: visit.mixedKinds,
    fieldCode: visit.fieldCode,
    content: visit.contentSummary,
    request: visit.visitorRequest,
    signerClass: parties.length > 1 ? 'NHIEU_NGUOI_DUNG_TEN' : 'MOT_NGUOI_DUNG_TEN',
    petitioners: parties.map((party) => ({
      role: party.role === 'REPRESENTATIVE' ? 'REPRESENTATIVE' : 'PETITIONER',
      fullName: party.fullName,
      idDocType: party.idDocType,
      idNumber: party.idNumber,
      address: party.addressAsWritten,
      phone: party.phone,
    })),
  };
}

const text = (value: string | undefined) => value?.trim() || undefined;

/** The request: the sender only for agency sources, no people for an anonymous or visit-made denunciation. */
export function toPetitionCreate(values: IntakeValues, visit?: VisitView): PetitionCreate {
  const fromAgency = SENDER_SOURCES.includes(values.source);
  const masked = Boolean(visit && (visit.confidential || visit.partiesMasked));
  return {
    receivedOn: toApiDate(values.receivedOn),
    source: values.source,
    senderBody: fromAgency ? text(values.senderBody) : undefined,
    senderDocNo: fromAgency ? text(values.senderDocNo) : undefined,
    senderDocDate: fromAgency ? toApiDate(values.senderDocDate) : undefined,
    visitId: visit?.id,
    writtenDate: toApiDate(values.writtenDate),
    signed: values.signed ?? true,
    signerClass: values.signerClass,
    anonymous: values.anonymous ?? false,
    pseudonymous: values.pseudonymous ?? false,
    petitioners:
      values.anonymous || masked
        ? []
        : (values.petitioners ?? [])
            .filter((person) => text(person.fullName))
            .map((person) => ({
              role: person.role ?? 'PETITIONER',
              fullName: person.fullName!.trim(),
              idDocType: text(person.idNumber) ? person.idDocType : undefined,
              idNumber: text(person.idNumber),
              address: text(person.address),
              phone: text(person.phone),
              email: text(person.email),
            })),
    content: values.content?.trim() ?? '',
    request: text(values.request),
    respondent: text(values.respondent),
    fieldCode: values.fieldCode,
    classification: values.classification,
    mixedKinds: values.classification === 'NHIEU_NOI_DUNG' ? values.mixedKinds : undefined,
  };
}
