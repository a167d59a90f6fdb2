import { screen, within } from '@testing-library/react';
import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { configureApiClient } from '@/lib/api-client';
import { renderWithProviders, stubApi } from '@/test/render';
import { PublicSchedulePage } from './PublicSchedulePage';

const month = dayjs().tz('Asia/Ho_Chi_Minh').startOf('month');
const day = (n: number) => month.add(n - 1, 'day').format('YYYY-MM-DD');
const unit = { unitCode: 'DN-TRANBIEN', unitName: 'UBND phường Trấn Biên' };

const sessions = [
  {
    id: 's1',
    date: day(2),
    start: '07:00',
    end: '08:00',
    unit,
    place: 'Trụ sở tiếp công dân phường Trấn Biên',
    channel: 'IN_PERSON',
    kind: 'PERIODIC',
    program: 'BUOI_SANG_VOI_NHAN_DAN',
    presidingPosition: 'Chủ tịch UBND phường',
    presidingName: 'Trần Văn Hùng',
    status: 'PUBLISHED',
  },
  {
    id: 's2',
    date: day(3),
    start: '07:00',
    end: '08:00',
    unit,
    place: 'Trụ sở tiếp công dân phường Trấn Biên',
    channel: 'IN_PERSON',
    kind: 'PERIODIC',
    program: 'BUOI_SANG_VOI_NHAN_DAN',
    status: 'CANCELLED',
    notice: 'Lãnh đạo đi công tác đột xuất, lịch tiếp hủy',
  },
];

describe('the public reception schedule', () => {
  it('lists the published sessions, marks a cancelled one with its notice, sends no token', async () => {
    configureApiClient({ baseUrl: '', accessToken: async () => 'secret-token' });
    const fetchMock = stubApi({
      '/public/v1/units': {
        body: {
          items: [
            {
              id: 'u1',
              code: 'DN-TRANBIEN',
              name: 'UBND phường Trấn Biên',
              phone: '0251 3822 101',
            },
          ],
          totalItems: 1,
        },
      },
      '/public/v1/schedules': { body: { unit: null, from: day(1), items: sessions } },
    });
    await renderWithProviders(<PublicSchedulePage />);

    expect(
      screen.getByRole('heading', { level: 1, name: 'Lịch tiếp công dân' }),
    ).toBeInTheDocument();
    expect(
      await screen.findByText('Lãnh đạo đi công tác đột xuất, lịch tiếp hủy'),
    ).toBeInTheDocument();
    expect(screen.getByText('2 buổi tiếp')).toBeInTheDocument();
    expect(screen.getAllByText('Buổi sáng với Nhân dân')).toHaveLength(2);
    expect(screen.getByText('Chủ tịch UBND phường Trần Văn Hùng')).toBeInTheDocument();
    const cancelledRow = screen
      .getByText('Lãnh đạo đi công tác đột xuất, lịch tiếp hủy')
      .closest('tr')!;
    expect(within(cancelledRow).getByText('Hủy')).toBeInTheDocument();
    expect(cancelledRow).toHaveClass('session-row-off');
    expect(within(cancelledRow).getByText('07:00–08:00')).toHaveClass('struck');
    expect(screen.getByRole('link', { name: /Đăng ký lịch tiếp của toàn tỉnh/ })).toHaveAttribute(
      'href',
      '/public/v1/schedules.ics',
    );

    const calls = fetchMock.mock.calls.map(([input]) => input as Request);
    expect(calls.length).toBeGreaterThan(0);
    for (const request of calls) expect(request.headers.get('Authorization')).toBeNull();
    const schedules = calls.find((request) => request.url.includes('/public/v1/schedules'))!;
    const query = new URL(schedules.url).searchParams;
    expect(query.get('from')).toBe(day(1));
    expect(query.get('to')).toBe(month.endOf('month').format('YYYY-MM-DD'));
  });

  it('shows the empty month in English', async () => {
    stubApi({
      '/public/v1/units': { body: { items: [], totalItems: 0 } },
      '/public/v1/schedules': { body: { items: [] } },
    });
    await renderWithProviders(<PublicSchedulePage />, { language: 'en' });
    expect(await screen.findByText('No published session this month.')).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { level: 1, name: 'Citizen reception schedule' }),
    ).toBeInTheDocument();
  });
});
