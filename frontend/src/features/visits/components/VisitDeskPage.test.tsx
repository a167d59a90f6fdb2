import { act, fireEvent, screen, within } from '@testing-library/react';
import dayjs from 'dayjs';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '@/test/render';
import { defaultValues } from '../utils/desk-form';
import { draftKey, saveDraft } from '../utils/draft-store';
import { VisitDeskPage } from './VisitDeskPage';

const unit = { id: 'u1', code: 'DN-TRANBIEN', name: 'UBND phường Trấn Biên' };
const me = {
  username: 'canbo.tranbien',
  name: 'Lê Thị Lan',
  roles: ['reception_officer'],
  orgUnit: { code: 'DN-TRANBIEN', name: 'UBND phường Trấn Biên' },
};
const today = dayjs().tz('Asia/Ho_Chi_Minh').format('YYYY-MM-DD');
const session = {
  id: 's1',
  unit,
  date: today,
  start: '07:00',
  end: '08:00',
  status: 'PUBLISHED',
  acceptsVisits: true,
  presidingOfficial: { id: 'o1', fullName: 'Trần Văn Hùng', position: 'Chủ tịch' },
};

type Answer = { status?: number; body: unknown };

/** Answers by method and path; POST /api/v1/visits answers `post`. */
function stubDesk(post: Answer, sessions: unknown[] = [session]) {
  const json = (answer: Answer) =>
    new Response(JSON.stringify(answer.body), {
      status: answer.status ?? 200,
      headers: {
        'Content-Type':
          (answer.status ?? 200) >= 400 ? 'application/problem+json' : 'application/json',
      },
    });
  const fetchMock = vi.fn(async (input: Request) => {
    const url = new URL(input.url);
    if (input.method === 'POST' && url.pathname === '/api/v1/visits') return json(post);
    const routes: Record<string, unknown> = {
      '/api/v1/me': me,
      '/api/v1/sessions': { items: sessions },
      '/api/v1/visits': { items: [], totalItems: 0 },
      '/api/v1/org-units': { items: [unit] },
      '/api/v1/visits/field-categories': [],
      '/api/v1/visits/lookup': { matches: [], refusalNotices: [] },
    };
    const body = routes[url.pathname];
    return body === undefined ? json({ status: 404, body: { status: 404 } }) : json({ body });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

const posts = (fetchMock: ReturnType<typeof stubDesk>) =>
  fetchMock.mock.calls
    .map(([input]) => input)
    .filter((r) => r.method === 'POST' && new URL(r.url).pathname === '/api/v1/visits');

async function fillMinimal() {
  const id = await screen.findByLabelText('Số giấy tờ tùy thân');
  fireEvent.change(id, { target: { value: '075185123456' } });
  fireEvent.change(screen.getByLabelText('Họ và tên'), { target: { value: 'Phạm Thị Hoa' } });
  fireEvent.change(screen.getByLabelText('Tóm tắt nội dung'), {
    target: { value: 'Phản ánh ngập nước' },
  });
  const classification = screen.getByLabelText('Phân loại');
  fireEvent.mouseDown(classification);
  fireEvent.click(await screen.findByTitle('Kiến nghị, phản ánh'));
}

describe('the reception desk', { timeout: 60_000 }, () => {
  it('starts on the ID number, with today’s session chosen, and checks a CCCD', async () => {
    stubDesk({ body: {} });
    await renderWithProviders(<VisitDeskPage />, {
      route: { path: '/visits/desk', url: '/visits/desk' },
    });
    const id = await screen.findByLabelText('Số giấy tờ tùy thân');
    expect(id).toHaveFocus();
    await screen.findByText(/07:00–08:00 · Trần Văn Hùng/);
    fireEvent.change(id, { target: { value: '12345' } });
    expect(
      await screen.findByText('Số CCCD gồm đúng 12 chữ số', undefined, { timeout: 4000 }),
    ).toBeInTheDocument();
  });

  it('does not choose a session the API would refuse (acceptsVisits false)', async () => {
    const closed = {
      ...session,
      id: 's0',
      start: '06:00',
      end: '06:30',
      status: 'HELD_NO_VISITORS',
      acceptsVisits: false,
      presidingOfficial: { id: 'o2', fullName: 'Lê Văn Đóng', position: 'Phó Chủ tịch' },
    };
    stubDesk({ body: {} }, [closed, session]);
    await renderWithProviders(<VisitDeskPage />, {
      route: { path: '/visits/desk', url: '/visits/desk' },
    });
    await screen.findByText(/07:00–08:00 · Trần Văn Hùng/);
    expect(screen.queryByText(/06:00–06:30 · Lê Văn Đóng/)).not.toBeInTheDocument();
  });

  it('saves with Ctrl+Enter (not Enter), once, and shows the book number and receipt', async () => {
    const fetchMock = stubDesk({
      status: 201,
      body: {
        id: 'v9',
        bookNo: '31/2026',
        orgUnit: unit,
        receivedAt: new Date().toISOString(),
        resultNoticeDue: '2026-12-11',
        receiptNo: 'BN-31/2026',
      },
    });
    await renderWithProviders(<VisitDeskPage />, {
      route: { path: '/visits/desk', url: '/visits/desk?session=s1' },
    });
    await fillMinimal();
    const name = screen.getByLabelText('Họ và tên');
    await act(async () => fireEvent.keyDown(name, { key: 'Enter' }));
    expect(posts(fetchMock)).toHaveLength(0);
    await act(async () => fireEvent.keyDown(name, { key: 'Enter', ctrlKey: true }));
    await vi.waitFor(() => expect(posts(fetchMock)).toHaveLength(1));
    const post = posts(fetchMock)[0];
    expect(post.headers.get('Idempotency-Key')).toBeTruthy();
    expect(await post.clone().json()).toMatchObject({
      sessionId: 's1',
      partyKind: 'PERSON',
      parties: [
        { role: 'VISITOR', fullName: 'Phạm Thị Hoa', idDocType: 'CCCD', idNumber: '075185123456' },
      ],
      classification: 'KIEN_NGHI_PHAN_ANH',
      contentSummary: 'Phản ánh ngập nước',
      withPetition: true,
    });
    expect((await screen.findAllByText('Đã ghi vào sổ: số 31/2026')).length).toBeGreaterThan(0);
    await act(async () =>
      fireEvent.click(screen.getByRole('button', { name: /In giấy biên nhận/ })),
    );
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(/ông \(bà\) Phạm Thị Hoa/)).toBeInTheDocument();
    expect(
      within(dialog).getByText('Hạn thông báo kết quả xử lý: 11/12/2026.'),
    ).toBeInTheDocument();
    expect(localStorage.getItem(draftKey('canbo.tranbien'))).toBeNull();
  });

  it('puts the server’s parties[0].idNumber error under the ID field', async () => {
    stubDesk({
      status: 400,
      body: {
        status: 400,
        title: 'Dữ liệu không hợp lệ',
        errors: [
          {
            field: 'parties[0].idNumber',
            code: 'CCCD_PROVINCE',
            message: 'Mã tỉnh không hợp lệ (máy chủ)',
          },
        ],
      },
    });
    await renderWithProviders(<VisitDeskPage />, {
      route: { path: '/visits/desk', url: '/visits/desk' },
    });
    await fillMinimal();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: /Lưu lượt tiếp/ })));
    const message = await screen.findByText('Mã tỉnh không hợp lệ (máy chủ)');
    expect(message.closest('.ant-form-item')).toContainElement(
      screen.getByLabelText('Số giấy tờ tùy thân'),
    );
  });

  it('restores a draft with a notice and lets the officer discard it', async () => {
    stubDesk({ body: {} });
    saveDraft('canbo.tranbien', {
      ...defaultValues(),
      parties: [{ idDocType: 'CCCD', fullName: 'Võ Văn Bình' }],
      contentSummary: 'Đang ghi dở',
    });
    await renderWithProviders(<VisitDeskPage />, {
      route: { path: '/visits/desk', url: '/visits/desk' },
    });
    expect(await screen.findByText('Đã khôi phục bản nháp')).toBeInTheDocument();
    expect(screen.getByLabelText('Họ và tên')).toHaveValue('Võ Văn Bình');
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Bỏ bản nháp' })));
    expect(screen.queryByText('Đã khôi phục bản nháp')).toBeNull();
    expect(screen.getByLabelText('Họ và tên')).toHaveValue('');
    expect(localStorage.getItem(draftKey('canbo.tranbien'))).toBeNull();
  });
});
