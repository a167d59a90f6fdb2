/**
 * Inspections of reception discipline and commendations/corrections (issue 7 contract, part D,
 * package vn.tiepdan.recognition; tables inspection_record and recognition).
 */

export const RATINGS = ['GOOD', 'SATISFACTORY', 'NEEDS_IMPROVEMENT', 'VIOLATION'] as const;
export type Rating = (typeof RATINGS)[number];

export const RECOGNITION_KINDS = ['COMMENDATION', 'CORRECTION'] as const;
export type RecognitionKind = (typeof RECOGNITION_KINDS)[number];

/** The forms of each kind (recognition.form). */
export const RECOGNITION_FORMS: Record<RecognitionKind, readonly string[]> = {
  COMMENDATION: ['BANG_KHEN', 'GIAY_KHEN', 'BIEU_DUONG'],
  CORRECTION: ['NHAC_NHO', 'CHAN_CHINH', 'PHE_BINH', 'KIEM_DIEM'],
};

export interface InspectionInput {
  unitId: string;
  inspectedOn: string;
  unannounced?: boolean;
  sessionId?: string | null;
  sessionHeld?: boolean | null;
  rating: Rating;
  findingsDiscipline: string;
  findingsConduct: string;
  followUp?: string | null;
  followUpDue?: string | null;
  followUpDoneOn?: string | null;
}

export interface Inspection extends InspectionInput {
  id: string;
  unitCode?: string;
  unitName?: string;
  inspectorUsername?: string;
  inspectorName?: string | null;
  version: number;
}

export interface RecognitionInput {
  unitId: string;
  officialId?: string | null;
  kind: RecognitionKind;
  form: string;
  decidedOn: string;
  decisionNo?: string | null;
  decidedBy?: string | null;
  reason: string;
  inspectionId?: string | null;
}

export interface Recognition extends RecognitionInput {
  id: string;
  unitCode?: string;
  unitName?: string;
  officialPosition?: string | null;
  version: number;
}

export interface ListFilter {
  unit?: string;
  from?: string;
  to?: string;
  rating?: Rating;
  kind?: RecognitionKind;
  page: number;
  size: number;
}
