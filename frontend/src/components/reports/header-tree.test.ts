import { describe, expect, it } from 'vitest';
import type { FormColumn } from '@/lib/reports/types';
import { buildHeaderRows } from './header-tree';

const col = (no: number, ...path: string[]): FormColumn => ({ no, path });

describe('buildHeaderRows', () => {
  it('merges columns sharing a group and lets short paths span down', () => {
    const rows = buildHeaderRows([
      col(1, 'Tổng số lượt tiếp'),
      col(2, 'Tiếp thường xuyên', 'Số lượt'),
      col(3, 'Tiếp thường xuyên', 'Số người'),
      col(4, 'Tiếp thường xuyên', 'Vụ việc', 'Lần đầu'),
      col(5, 'Tiếp thường xuyên', 'Vụ việc', 'Nhiều lần'),
      col(6, 'Thủ trưởng tiếp', 'Số kỳ tiếp'),
    ]);
    expect(rows).toHaveLength(3);
    expect(rows[0].map((c) => [c.label, c.colSpan, c.rowSpan, c.no])).toEqual([
      ['Tổng số lượt tiếp', 1, 3, 1],
      ['Tiếp thường xuyên', 4, 1, undefined],
      ['Thủ trưởng tiếp', 1, 1, undefined],
    ]);
    expect(rows[1].map((c) => [c.label, c.colSpan, c.rowSpan, c.no])).toEqual([
      ['Số lượt', 1, 2, 2],
      ['Số người', 1, 2, 3],
      ['Vụ việc', 2, 1, undefined],
      ['Số kỳ tiếp', 1, 2, 6],
    ]);
    expect(rows[2].map((c) => [c.label, c.no])).toEqual([
      ['Lần đầu', 4],
      ['Nhiều lần', 5],
    ]);
  });

  it('every column is covered exactly once by a leaf', () => {
    const columns = [col(1, 'A', 'B'), col(2, 'A', 'C'), col(3, 'D'), col(4, 'A', 'B')];
    const rows = buildHeaderRows(columns);
    const leaves = rows.flat().filter((cell) => cell.no !== undefined);
    expect(leaves.map((cell) => cell.no)).toEqual([3, 1, 2, 4]);
    // The same group label split by another column becomes two cells.
    expect(rows[0].map((c) => [c.label, c.colSpan])).toEqual([
      ['A', 2],
      ['D', 1],
      ['A', 1],
    ]);
    // Each header row, with the leaves spanning down into it, covers every column once.
    rows.forEach((row, level) => {
      const own = row.reduce((sum, cell) => sum + cell.colSpan, 0);
      const fromAbove = rows
        .slice(0, level)
        .flatMap((above, aboveLevel) => above.filter((cell) => aboveLevel + cell.rowSpan > level))
        .reduce((sum, cell) => sum + cell.colSpan, 0);
      expect(own + fromAbove).toBe(columns.length);
    });
  });

  it('a flat form has one header row', () => {
    const rows = buildHeaderRows([col(1, 'X'), col(2, 'Y')]);
    expect(rows).toHaveLength(1);
    expect(rows[0].every((c) => c.rowSpan === 1 && c.colSpan === 1)).toBe(true);
  });
});
