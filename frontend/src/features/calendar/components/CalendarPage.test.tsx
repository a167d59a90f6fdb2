import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders, stubApi } from '@/test/render';
import { CalendarPage } from './CalendarPage';

const HUNG_KINGS = '00000000-0000-4000-8000-0000000000a1';
const entries = [
  {
    id: '00000000-0000-4000-8000-0000000000a0',
    day: '2026-01-01',
    kind: 'DAY_OFF',
    name: 'Tết Dương lịch',
    legalBasis: 'Bộ luật Lao động 2019, Điều 112',
    verified: true,
    version: 0,
  },
  {
    id: HUNG_KINGS,
    day: '2026-04-27',
    kind: 'DAY_OFF',
    name: 'Nghỉ bù Giỗ Tổ Hùng Vương',
    legalBasis: 'Bộ luật Lao động 2019, Điều 112',
    verified: false,
    version: 3,
  },
];

describe('the working-day calendar', () => {
  it('flags the unverified entry and confirms it with a PATCH of verified and the version', async () => {
    const fetchMock = stubApi({
      '/api/v1/calendar/days': { body: entries },
      [`/api/v1/calendar/days/${HUNG_KINGS}`]: {
        body: { ...entries[1], verified: true, version: 4 },
      },
    });
    await renderWithProviders(<CalendarPage />);

    const row = (await screen.findByText('Nghỉ bù Giỗ Tổ Hùng Vương')).closest('tr')!;
    expect(within(row).getByText('Thứ hai, 27/04/2026')).toBeInTheDocument();
    expect(within(row).getByText('Ngày nghỉ')).toBeInTheDocument();
    expect(within(row).getByText('Chưa xác minh')).toBeInTheDocument();
    const verifiedRow = screen.getByText('Tết Dương lịch').closest('tr')!;
    expect(within(verifiedRow).queryByText('Chưa xác minh')).not.toBeInTheDocument();
    expect(within(verifiedRow).queryByRole('button', { name: /Xác nhận/ })).not.toBeInTheDocument();

    const list = fetchMock.mock.calls
      .map(([input]) => input as Request)
      .find((request) => request.url.includes('/api/v1/calendar/days'))!;
    const query = new URL(list.url).searchParams;
    expect(query.get('includeClosed')).toBe('false');
    expect(query.get('year')).toMatch(/^\d{4}$/);

    fireEvent.click(within(row).getByRole('button', { name: /Xác nhận/ }));
    const popup = (
      await screen.findByText('Xác nhận Nghỉ bù Giỗ Tổ Hùng Vương (27/04/2026)?')
    ).closest('.ant-popover')! as HTMLElement;
    fireEvent.click(within(popup).getByRole('button', { name: 'Xác nhận' }));

    await waitFor(() =>
      expect(fetchMock.mock.calls.some(([input]) => (input as Request).method === 'PATCH')).toBe(
        true,
      ),
    );
    const patch = fetchMock.mock.calls
      .map(([input]) => input as Request)
      .find((request) => request.method === 'PATCH')!;
    expect(new URL(patch.url).pathname).toBe(`/api/v1/calendar/days/${HUNG_KINGS}`);
    expect(await patch.json()).toEqual({ version: 3, verified: true });
  });
});
