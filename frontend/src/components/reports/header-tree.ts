import type { FormColumn } from '@/lib/reports/types';

/** One header cell of the multi-level header: its label and the area it covers. */
export interface HeaderCell {
  label: string;
  colSpan: number;
  rowSpan: number;
  /** The column number when the cell is a leaf (the bottom label of one column). */
  no?: number;
  /** Stable key: the path prefix and the first column it covers. */
  key: string;
}

/**
 * Builds the header rows of an official form from each column's `path` (top group first, the
 * column's own label last). Consecutive columns sharing a prefix share one merged cell; a column
 * whose path is shorter than the deepest one spans the remaining rows down to the "MS" row.
 */
export function buildHeaderRows(columns: readonly FormColumn[]): HeaderCell[][] {
  const depth = Math.max(1, ...columns.map((column) => column.path.length));
  const rows: HeaderCell[][] = [];
  for (let level = 0; level < depth; level += 1) {
    const row: HeaderCell[] = [];
    let index = 0;
    while (index < columns.length) {
      const column = columns[index];
      const path = column.path.length > 0 ? column.path : [String(column.no)];
      if (path.length <= level) {
        // Covered by a leaf cell above that spans down to the last row.
        index += 1;
        continue;
      }
      const leaf = path.length === level + 1;
      if (leaf) {
        row.push({
          label: path[level],
          colSpan: 1,
          rowSpan: depth - level,
          no: column.no,
          key: `${level}:${column.no}`,
        });
        index += 1;
        continue;
      }
      const prefix = path.slice(0, level + 1);
      let end = index + 1;
      while (end < columns.length && continues(columns[end], prefix)) end += 1;
      row.push({
        label: path[level],
        colSpan: end - index,
        rowSpan: 1,
        key: `${level}:${column.no}`,
      });
      index = end;
    }
    rows.push(row);
  }
  return rows;
}

/** True when `column` sits under the group `prefix` and goes deeper than it. */
const continues = (column: FormColumn, prefix: readonly string[]) =>
  column.path.length > prefix.length && prefix.every((label, i) => column.path[i] === label);
