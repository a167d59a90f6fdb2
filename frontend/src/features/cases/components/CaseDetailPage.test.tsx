import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders, stubApi } from '@/test/render';
import type { CaseView } from '../api/types';
import { CaseDetailPage } from './CaseDetailPage';

const view: CaseView = {
  id: 'c1',
  caseNo: '7/2026/KN',
  type: 'KHIEU_NAI',
  status: 'RECEIVED',
  unit: { id: 'u1', code: 'DN-TRANBIEN', name: 'UBND phường Trấn Biên' },
  title: 'Khiếu nại quyết định thu hồi đất',
  summary: 'Khiếu nại Quyết định số 12/QĐ-UBND',
  receivedOn: '2026-11-10',
  version: 3,
  writable: true,
  confidential: false,
  deadlines: [
    {
      id: 'd1',
      kind: 'ACCEPT',
      rule: 'KN.ACCEPT_L1',
      status: 'ACTIVE',
      dueOn: '2026-11-20',
      daysLeft: 5,
      badge: 'AMBER',
      due: {
        dueOn: '2026-11-20',
        rule: 'KN.ACCEPT_L1',
        legalBasis: 'Luật Khiếu nại 2011, Điều 27',
        steps: ['10 ngày kể từ ngày nhận 10/11/2026'],
      },
    },
  ],
  allowedActions: ['accept', 'reject', 'assign', 'transfer', 'upload-document'],
};

describe('a case’s page', { timeout: 60_000 }, () => {
  it('offers only the allowed actions, each dialog with its own fields', async () => {
    const fetchMock = stubApi({
      '/api/v1/cases/c1': { body: view },
      '/api/v1/cases/c1/timeline': {
        body: [
          {
            seq: 1,
            at: '2026-11-10T02:00:00Z',
            action: 'OPEN',
            to: 'RECEIVED',
            actorName: 'Trần Văn Hùng',
          },
        ],
      },
      '/api/v1/cases/c1/documents': { body: [] },
      '/api/v1/cases/c1/accept': { body: { ...view, status: 'ACCEPTED_L1' } },
    });
    await renderWithProviders(<CaseDetailPage />, {
      route: { path: '/cases/:id', url: '/cases/c1' },
    });
    await screen.findByRole('heading', { level: 1, name: 'Hồ sơ 7/2026/KN' });
    const actions = screen.getByRole('group', { name: 'Thao tác' });
    expect(
      within(actions)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['Thụ lý', 'Không thụ lý', 'Phân công xử lý', 'Chuyển hồ sơ', 'Đính kèm tài liệu']);
    expect(screen.queryByRole('button', { name: /Xem danh tính/ })).toBeNull();
    expect(screen.getByText('Còn 5 ngày · 20/11/2026')).toHaveClass('deadline-amber');
    expect(await screen.findByText('Mở hồ sơ → Mới tiếp nhận')).toBeInTheDocument();

    await act(async () => fireEvent.click(within(actions).getByRole('button', { name: 'Thụ lý' })));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByLabelText('Số văn bản')).toBeInTheDocument();
    expect(within(dialog).getByLabelText('Vụ việc phức tạp')).toBeInTheDocument();
    expect(within(dialog).queryByLabelText('Lý do phức tạp')).toBeNull();
    await act(async () => fireEvent.click(within(dialog).getByLabelText('Vụ việc phức tạp')));
    expect(await within(dialog).findByLabelText('Lý do phức tạp')).toBeInTheDocument();
    expect(within(dialog).queryByLabelText(/Tiêu chí phức tạp/)).toBeNull();

    fireEvent.change(within(dialog).getByLabelText('Số văn bản'), {
      target: { value: '15/TB-UBND' },
    });
    fireEvent.change(within(dialog).getByLabelText('Lý do phức tạp'), {
      target: { value: 'Nhiều hộ dân liên quan' },
    });
    await act(async () =>
      fireEvent.click(within(dialog).getByRole('button', { name: 'Xác nhận' })),
    );
    const posted = () =>
      fetchMock.mock.calls
        .map(([request]) => request as Request)
        .find((request) => request.method === 'POST');
    await waitFor(() => expect(posted()).toBeDefined(), { timeout: 10_000 });
    const post = posted();
    expect(new URL(post!.url).pathname).toBe('/api/v1/cases/c1/accept');
    const body = await post!.json();
    expect(body).toMatchObject({
      version: 3,
      docNo: '15/TB-UBND',
      complex: true,
      complexityReason: 'Nhiều hộ dân liên quan',
    });
    expect(body.signedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(post!.headers.get('Idempotency-Key')).toBeTruthy();
  });

  it('shows a read-only trace without actions', async () => {
    stubApi({
      '/api/v1/cases/c1': { body: { ...view, writable: false, allowedActions: [] } },
      '/api/v1/cases/c1/timeline': { body: [] },
      '/api/v1/cases/c1/documents': { body: [] },
    });
    await renderWithProviders(<CaseDetailPage />, {
      route: { path: '/cases/:id', url: '/cases/c1' },
    });
    await screen.findByRole('heading', { level: 1, name: 'Hồ sơ 7/2026/KN' });
    expect(screen.queryByRole('group', { name: 'Thao tác' })).toBeNull();
    expect(
      screen.getByText('Hồ sơ đã chuyển sang đơn vị khác hoặc bạn chỉ có quyền xem.'),
    ).toBeInTheDocument();
  });
});
