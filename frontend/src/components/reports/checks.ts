import type { CheckResult, FormRow } from '@/lib/reports/types';

/** The column numbers a rule names: `6=8+9+10=11+12+13` → [6, 8, 9, 10, 11, 12, 13]. */
export function ruleColumns(rule: string): number[] {
  const numbers = (rule.match(/\d+/g) ?? []).map(Number);
  return [...new Set(numbers)];
}

/** A row's identity in the check failures: its unit code and its printed label. */
export const rowKey = (row: Pick<FormRow, 'unitCode' | 'label'>) => `${row.unitCode}|${row.label}`;

/**
 * The cells to highlight: for every failing rule, its columns in the rows where it fails. A failure
 * names its row by unit code and label (the OWN and TOTAL rows share the unit code).
 */
export function failingCells(checks: readonly CheckResult[] | undefined): Map<string, Set<number>> {
  const cells = new Map<string, Set<number>>();
  for (const check of checks ?? []) {
    if (check.ok) continue;
    const columns = ruleColumns(check.rule);
    for (const failure of check.failures ?? []) {
      const key = rowKey(failure);
      const set = cells.get(key) ?? new Set<number>();
      columns.forEach((column) => set.add(column));
      cells.set(key, set);
    }
  }
  return cells;
}

/** Whether the cell (row, column) takes part in a failing rule. */
export const isFailing = (
  cells: Map<string, Set<number>>,
  row: Pick<FormRow, 'unitCode' | 'label'>,
  column: number,
) => cells.get(rowKey(row))?.has(column) ?? false;
