import type { components } from '@/api/schema';

/**
 * The reports contract (issue 7, part A): the records of vn.tiepdan.report (FormDefinition,
 * FormColumn, FormResult, FormRow, CheckResult, DrillItem, PeriodView) as the screens read them.
 * The generated schema marks every property optional; the records always carry them, so these
 * views state them as present. `Conforms` below proves at compile time that each view names only
 * properties of the generated schema, with compatible types.
 */

type Schemas = components['schemas'];

/** A generated schema with every property optional and nullable, the way the views may read it. */
type Loose<T> = T extends (infer U)[]
  ? Loose<U>[]
  : T extends object
    ? { [K in keyof T]?: Loose<T[K]> | null }
    : T;

/** true when `Local` names only properties of `Api`, with types `Api` accepts. */
export type Conforms<Local, Api> = [Exclude<keyof Local, keyof Api>] extends [never]
  ? Local extends Loose<Api>
    ? true
    : false
  : false;

/** Fails to compile unless its argument is `true`. */
export type Expect<T extends true> = T;

export type ValueUnit = Schemas['ValueUnit'];

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
  values: number[];
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

/** The views above against the generated OpenAPI schema. */
export type ReportContractChecks = [
  Expect<Conforms<FormColumn, Schemas['FormColumn']>>,
  Expect<Conforms<FormDefinition, Schemas['FormDefinition']>>,
  Expect<Conforms<PeriodView, Schemas['PeriodView']>>,
  Expect<Conforms<FormRow, Schemas['FormRow']>>,
  Expect<Conforms<CheckFailure, Schemas['Failure']>>,
  Expect<Conforms<CheckResult, Schemas['CheckResult']>>,
  Expect<Conforms<FormResult, Schemas['FormResult']>>,
  Expect<Conforms<DrillItem, Schemas['DrillItem']>>,
  Expect<Conforms<Page<DrillItem>, Schemas['PageResponseDrillItem']>>,
];
