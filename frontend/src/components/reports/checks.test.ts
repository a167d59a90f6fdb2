import { describe, expect, it } from 'vitest';
import type { CheckResult } from '@/lib/reports/types';
import { failingCells, isFailing, ruleColumns } from './checks';

describe('ruleColumns', () => {
  it('reads every column of a chained rule once', () => {
    expect(ruleColumns('6=8+9+10=11+12+13=14+18')).toEqual([6, 8, 9, 10, 11, 12, 13, 14, 18]);
    expect(ruleColumns('1=4+13+22')).toEqual([1, 4, 13, 22]);
  });
});

describe('failingCells', () => {
  const checks: CheckResult[] = [
    { rule: '1=4+13+22', ok: true, failures: [] },
    {
      rule: '18=19+20+21',
      ok: false,
      failures: [
        { unitCode: 'DN-TRANBIEN', label: 'UBND phường Trấn Biên', cells: ['18=1', '19+20+21=0'] },
        { unitCode: 'DN-TRANBIEN', label: 'Tổng cộng', cells: ['18=1', '19+20+21=0'] },
      ],
    },
  ];

  it('highlights the failing rule’s cells in the failing rows only', () => {
    const cells = failingCells(checks);
    const own = { unitCode: 'DN-TRANBIEN', label: 'UBND phường Trấn Biên' };
    const total = { unitCode: 'DN-TRANBIEN', label: 'Tổng cộng' };
    const other = { unitCode: 'DN-BIENHOA', label: 'UBND phường Biên Hòa' };
    for (const column of [18, 19, 20, 21]) {
      expect(isFailing(cells, own, column)).toBe(true);
      expect(isFailing(cells, total, column)).toBe(true);
      expect(isFailing(cells, other, column)).toBe(false);
    }
    // A passing rule highlights nothing.
    expect(isFailing(cells, own, 1)).toBe(false);
    expect(isFailing(cells, own, 4)).toBe(false);
  });

  it('is empty when every check passes or there are none', () => {
    expect(failingCells([{ rule: '1=2', ok: true, failures: [] }]).size).toBe(0);
    expect(failingCells(undefined).size).toBe(0);
  });
});
