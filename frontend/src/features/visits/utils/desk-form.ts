import dayjs, { type Dayjs } from 'dayjs';
import { toApiDate } from '@/lib/dates';
import type {
  Classification,
  CopyKind,
  CreateVisitRequest,
  Gender,
  HandlingDirection,
  IdDocType,
  PartyInput,
  PartyKind,
  PartyRole,
  RefusalGround,
  StatementConfirmation,
} from '../api/types';
import { normaliseIdNumber } from './id-number';

/** "No session": a visit received at the regular reception office, outside a session. */
export const NO_SESSION = 'NONE';

export interface PartyValues {
  fullName?: string;
  idDocType?: IdDocType;
  idNumber?: string;
  idIssueDate?: Dayjs | null;
  idIssuePlace?: string;
  gender?: Gender;
  birthYear?: number | null;
  addressAsWritten?: string;
  phone?: string;
  position?: string;
}

/** The desk form's values. `parties` has the request's order, so `parties[0].idNumber` errors land here. */
export interface DeskValues {
  sessionId?: string;
  receivedAt?: Dayjs | null;
  partyKind: PartyKind;
  headcount?: number | null;
  parties: PartyValues[];
  classification?: Classification;
  mixedKinds?: Classification[];
  fieldCode?: string;
  contentSummary?: string;
  visitorRequest?: string;
  withPetition: boolean;
  statementConfirmation?: StatementConfirmation;
  documents?: { title?: string; pages?: number | null; copyKind?: CopyKind }[];
  previouslyHandled?: {
    agency?: string;
    documentNo?: string;
    date?: Dayjs | null;
    form?: string;
  }[];
  /** 'NONE': not handled yet (the visit stays RECORDED). */
  handlingDirection?: HandlingDirection | 'NONE';
  guidance?: string;
  transferToUnitId?: string;
  transferToName?: string;
  leaderConclusion?: string;
  membersOpinions?: string;
  visitorStatement?: string;
  notes?: string;
  interpreterUsed?: boolean;
  interpreterName?: string;
  matterId?: string;
  refused?: boolean;
  refusal?: {
    ground?: RefusalGround;
    explanation?: string;
    explainedToCitizen?: boolean;
    reportedTo?: string;
    minutesDrawnUp?: boolean;
    noticeNo?: string;
    noticeDate?: Dayjs | null;
    issuedByOfficialId?: string;
  };
}

export const emptyParty = (): PartyValues => ({ idDocType: 'CCCD' });

/** The defaults of the 07:00 rush: one citizen with a CCCD, a petition in hand, received now. */
export const defaultValues = (sessionId?: string): DeskValues => ({
  sessionId: sessionId ?? NO_SESSION,
  receivedAt: dayjs(),
  partyKind: 'PERSON',
  headcount: 1,
  parties: [emptyParty()],
  withPetition: true,
  documents: [],
  previouslyHandled: [],
  interpreterUsed: false,
  refused: false,
});

/** Whose identity the party row holds, from the visit's kind and the row's place. */
export function roleOf(kind: PartyKind, index: number): PartyRole {
  if (kind === 'PERSON') return 'VISITOR';
  if (kind === 'ORGANISATION') return index === 0 ? 'ORGANISATION' : 'REPRESENTATIVE';
  return 'REPRESENTATIVE';
}

const text = (value: string | undefined | null) => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
};
const number = (value: number | undefined | null) =>
  value === null || value === undefined || Number.isNaN(value) ? undefined : value;

/** Leaves out absent members, so the JSON body carries only what the officer entered. */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(
    Object.entries(value).filter(([, member]) => member !== undefined),
  ) as T;
}

function partyOf(kind: PartyKind, party: PartyValues, index: number): PartyInput {
  const isOrganisation = roleOf(kind, index) === 'ORGANISATION';
  const idNumber = text(party.idNumber);
  return compact({
    role: roleOf(kind, index),
    fullName: text(party.fullName) ?? '',
    idDocType: isOrganisation || !idNumber ? undefined : (party.idDocType ?? 'CCCD'),
    idNumber: isOrganisation || !idNumber ? undefined : normaliseIdNumber(idNumber),
    idIssueDate: isOrganisation ? undefined : toApiDate(party.idIssueDate),
    idIssuePlace: isOrganisation ? undefined : text(party.idIssuePlace),
    gender: isOrganisation ? undefined : party.gender,
    birthYear: isOrganisation ? undefined : number(party.birthYear),
    addressAsWritten: text(party.addressAsWritten),
    phone: text(party.phone),
    position: text(party.position),
  });
}

/** The desk form's values as the POST /api/v1/visits body. */
export function toCreateRequest(values: DeskValues): CreateVisitRequest {
  const kind = values.partyKind;
  const parties = (kind === 'PERSON' ? values.parties.slice(0, 1) : values.parties)
    .map((party, index) => partyOf(kind, party ?? {}, index))
    .filter((party, index) => index === 0 || party.fullName !== '');
  const refused = Boolean(values.refused && values.refusal?.ground);
  const direction =
    refused || values.handlingDirection === 'NONE' ? undefined : values.handlingDirection;
  const refusal = values.refusal;
  const sessionId =
    values.sessionId && values.sessionId !== NO_SESSION ? values.sessionId : undefined;
  return compact({
    sessionId,
    receivedAt: (values.receivedAt ?? dayjs()).toISOString(),
    partyKind: kind,
    headcount: kind === 'GROUP' ? (number(values.headcount) ?? parties.length) : 1,
    parties,
    classification: values.classification,
    mixedKinds:
      values.classification === 'NHIEU_NOI_DUNG' && values.mixedKinds?.length
        ? values.mixedKinds
        : undefined,
    fieldCode: values.fieldCode,
    contentSummary: text(values.contentSummary),
    visitorRequest: text(values.visitorRequest),
    withPetition: values.withPetition,
    statementConfirmation: values.withPetition ? undefined : values.statementConfirmation,
    documents: (values.documents ?? [])
      .filter((doc) => text(doc?.title))
      .map((doc) =>
        compact({ title: text(doc.title)!, pages: number(doc.pages), copyKind: doc.copyKind }),
      ),
    previouslyHandled: (values.previouslyHandled ?? [])
      .filter((item) => text(item?.agency))
      .map((item) =>
        compact({
          agency: text(item.agency)!,
          documentNo: text(item.documentNo),
          date: toApiDate(item.date),
          form: text(item.form),
        }),
      ),
    handlingDirection: direction,
    guidance: direction === 'TRA_LAI_VA_HUONG_DAN' ? text(values.guidance) : undefined,
    transferToUnitId: direction === 'CHUYEN_DON' ? values.transferToUnitId : undefined,
    transferToName: direction === 'CHUYEN_DON' ? text(values.transferToName) : undefined,
    leaderConclusion: text(values.leaderConclusion),
    membersOpinions: text(values.membersOpinions),
    visitorStatement: text(values.visitorStatement),
    notes: text(values.notes),
    interpreterUsed: values.interpreterUsed ? true : undefined,
    interpreterName: values.interpreterUsed ? text(values.interpreterName) : undefined,
    matterId: values.matterId,
    refusal:
      refused && refusal?.ground
        ? compact({
            ground: refusal.ground,
            explanation: text(refusal.explanation) ?? '',
            explainedToCitizen: refusal.explainedToCitizen,
            reportedTo: text(refusal.reportedTo),
            minutesDrawnUp: refusal.minutesDrawnUp,
            noticeNo: refusal.ground === 'R3_VEXATIOUS_REPEAT' ? text(refusal.noticeNo) : undefined,
            noticeDate:
              refusal.ground === 'R3_VEXATIOUS_REPEAT' ? toApiDate(refusal.noticeDate) : undefined,
            issuedByOfficialId:
              refusal.ground === 'R3_VEXATIOUS_REPEAT' ? refusal.issuedByOfficialId : undefined,
          })
        : undefined,
  });
}
