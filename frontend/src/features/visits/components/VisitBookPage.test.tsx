import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders, stubApi } from '@/test/render';
import type { VisitSummary } from '../api/types';
import { fileNameOf } from '../api/visits';
import { VisitBookPage } from './VisitBookPage';

const unit = { id: 'u1', code: 'DN-TRANBIEN', name: 'UBND phường Trấn Biên' };
const visits: VisitSummary[] = [
  {
    id: 'v1',
    orgUnit: unit,
    bookNo: '31/2026',
    bookSeq: 31,
    receivedAt: '2026-11-27T00:10:00Z',
    status: 'HANDLED',
    partyKind: 'PERSON',
    headcount: 1,
    confidential: false,
    displayName: 'Phạm Thị Hoa',
    idNumber: '075185123456',
    address: 'Khu phố 3, phường Trấn Biên',
    classification: 'KIEN_NGHI_PHAN_ANH',
    contentSummary: 'Phản ánh ngập nước',
    handlingDirection: 'TRA_LAI_VA_HUONG_DAN',
    firstTime: true,
    resultNoticeDue: '2026-12-11',
    noticeOverdue: false,
  },
  {
    id: 'v2',
    orgUnit: unit,
    bookNo: '30/2026',
    bookSeq: 30,
    receivedAt: '2026-11-10T00:10:00Z',
    status: 'HANDLED',
    partyKind: 'PERSON',
    headcount: 1,
    confidential: true,
    displayName: 'Tố cáo – bảo mật',
    idNumber: null as unknown as undefined,
    address: null as unknown as undefined,
    classification: 'TO_CAO',
    contentSummary: 'Tố cáo cán bộ',
    handlingDirection: 'THU_LY',
    firstTime: false,
    resultNoticeDue: '2026-11-24',
    noticeOverdue: true,
  },
];

describe('the reception book', () => {
  it('masks the denouncer, marks overdue notices and first-time visits', async () => {
    stubApi({
      '/api/v1/visits': { body: { items: visits, totalItems: 2, page: 0, size: 20 } },
      '/api/v1/org-units': { body: { items: [unit] } },
    });
    await renderWithProviders(<VisitBookPage />);
    await screen.findByText('Phạm Thị Hoa');
    const rows = within(screen.getByRole('table')).getAllByRole('row');
    const open = rows.find((row) => row.textContent?.includes('31/2026'))!;
    expect(open).toHaveTextContent('Phạm Thị Hoa');
    expect(open).toHaveTextContent('075185123456');
    expect(open).toHaveTextContent('Lần đầu');
    expect(open).toHaveTextContent('Trả lại đơn và hướng dẫn');
    expect(open).toHaveTextContent('11/12/2026');

    const masked = rows.find((row) => row.textContent?.includes('30/2026'))!;
    expect(within(masked).getByText('Tố cáo – bảo mật')).toHaveClass('visit-masked');
    expect(masked).not.toHaveTextContent('null');
    expect(masked).toHaveTextContent('Nhiều lần');
    expect(within(masked).getByText(/24\/11\/2026/)).toHaveClass('visit-overdue-text');
    expect(screen.getByText('2 lượt tiếp')).toBeInTheDocument();
  });

  it('sends the search to the server and exports with the same filters', async () => {
    const fetchMock = stubApi({
      '/api/v1/visits': { body: { items: [], totalItems: 0 } },
      '/api/v1/org-units': { body: { items: [unit] } },
      '/api/v1/visits/export': { body: 'xlsx', contentType: 'application/octet-stream' },
    });
    const createObjectURL = vi.fn(() => 'blob:x');
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
    await renderWithProviders(<VisitBookPage />);
    const search = await screen.findByRole('searchbox', { name: 'Tìm theo tên, nội dung' });
    fireEvent.change(search, { target: { value: 'pham thi hoa' } });
    await act(async () => fireEvent.keyDown(search, { key: 'Enter', code: 'Enter' }));
    await vi.waitFor(() => {
      const urls = fetchMock.mock.calls.map(([input]) => new URL((input as Request).url));
      expect(urls.some((url) => url.searchParams.get('q') === 'pham thi hoa')).toBe(true);
    });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: /Xuất Excel/ })));
    await vi.waitFor(() => {
      const exported = fetchMock.mock.calls
        .map(([input]) => new URL((input as Request).url))
        .find((url) => url.pathname === '/api/v1/visits/export');
      expect(exported?.searchParams.get('format')).toBe('xlsx');
      expect(exported?.searchParams.get('q')).toBe('pham thi hoa');
    });
  });

  it('reads the server file name', () => {
    expect(fileNameOf('attachment; filename="so-tiep-cong-dan-DN-TRANBIEN-2026.xlsx"', 'x')).toBe(
      'so-tiep-cong-dan-DN-TRANBIEN-2026.xlsx',
    );
    expect(fileNameOf("attachment; filename*=UTF-8''s%E1%BB%95.pdf", 'x')).toBe('sổ.pdf');
    expect(fileNameOf(null, 'x.pdf')).toBe('x.pdf');
  });
});
