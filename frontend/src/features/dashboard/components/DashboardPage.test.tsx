import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders, stubApi } from '@/test/render';
import { DashboardPage } from './DashboardPage';

const figures = (over: Record<string, number | null>) => ({
  sessionsRequired: 40,
  sessionsScheduled: 40,
  heldInPerson: 30,
  delegated: 6,
  missed: 4,
  heldDays: 36,
  heldShare: 0.9,
  visits: 120,
  people: 150,
  matters: 80,
  mattersFirstTime: 70,
  mattersRepeat: 10,
  largeGroups: 2,
  largeGroupPeople: 25,
  handledOnSpot: 50,
  accepted: 12,
  guided: 20,
  transferred: 8,
  noticeDue: 10,
  noticeOnTime: 9,
  noticeCompliance: 0.9,
  resolvedOnTime: 7,
  resolvedLate: 1,
  onTimeRate: 0.875,
  overdueCases: 3,
  repeatVisitors: 5,
  inspections: 1,
  commendations: 1,
  corrections: 0,
  score: 89.5,
  ...over,
});

const overview = {
  unit: {
    unitId: 'p',
    code: 'DN',
    name: 'UBND tỉnh Đồng Nai',
    level: 'PROVINCE',
    hasChildren: true,
  },
  period: {
    code: '2026-01-01..2026-11-28',
    kind: 'RANGE',
    from: '2026-01-01',
    to: '2026-11-28',
    label: 'Từ đầu năm',
  },
  totals: figures({}),
  children: [
    {
      unit: { unitId: 'b', code: 'DN-B', name: 'UBND phường B', hasChildren: false },
      figures: figures({ score: 70 }),
      rank: 2,
    },
    {
      unit: { unitId: 'a', code: 'DN-A', name: 'UBND phường A', hasChildren: false },
      figures: figures({ score: 95.2 }),
      rank: 1,
    },
  ],
  scoreFormula: '100 × (0.5 × heldShare + 0.3 × onTimeRate + 0.2 × noticeCompliance)',
};

describe('the dashboard', () => {
  it('shows the KPI cards, the ranked child units, the charts and the recognition list', async () => {
    const fetchMock = stubApi({
      '/api/v1/me': {
        body: { username: 'danvan', name: 'Ngô Thị Hồng', roles: ['mobilization_viewer'] },
      },
      '/api/v1/org-units/tree': { body: [] },
      '/api/v1/reports/periods': { body: [] },
      '/api/v1/dashboard/overview': { body: overview },
      '/api/v1/dashboard/trends': {
        body: {
          months: [
            {
              month: '2026-10',
              sessionsRequired: 22,
              sessionsHeld: 20,
              visits: 40,
              people: 50,
              matters: 30,
            },
            {
              month: '2026-11',
              sessionsRequired: 18,
              sessionsHeld: 16,
              visits: 35,
              people: 41,
              matters: 28,
            },
          ],
        },
      },
      '/api/v1/dashboard/recognition': {
        body: {
          inspections: [
            {
              id: 'i1',
              unitName: 'UBND phường A',
              inspectedOn: '2026-10-02',
              unannounced: true,
              rating: 'GOOD',
              findings: 'Đúng giờ',
            },
          ],
          recognitions: [
            {
              id: 'r1',
              unitName: 'UBND phường B',
              kind: 'CORRECTION',
              form: 'NHAC_NHO',
              decidedOn: '2026-10-05',
              reason: 'Đi muộn',
              officialPosition: 'Phó Chủ tịch',
            },
          ],
        },
      },
    });
    await renderWithProviders(<DashboardPage />);
    expect((await screen.findAllByText('Tỷ lệ buổi tiếp đã thực hiện')).length).toBeGreaterThan(0);
    expect(screen.getAllByText('90%').length).toBeGreaterThan(0);
    // Ranked best first, the score as the API computes it (0–100).
    const rows = screen.getAllByRole('button', { name: /UBND phường [AB]/ });
    expect(rows.map((row) => row.textContent)).toEqual(['UBND phường A', 'UBND phường B']);
    expect(screen.getByText('95.2')).toBeInTheDocument();
    // The lazily loaded charts.
    await waitFor(() => expect(document.querySelectorAll('figure.chart')).toHaveLength(4), {
      timeout: 10_000,
    });
    expect(
      screen.getByRole('img', { name: 'Buổi tiếp: phải tiếp và đã tiếp' }),
    ).toBeInTheDocument();
    expect(screen.getAllByRole('figure')).toHaveLength(4);
    // Recognition: the official's position only.
    expect(screen.getByText('Phó Chủ tịch')).toBeInTheDocument();
    expect(screen.getByText('Nhắc nhở')).toBeInTheDocument();
    const inspections = screen.getByText('Đúng giờ').closest('tr')!;
    expect(within(inspections).getByText('02/10/2026')).toBeInTheDocument();

    // Drilling into a child unit asks for its overview.
    fireEvent.click(rows[0]);
    await waitFor(() => {
      const asked = fetchMock.mock.calls
        .map((call) => new URL((call[0] as Request).url))
        .filter((url) => url.pathname === '/api/v1/dashboard/overview');
      expect(asked.at(-1)?.searchParams.get('unit')).toBe('a');
    });
  });
});
