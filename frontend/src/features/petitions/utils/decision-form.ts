import type { Classification, DecideRequest, PetitionDecision, PetitionView } from '../api/types';
import { PETITION_DECISIONS } from '../api/types';

/** Luật Khiếu nại 2011, Art. 11: the grounds for not accepting a complaint. */
export const COMPLAINT_GROUNDS = Array.from({ length: 10 }, (_, index) => `KN_ART11_${index + 1}`);

/**
 * Luật Khiếu nại 2011 Điều 27; Thông tư 05/2021/TT-TTCP Điều 28: not accepting and filing are the head's
 * decisions (a unit leader), never a petition handler's (the API answers 403).
 */
export const HEAD_DECISIONS: readonly PetitionDecision[] = ['KHONG_THU_LY', 'LUU_DON'];

export type DecisionField = 'ground' | 'note' | 'transfer' | 'parts' | 'handlerUsername';

/**
 * The decisions offered for a classified petition (DOMAIN.md §6.2.3, PetitionDecisionRule):
 * accepting needs a processable petition within our competence, not a mixed one (split it first);
 * splitting is for mixed petitions only; Art. 25 handling of information is for denunciations.
 */
export function decisionOptions(
  petition: Pick<PetitionView, 'classification' | 'processable' | 'competence'>,
  isHead = true,
): PetitionDecision[] {
  const mixed = petition.classification === 'NHIEU_NOI_DUNG';
  return PETITION_DECISIONS.filter((decision) => {
    if (HEAD_DECISIONS.includes(decision) && !isHead) return false;
    switch (decision) {
      case 'DE_XUAT_THU_LY':
        return (
          !mixed &&
          petition.processable === 'DU_DIEU_KIEN' &&
          petition.competence === 'THUOC_THAM_QUYEN'
        );
      case 'TACH_NOI_DUNG':
        return mixed;
      case 'XU_LY_THONG_TIN_TO_CAO':
        return petition.classification === 'TO_CAO';
      default:
        return true;
    }
  });
}

/** The fields each decision asks for, and which of them are required. */
export function decisionFields(
  decision: PetitionDecision | undefined,
): { field: DecisionField; required: boolean }[] {
  switch (decision) {
    case 'DE_XUAT_THU_LY':
      return [
        { field: 'handlerUsername', required: false },
        { field: 'note', required: false },
      ];
    case 'KHONG_THU_LY':
      return [
        { field: 'ground', required: true },
        { field: 'note', required: false },
      ];
    case 'CHUYEN_DON':
      return [
        { field: 'transfer', required: true },
        { field: 'note', required: false },
      ];
    case 'HUONG_DAN':
    case 'TRA_LAI':
      return [{ field: 'note', required: true }];
    case 'TACH_NOI_DUNG':
      return [
        { field: 'parts', required: true },
        { field: 'note', required: false },
      ];
    case undefined:
      return [];
    default:
      return [{ field: 'note', required: false }];
  }
}

/** Whether the ground is chosen from Art. 11 (complaints) or written (other kinds). */
export const groundIsListed = (classification: Classification | undefined) =>
  classification === 'KHIEU_NAI';

export interface DecideValues {
  decision?: PetitionDecision;
  ground?: string;
  note?: string;
  target?: 'INTERNAL' | 'EXTERNAL';
  transferToUnitId?: string;
  transferToBody?: string;
  transferSlipNo?: string;
  handlerUsername?: string;
  parts?: { classification?: Classification; content?: string }[];
}

const text = (value: string | undefined) => value?.trim() || undefined;

/** The request body: only the fields of the chosen decision, text trimmed. */
export function toDecideRequest(values: DecideValues, version: number): DecideRequest {
  const fields = new Set(decisionFields(values.decision).map((entry) => entry.field));
  const body: DecideRequest = { version, decision: values.decision! };
  if (fields.has('ground')) body.ground = text(values.ground);
  if (fields.has('note')) body.note = text(values.note);
  if (fields.has('handlerUsername')) body.handlerUsername = text(values.handlerUsername);
  if (fields.has('transfer')) {
    if ((values.target ?? 'INTERNAL') === 'INTERNAL')
      body.transferToUnitId = values.transferToUnitId;
    else body.transferToBody = text(values.transferToBody);
    body.transferSlipNo = text(values.transferSlipNo);
  }
  if (fields.has('parts')) {
    body.parts = (values.parts ?? [])
      .filter((part) => part.classification && text(part.content))
      .map((part) => ({ classification: part.classification!, content: part.content!.trim() }));
  }
  return Object.fromEntries(
    Object.entries(body).filter(([, value]) => value !== undefined),
  ) as unknown as DecideRequest;
}
