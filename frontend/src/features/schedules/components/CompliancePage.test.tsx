import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders, stubApi } from '@/test/render';
import { CompliancePage, ComplianceTable } from './CompliancePage';

const rows = [
  {
    official: { id: 'o1', fullName: 'Trần Văn Hùng', position: 'Chủ tịch UBND phường' },
    unit: { id: 'u1', code: 'DN-TRANBIEN', name: 'UBND phường Trấn Biên' },
    appliesTo: 'COMMUNE_CHAIRPERSON' as const,
    scheduled: 4,
    heldInPerson: 1,
    heldNoVisitors: 0,
    delegated: 2,
    cancelled: 1,
    postponed: 0,
    missed: 1,
    late: 1,
    visitors: 3,
    rules: [
      {
        code: 'SCHED.CT_XA',
        period: 'MONTH' as const,
        minDays: 2,
        required: 2,
        held: 1,
        met: false,
        legalBasis: 'Luật Tiếp công dân 2013, Điều 15(2)(d)',
      },
    ],
  },
];

describe('the compliance table', () => {
  it('shows required, scheduled, held, delegated, missed and late per official', async () => {
    await renderWithProviders(<ComplianceTable rows={rows} />);
    const row = screen.getByText('Trần Văn Hùng').closest('tr')!;
    const cells = within(row)
      .getAllByRole('cell')
      .map((cell) => cell.textContent);
    expect(cells).toEqual([
      'Trần Văn HùngChủ tịch UBND phường',
      'UBND phường Trấn Biên',
      '2Chưa đủ số buổi',
      '4',
      '1',
      '2',
      '1',
      '1',
      '1',
      'SCHED.CT_XA: 1/2 ngày Chưa đạt',
    ]);
    for (const header of [
      'Số buổi phải tiếp',
      'Đã lên lịch',
      'Trực tiếp chủ trì',
      'Ủy quyền',
      'Hủy có thông báo',
      'Không tiếp',
      'Đi muộn',
    ]) {
      expect(screen.getByRole('columnheader', { name: header })).toBeInTheDocument();
    }
  });

  it('asks the API for the month chosen', async () => {
    const fetchMock = stubApi({
      '/api/v1/compliance': { body: { from: '2026-11-01', to: '2026-11-30', items: rows } },
      '/api/v1/org-units': { body: { items: [] } },
    });
    await renderWithProviders(<CompliancePage />);
    expect(await screen.findByText('Trần Văn Hùng')).toBeInTheDocument();
    const request = fetchMock.mock.calls
      .map(([input]) => input as Request)
      .find((r) => r.url.includes('/api/v1/compliance'))!;
    const query = new URL(request.url).searchParams;
    expect(query.get('from')).toMatch(/^\d{4}-\d{2}-01$/);
    expect(query.get('to')).toMatch(/^\d{4}-\d{2}-(28|29|30|31)$/);
  });
});
