import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { FormResult } from '@/lib/reports/types';
import { renderWithProviders } from '@/test/render';
import { FormResultView } from './FormResultView';

const result: FormResult = {
  form: {
    code: '01-XLD',
    formNo: '01/XLD',
    version: 'TT01-2024',
    title: 'TỔNG HỢP KẾT QUẢ XỬ LÝ ĐƠN',
    columns: [
      { no: 1, path: ['Tổng số đơn'], unit: 'COUNT', formula: '2+3' },
      { no: 2, path: ['Tiếp nhận', 'Kỳ trước chuyển sang'], unit: 'COUNT' },
      { no: 3, path: ['Tiếp nhận', 'Trong kỳ'], unit: 'COUNT' },
    ],
    checks: ['1=2+3'],
  },
  unitId: 'u0',
  unitCode: 'DN-TRANBIEN',
  unitName: 'UBND phường Trấn Biên',
  period: {
    code: '2026-Q1',
    kind: 'Q1',
    from: '2025-12-15',
    to: '2026-03-14',
    label: 'Quý I năm 2026',
  },
  rows: [
    {
      kind: 'OWN',
      unitId: 'u0',
      unitCode: 'DN-TRANBIEN',
      label: 'UBND phường Trấn Biên',
      values: [5, 1, 3],
    },
    { kind: 'CHILD', unitId: 'u1', unitCode: 'DN-TB-A', label: 'Tổ tiếp dân A', values: [2, 0, 2] },
    { kind: 'TOTAL', unitId: 'u0', unitCode: 'DN-TRANBIEN', label: 'Tổng cộng', values: [7, 1, 5] },
  ],
  checks: [
    {
      rule: '1=2+3',
      ok: false,
      failures: [
        { unitCode: 'DN-TRANBIEN', label: 'UBND phường Trấn Biên', cells: ['1=5', '2+3=4'] },
        { unitCode: 'DN-TRANBIEN', label: 'Tổng cộng', cells: ['1=7', '2+3=6'] },
      ],
    },
  ],
  valid: false,
};

describe('the form table', () => {
  it('prints the merged header, the MS row, the rows, and highlights the failing cells', async () => {
    const onCell = vi.fn();
    const onUnit = vi.fn();
    await renderWithProviders(<FormResultView result={result} onCell={onCell} onUnit={onUnit} />);
    const group = screen.getByRole('columnheader', { name: 'Tiếp nhận' });
    expect(group).toHaveAttribute('colspan', '2');
    expect(screen.getByRole('columnheader', { name: 'Tổng số đơn' })).toHaveAttribute(
      'rowspan',
      '2',
    );
    expect(screen.getByText('(1=2+3)')).toBeInTheDocument();

    // The failing rule is named with its row and cells.
    expect(screen.getByText('1/1 công thức kiểm tra chéo không khớp')).toBeInTheDocument();
    expect(screen.getByText('1=5 ≠ 2+3=4')).toBeInTheDocument();

    const own = screen.getByRole('rowheader', { name: /UBND phường Trấn Biên/ }).closest('tr')!;
    const ownCells = within(own).getAllByRole('cell');
    expect(ownCells.map((cell) => cell.classList.contains('report-cell-failing'))).toEqual([
      true,
      true,
      true,
    ]);
    const child = screen.getByRole('button', { name: 'Tổ tiếp dân A' }).closest('tr')!;
    expect(
      within(child)
        .getAllByRole('cell')
        .some((cell) => cell.classList.contains('report-cell-failing')),
    ).toBe(false);
    const total = screen.getByRole('rowheader', { name: 'Tổng cộng' }).closest('tr')!;
    expect(total).toHaveClass('report-row-total');

    // A child unit's name opens its report; a cell opens its records (zero cells are not links).
    fireEvent.click(screen.getByRole('button', { name: 'Tổ tiếp dân A' }));
    expect(onUnit).toHaveBeenCalledWith(expect.objectContaining({ unitId: 'u1', kind: 'CHILD' }));
    fireEvent.click(within(own).getByRole('button', { name: /Cột 3, UBND phường Trấn Biên: 3/ }));
    expect(onCell).toHaveBeenCalledWith(expect.objectContaining({ kind: 'OWN' }), 3);
    expect(within(child).queryByRole('button', { name: /Cột 2/ })).not.toBeInTheDocument();
  });
});
