/**
 * The reports contract (issue 7, /work/notes/reports-contract.md part A), mirroring the records of
 * vn.tiepdan.report (FormDefinition, FormColumn, FormResult, FormRow, CheckResult, DrillItem,
 * PeriodView).
 */

export type ValueUnit = 'COUNT' | 'MILLION_VND' | 'SQUARE_METRE';

/** One data column, numbered as on the form's "MS" row. */
export interface FormColumn {
  no: number;
  /** Header labels from the top group down to this column, as printed. */
  path: string[];
  unit?: ValueUnit;
  /** The form's own formula for this column, e.g. `4+13+22`. */
  formula?: string | null;
}

export interface FormDefinition {
  code: string;
  formNo: string;
  version: string;
  title: string;
  source?: string;
  columns: FormColumn[];
  /** Cross-check rules with column numbers, e.g. `1=4+13+22`. */
  checks: string[];
}

export interface PeriodView {
  code: string;
  kind: string;
  from: string;
  to: string;
  label: string;
  dueOn?: string | null;
}

export type RowKind = 'OWN' | 'CHILD' | 'TOTAL';

export interface FormRow {
  kind: RowKind;
  unitId: string;
  unitCode: string;
  label: string;
  /** Index i is column i+1. */
  values: (number | string | null)[];
}

export interface CheckFailure {
  unitCode: string;
  label: string;
  /** The rule's cells as `col=value`, e.g. `1=12`, `4+13+22=11`. */
  cells: string[];
  message?: string;
}

export interface CheckResult {
  rule: string;
  ok: boolean;
  failures: CheckFailure[];
}

export interface FormResult {
  form: FormDefinition;
  unitId: string;
  unitCode: string;
  unitName: string;
  period: PeriodView;
  rows: FormRow[];
  checks: CheckResult[];
  valid: boolean;
  generatedAt?: string;
}

export type DrillRecordType = 'VISIT' | 'SESSION' | 'PETITION' | 'CASE' | 'DECISION';

/** One record behind a cell: never personal data; confidential titles are masked. */
export interface DrillItem {
  recordType: DrillRecordType;
  id: string;
  number?: string | null;
  date?: string | null;
  unitCode?: string;
  unitName?: string;
  classification?: string | null;
  status?: string | null;
  title?: string | null;
  confidential?: boolean;
  /** For a DECISION: the case it belongs to, when the API gives it. */
  caseId?: string | null;
}

export interface Page<T> {
  items?: T[];
  page?: number;
  size?: number;
  totalItems?: number;
  totalPages?: number;
}

/** A named period (`period`) or a free date range (`from`/`to`), as the API's query. */
export type PeriodQuery = { period: string } | { from: string; to: string };

export const FORM_CODES = [
  '01-TCD',
  '01-XLD',
  '02-XLD',
  '03-XLD',
  '04-XLD',
  '01-KQGQ',
  '03-KQGQ',
] as const;
