import type { Dayjs } from 'dayjs';
import { toApiDate } from '@/lib/dates';
import type { CaseStatus, CaseType } from '../api/types';

/**
 * The fields of each case action's dialog (/work/notes/cases-contract.md, "Cases"): the dialog
 * for an action in allowedActions shows exactly these, with the same names as the request body.
 */
export type FieldKind =
  | 'text'
  | 'textarea'
  | 'date'
  | 'switch'
  | 'number'
  | 'select'
  | 'multiselect'
  | 'user'
  /** One item per line, sent as a list of strings. */
  | 'lines';

export interface ActionField {
  name: string;
  kind: FieldKind;
  required?: boolean;
  /** Codes of a select; labelled through `cases:code.<optionKey>.<code>`. */
  options?: readonly string[];
  optionKey?: string;
  /** Shown (and then required) only when this switch is on. */
  when?: string;
  min?: number;
  max?: number;
}

/** Luật Khiếu nại 2011, Art. 11: the grounds for not accepting a complaint. */
export const COMPLAINT_REJECT_GROUNDS = Array.from(
  { length: 10 },
  (_, index) => `KN_ART11_${index + 1}`,
);
/** Luật Tố cáo 2018, Art. 29(1): the acceptance conditions a denunciation fails. */
export const DENUNCIATION_REJECT_GROUNDS = [
  'TC_ART29_1_FORM',
  'TC_ART29_1_CAPACITY',
  'TC_ART29_1_COMPETENCE',
  'TC_ART29_1_BASIS',
  'TC_ART29_1_RESOLVER_NO_EVIDENCE',
] as const;
/** Luật Tố cáo 2018, Art. 34(1): suspension grounds. */
export const DENUNCIATION_SUSPEND_GROUNDS = [
  'TC_ART34_1_AWAIT_RESULT',
  'TC_ART34_1_AWAIT_EXPERT',
] as const;
/** Luật Tố cáo 2018, Art. 34(2): termination grounds. */
export const TERMINATION_GROUNDS = [
  'TC_ART34_2_WITHDRAWN',
  'TC_ART34_2_DECEASED',
  'TC_ART34_2_SETTLED',
] as const;
export const COMPLAINT_RESULTS_L1 = ['DUNG_TOAN_BO', 'SAI_TOAN_BO', 'DUNG_MOT_PHAN'] as const;
export const COMPLAINT_RESULTS_L2 = ['CONG_NHAN_QD_LAN_DAU', 'HUY_SUA_QD_LAN_DAU'] as const;
export const DENUNCIATION_RESULTS = ['DUNG', 'SAI', 'CO_DUNG_CO_SAI'] as const;
/** NĐ 31/2019/NĐ-CP, Art. 3(2). */
export const COMPLEXITY_CRITERIA = [
  'MULTI_LOCATION',
  'MULTI_CONTENT',
  'MANY_DENOUNCERS_OR_AFFECTED',
  'FOREIGN_ELEMENT',
  'MULTI_AGENCY_RESPONSIBILITY',
  'AGENCIES_DISAGREE',
  'CONFLICTING_EVIDENCE',
] as const;
export const NOT_DENUNCIATION_GROUNDS = [
  'ANONYMOUS',
  'PSEUDONYMOUS',
  'UNIDENTIFIABLE',
  'WRONG_FORM',
] as const;
export const WITHDRAWAL_SCOPES = ['FULL', 'PARTIAL'] as const;
export const PUBLISH_METHODS = ['MEETING', 'POSTING', 'MEDIA'] as const;

/** The outcome figures of the report forms (money in million VND, land in m², people). */
export const REMEDY_FIELDS = [
  'moneyRecoverState',
  'landRecoverState',
  'moneyReturn',
  'landReturn',
  'orgsRestored',
  'personsRestored',
  'personsSanctioned',
  'personsSanctionedOfficials',
  'casesToInvestigation',
  'personsToInvestigation',
  'personsToInvestigationOfficials',
] as const;

const docNo: ActionField = { name: 'docNo', kind: 'text' };
const docNoRequired: ActionField = { ...docNo, required: true };
const signedOn: ActionField = { name: 'signedOn', kind: 'date', required: true };
const content: ActionField = { name: 'content', kind: 'textarea' };
const remedies: ActionField[] = REMEDY_FIELDS.map((name) => ({ name, kind: 'number', min: 0 }));
const groundOf = (options: readonly string[]): ActionField => ({
  name: 'ground',
  kind: 'select',
  required: true,
  options,
  optionKey: 'ground',
});

/** Actions served by their own dialogs, not the generic action form. */
export const SPECIAL_ACTIONS = [
  'assign',
  'transfer',
  'upload-document',
  'reveal-identity',
] as const;
export const isSpecialAction = (action: string) =>
  (SPECIAL_ACTIONS as readonly string[]).includes(action);

/** Leader's acts are primary buttons; the rest are plain. */
export const PRIMARY_ACTIONS = new Set([
  'accept',
  'decide',
  'conclude',
  'reply',
  'start-resolving',
]);

/** The fields of `action` on a case of `type` in `status`. */
export function fieldsFor(
  action: string,
  type: CaseType | undefined,
  status: CaseStatus | undefined,
): ActionField[] {
  const denunciation = type === 'TO_CAO';
  switch (action) {
    case 'accept':
      return denunciation
        ? [
            docNoRequired,
            signedOn,
            {
              name: 'complexityCriteria',
              kind: 'multiselect',
              options: COMPLEXITY_CRITERIA,
              optionKey: 'complexity',
            },
          ]
        : [
            docNoRequired,
            signedOn,
            { name: 'complex', kind: 'switch' },
            { name: 'complexityReason', kind: 'textarea', when: 'complex', required: true },
            { name: 'remoteArea', kind: 'switch' },
            { name: 'remoteReason', kind: 'textarea', when: 'remoteArea', required: true },
          ];
    case 'reject':
      return [
        groundOf(denunciation ? DENUNCIATION_REJECT_GROUNDS : COMPLAINT_REJECT_GROUNDS),
        docNoRequired,
        signedOn,
        { ...content, required: true },
      ];
    case 'assign-verification':
      return [
        { name: 'verifierUsername', kind: 'user', required: true },
        docNoRequired,
        signedOn,
        content,
      ];
    case 'hold-dialogue':
      return [
        signedOn,
        { name: 'attendees', kind: 'lines', required: true },
        { name: 'absent', kind: 'lines' },
        { ...content, required: true },
      ];
    case 'decide':
      return [
        {
          name: 'result',
          kind: 'select',
          required: true,
          options:
            status === 'DIALOGUE_L2' || status === 'VERIFYING_L2'
              ? COMPLAINT_RESULTS_L2
              : COMPLAINT_RESULTS_L1,
          optionKey: 'result',
        },
        docNoRequired,
        signedOn,
        { name: 'signerName', kind: 'text', required: true },
        content,
        ...remedies,
      ];
    case 'conclude':
      return [
        {
          name: 'result',
          kind: 'select',
          required: true,
          options: DENUNCIATION_RESULTS,
          optionKey: 'result',
        },
        docNoRequired,
        signedOn,
        { name: 'signerName', kind: 'text', required: true },
        content,
        ...remedies,
      ];
    case 'extend':
      return [
        { name: 'days', kind: 'number', required: true, min: 1, max: 30 },
        docNoRequired,
        signedOn,
      ];
    case 'suspend':
      return denunciation
        ? [groundOf(DENUNCIATION_SUSPEND_GROUNDS), docNoRequired, signedOn, content]
        : [docNoRequired, signedOn, content];
    case 'resume':
      return [docNoRequired, signedOn];
    case 'terminate':
      return [groundOf(TERMINATION_GROUNDS), docNoRequired, signedOn, content];
    case 'accept-second':
      return [{ name: 'receivedOn', kind: 'date', required: true }, docNoRequired, signedOn];
    case 'withdraw':
      return [
        {
          name: 'scope',
          kind: 'select',
          required: true,
          options: WITHDRAWAL_SCOPES,
          optionKey: 'scope',
        },
        docNo,
        signedOn,
        { name: 'items', kind: 'lines' },
        ...(denunciation
          ? [
              { name: 'continueDespiteWithdrawal', kind: 'switch' } as ActionField,
              {
                name: 'reason',
                kind: 'textarea',
                when: 'continueDespiteWithdrawal',
                required: true,
              } as ActionField,
            ]
          : []),
      ];
    case 'mark-not-denunciation':
      return [groundOf(NOT_DENUNCIATION_GROUNDS), docNo, signedOn, content];
    case 'publish':
      return [
        {
          name: 'method',
          kind: 'select',
          required: true,
          options: PUBLISH_METHODS,
          optionKey: 'publishMethod',
        },
        signedOn,
        content,
      ];
    case 'reply':
      return [
        docNoRequired,
        signedOn,
        { ...content, required: true },
        { name: 'result', kind: 'select', options: DENUNCIATION_RESULTS, optionKey: 'result' },
      ];
    case 'record-reply':
      return [
        { name: 'replyDocNo', kind: 'text', required: true },
        { name: 'replyOn', kind: 'date', required: true },
        content,
      ];
    default:
      return [docNo, signedOn, content];
  }
}

/** The visible fields: a field tied to a switch shows only while the switch is on. */
export const visibleFields = (fields: ActionField[], values: Record<string, unknown>) =>
  fields.filter((field) => !field.when || Boolean(values[field.when]));

const isDayjs = (value: unknown): value is Dayjs =>
  typeof value === 'object' && value !== null && 'isValid' in value && 'format' in value;

/** The request body: dates as YYYY-MM-DD, text trimmed, empty and hidden fields left out. */
export function toActionBody(
  fields: ActionField[],
  values: Record<string, unknown>,
  version: number,
): Record<string, unknown> {
  const body: Record<string, unknown> = { version };
  for (const field of visibleFields(fields, values)) {
    const value = values[field.name];
    if (value === undefined || value === null) continue;
    if (field.kind === 'date') {
      if (isDayjs(value)) body[field.name] = toApiDate(value);
    } else if (field.kind === 'lines') {
      const lines = String(value)
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean);
      if (lines.length > 0) body[field.name] = lines;
    } else if (typeof value === 'string') {
      const text = value.trim();
      if (text !== '') body[field.name] = text;
    } else if (Array.isArray(value)) {
      body[field.name] = value;
    } else {
      body[field.name] = value;
    }
  }
  if (fields.some((field) => field.name === 'complexityCriteria')) {
    body.complexityCriteria = (values.complexityCriteria as string[] | undefined) ?? [];
  }
  return body;
}
