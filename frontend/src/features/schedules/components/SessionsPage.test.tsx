import { act, fireEvent, screen, within } from '@testing-library/react';
import dayjs from 'dayjs';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders, stubApi } from '@/test/render';
import type { Session } from '../api/types';
import { actionsFor, allowedActionsOf } from '../utils/status';
import { parseProblem } from '@/lib/problem';
import { SessionsPage } from './SessionsPage';

const month = dayjs().tz('Asia/Ho_Chi_Minh').startOf('month');
const day = (n: number) => month.add(n - 1, 'day').format('YYYY-MM-DD');
const unit = { id: 'u1', code: 'DN-TRANBIEN', name: 'UBND phường Trấn Biên' };
const base = {
  unit,
  start: '07:00',
  end: '08:00',
  place: 'Trụ sở tiếp công dân',
  channel: 'IN_PERSON',
  kind: 'PERIODIC',
  program: 'BUOI_SANG_VOI_NHAN_DAN',
  presidingOfficial: { id: 'o1', fullName: 'Trần Văn Hùng', position: 'Chủ tịch' },
  delegated: false,
  late: false,
  version: 0,
} as const;
const sessions: Session[] = [
  {
    ...base,
    id: 's1',
    date: day(2),
    status: 'PLANNED',
    allowedActions: ['PUBLISH', 'CANCEL', 'POSTPONE', 'DELEGATE'],
  },
  {
    ...base,
    id: 's2',
    date: day(3),
    status: 'CANCELLED',
    notice: 'Lãnh đạo đi công tác',
    allowedActions: [],
  },
  {
    ...base,
    id: 's3',
    date: day(4),
    status: 'PUBLISHED',
    actualStart: `${day(4)}T00:20:00Z`,
    late: true,
    allowedActions: ['CHECK_OUT'],
  },
];

const me = { username: 'chutich.tranbien', name: 'Trần Văn Hùng', roles: ['unit_leader'] };

describe('the sessions calendar', () => {
  it('shows the month with coloured statuses and opens a session with its actions', async () => {
    const fetchMock = stubApi({
      '/api/v1/me': { body: me },
      '/api/v1/org-units': { body: { items: [unit] } },
      '/api/v1/sessions': { body: { items: sessions, totalItems: 3 } },
    });
    await renderWithProviders(<SessionsPage />);
    const planned = await screen.findByRole('button', { name: /Dự kiến/ });
    expect(planned).toHaveClass('session-chip', 'status-planned');
    const cancelled = screen.getByRole('button', { name: /\(Hủy\)/ });
    expect(cancelled).toHaveClass('status-cancelled', 'session-struck');
    expect(screen.getByRole('button', { name: /Đang tiếp/ })).toHaveClass('status-in_progress');

    const request = fetchMock.mock.calls
      .map(([input]) => input as Request)
      .find((r) => r.url.includes('/api/v1/sessions'))!;
    expect(new URL(request.url).searchParams.get('from')).toBe(day(1));

    await act(async () => fireEvent.click(planned));
    const drawer = await screen.findByRole('dialog');
    expect(within(drawer).getByText('Buổi sáng với Nhân dân')).toBeInTheDocument();
    for (const action of ['Công bố', 'Hủy buổi tiếp', 'Hoãn buổi tiếp', 'Ủy quyền chủ trì']) {
      expect(within(drawer).getByRole('button', { name: action })).toBeInTheDocument();
    }
    expect(within(drawer).queryByRole('button', { name: 'Bắt đầu tiếp' })).toBeNull();
  });

  it('narrows actions to the roles and reads the allowed ones from a 409', () => {
    const published: Session = { ...sessions[0], status: 'PUBLISHED', allowedActions: undefined };
    expect(actionsFor(published, { roles: ['reception_officer'] })).toEqual(['CHECK_IN']);
    expect(actionsFor(published, { roles: ['unit_leader'] })).toEqual([
      'CANCEL',
      'POSTPONE',
      'DELEGATE',
      'CHECK_IN',
    ]);
    expect(actionsFor(sessions[2], { roles: ['inspector'] })).toEqual([]);
    const problem = parseProblem(
      {
        status: 409,
        title: 'Conflict',
        errors: [
          {
            field: 'status',
            code: 'ACTION_NOT_ALLOWED',
            message:
              'Action PUBLISH is not allowed in status PUBLISHED; allowed: CANCEL, POSTPONE, CHECK_IN',
          },
        ],
      },
      { status: 409, headers: new Headers() },
    );
    expect(allowedActionsOf(problem)).toEqual(['CANCEL', 'POSTPONE', 'CHECK_IN']);
    expect(
      allowedActionsOf(
        parseProblem(
          { status: 409, allowedActions: ['CHECK_OUT'] },
          { status: 409, headers: new Headers() },
        ),
      ),
    ).toEqual(['CHECK_OUT']);
  });

  it('lets a unit leader add an urgent session with its reason, as an URGENT POST', async () => {
    const fetchMock = stubApi({
      '/api/v1/me': { body: me },
      '/api/v1/org-units': { body: { items: [unit] } },
      '/api/v1/sessions': { body: { items: [], totalItems: 0 } },
    });
    await renderWithProviders(<SessionsPage />);
    await act(async () =>
      fireEvent.click(await screen.findByRole('button', { name: 'Thêm buổi tiếp đột xuất' })),
    );
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('Lý do tiếp đột xuất'), {
      target: { value: 'Vụ việc đông người, phức tạp' },
    });
    fireEvent.change(within(dialog).getByLabelText('Địa điểm'), {
      target: { value: 'Hội trường UBND phường' },
    });
    await act(async () =>
      fireEvent.click(within(dialog).getByRole('button', { name: 'Tạo buổi tiếp' })),
    );
    await vi.waitFor(() => {
      const post = fetchMock.mock.calls
        .map(([input]) => input as Request)
        .find((r) => r.method === 'POST' && new URL(r.url).pathname === '/api/v1/sessions');
      expect(post).toBeDefined();
      expect(post!.headers.get('Idempotency-Key')).toBeTruthy();
    });
    const post = fetchMock.mock.calls
      .map(([input]) => input as Request)
      .find((r) => r.method === 'POST' && new URL(r.url).pathname === '/api/v1/sessions')!;
    const body = await post.clone().json();
    expect(body).toMatchObject({
      unitId: 'u1',
      kind: 'URGENT',
      reason: 'Vụ việc đông người, phức tạp',
      placeText: 'Hội trường UBND phường',
      start: '14:00',
      end: '16:00',
    });
  });

  it('shows no urgent-session button to a reception officer', async () => {
    stubApi({
      '/api/v1/me': { body: { ...me, roles: ['reception_officer'] } },
      '/api/v1/org-units': { body: { items: [unit] } },
      '/api/v1/sessions': { body: { items: [], totalItems: 0 } },
    });
    await renderWithProviders(<SessionsPage />);
    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByRole('button', { name: 'Thêm buổi tiếp đột xuất' })).toBeNull();
  });
});
