import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders, stubApi } from '@/test/render';
import type { VisitView } from '../api/types';
import { VisitDetailPage } from './VisitDetailPage';

const unit = { id: 'u1', code: 'DN-TRANBIEN', name: 'UBND phường Trấn Biên' };
const masked: VisitView = {
  id: 'v2',
  orgUnit: unit,
  bookNo: '30/2026',
  receivedAt: '2026-11-10T00:10:00Z',
  status: 'HANDLED',
  partyKind: 'PERSON',
  headcount: 1,
  confidential: true,
  partiesMasked: true,
  parties: [],
  displayName: 'Tố cáo – bảo mật',
  classification: 'TO_CAO',
  fieldCode: 'HANH_CHINH.CONG_CHUC_CONG_VU',
  contentSummary: 'Tố cáo cán bộ địa chính',
  handlingDirection: 'THU_LY',
  withPetition: true,
  documents: [{ title: 'Đơn tố cáo', pages: 3, copyKind: 'ORIGINAL' }],
  resultNoticeDue: '2026-11-24',
  noticeOverdue: true,
  version: 2,
  allowedActions: ['RESULT_NOTICE', 'REVEAL_IDENTITY'],
};

function stubDetail() {
  const fetchMock = vi.fn(async (input: Request) => {
    const url = new URL(input.url);
    const body =
      url.pathname === '/api/v1/visits/v2/identity/reveal'
        ? {
            visitId: 'v2',
            parties: [{ role: 'VISITOR', fullName: 'Nguyễn Văn Kín', idNumber: '075185999999' }],
          }
        : url.pathname === '/api/v1/visits/v2'
          ? masked
          : url.pathname === '/api/v1/visits/field-categories'
            ? [
                {
                  code: 'HANH_CHINH.CONG_CHUC_CONG_VU',
                  parentCode: 'HANH_CHINH',
                  label: 'Công chức, công vụ',
                  appliesTo: ['TO_CAO'],
                },
              ]
            : undefined;
    return new Response(JSON.stringify(body ?? { status: 404 }), {
      status: body ? 200 : 404,
      headers: { 'Content-Type': 'application/json' },
    });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

describe('a visit’s page', { timeout: 60_000 }, () => {
  it('masks a denouncer, reprints the receipt masked, and reveals only with a purpose', async () => {
    const fetchMock = stubDetail();
    await renderWithProviders(<VisitDetailPage />, {
      route: { path: '/visits/:id', url: '/visits/v2' },
    });
    await screen.findByRole('heading', { level: 1, name: 'Lượt tiếp số 30/2026' });
    expect(screen.getByText('Danh tính người tố cáo được bảo mật.')).toBeInTheDocument();
    // the field is shown by its label, not its code
    expect(await screen.findByText('Công chức, công vụ')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Ghi thông báo kết quả/ })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Liên kết hồ sơ/ })).toBeNull();

    await act(async () =>
      fireEvent.click(screen.getByRole('button', { name: /In giấy biên nhận/ })),
    );
    let dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(/ông \(bà\) Tố cáo – bảo mật/)).toBeInTheDocument();
    expect(within(dialog).getByText(/Đơn tố cáo/)).toHaveTextContent('3 trang');
    await act(async () =>
      fireEvent.click(within(dialog).getAllByRole('button', { name: 'Đóng' }).at(-1)!),
    );

    await act(async () => fireEvent.click(screen.getByRole('button', { name: /Xem danh tính/ })));
    dialog = await screen.findByRole('dialog', { name: 'Xem danh tính' });
    expect(dialog).toHaveTextContent('ghi vào nhật ký kiểm tra');
    fireEvent.change(within(dialog).getByLabelText('Mục đích xem'), {
      target: { value: 'Xác minh theo yêu cầu của Chánh Thanh tra' },
    });
    await act(async () => fireEvent.click(within(dialog).getByRole('button', { name: 'Xem' })));
    expect(await screen.findByText('Nguyễn Văn Kín')).toBeInTheDocument();
    const reveal = fetchMock.mock.calls.map(([input]) => input).find((r) => r.method === 'POST')!;
    expect(await reveal.clone().json()).toEqual({
      purpose: 'Xác minh theo yêu cầu của Chánh Thanh tra',
    });
    expect(reveal.headers.get('Idempotency-Key')).toBeTruthy();
  });
  it('offers a unit leader to make a petition or open a case from a THU_LY visit without a case', async () => {
    const complaint: VisitView = {
      ...masked,
      id: 'v3',
      bookNo: '31/2026',
      confidential: false,
      partiesMasked: false,
      parties: [],
      classification: 'KHIEU_NAI',
      allowedActions: ['RESULT_NOTICE', 'CASE_LINK'],
    };
    const fetchMock = stubApi({
      '/api/v1/me': { body: { username: 'chutich.tranbien', roles: ['unit_leader'] } },
      '/api/v1/visits/v3': { body: complaint },
      '/api/v1/visits/field-categories': { body: [] },
      '/api/v1/cases': { status: 201, body: { id: 'c9', caseNo: '9/2026/KN' } },
    });
    await renderWithProviders(<VisitDetailPage />, {
      route: { path: '/visits/:id', url: '/visits/v3' },
    });
    await screen.findByRole('heading', { level: 1, name: 'Lượt tiếp số 31/2026' });
    expect(await screen.findByRole('button', { name: /Tạo đơn/ })).toBeInTheDocument();
    await act(async () =>
      fireEvent.click(screen.getByRole('button', { name: /Mở hồ sơ vụ việc/ })),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Mở hồ sơ vụ việc' });
    await act(async () =>
      fireEvent.click(within(dialog).getByRole('button', { name: 'Mở hồ sơ' })),
    );
    await waitFor(() =>
      expect(fetchMock.mock.calls.some(([input]) => (input as Request).method === 'POST')).toBe(
        true,
      ),
    );
    const post = fetchMock.mock.calls
      .map(([input]) => input as Request)
      .find((request) => request.method === 'POST')!;
    expect(new URL(post.url).pathname).toBe('/api/v1/cases');
    expect(await post.clone().json()).toEqual({ visitId: 'v3' });
  });

  it('does not offer a case for a visit that already has one', async () => {
    stubApi({
      '/api/v1/me': { body: { username: 'chutich.tranbien', roles: ['unit_leader'] } },
      '/api/v1/visits/v4': {
        body: { ...masked, id: 'v4', bookNo: '32/2026', caseId: 'c1', allowedActions: [] },
      },
      '/api/v1/visits/field-categories': { body: [] },
    });
    await renderWithProviders(<VisitDetailPage />, {
      route: { path: '/visits/:id', url: '/visits/v4' },
    });
    await screen.findByRole('button', { name: /Tạo đơn/ });
    expect(screen.queryByRole('button', { name: /Mở hồ sơ vụ việc/ })).toBeNull();
  });
});
