import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '@/test/render';
import { ImportPage } from './ImportPage';
import { ImportReport } from './ImportReport';

const HEADER =
  'code,name,kind,level,parentCode,adminUnitCode,address,phone,receptionPlace,validFrom';
const BAD = `${HEADER}\nDN-A,UBND xã A,COMMUNE_PEOPLES_COMMITTEE,COMMUNE,DN,,,,,2025-07-01\nDN-B,UBND xã B,COMMUNE_PEOPLES_COMMITTEE,COMMUNE,KHONGCO,,,,,2025-07-01\n`;
const FIXED = BAD.replace('KHONGCO', 'DN');

const badReport = {
  valid: false,
  applied: false,
  rows: 2,
  toCreate: 1,
  toUpdate: 0,
  errors: [
    { line: 3, column: 'parentCode', code: 'UNKNOWN_PARENT', reason: 'Không có đơn vị mã KHONGCO' },
  ],
};
const goodReport = { valid: true, applied: false, rows: 2, toCreate: 2, toUpdate: 0, errors: [] };

/** Answers the import endpoint like the API: a bad parentCode fails the dry run. */
function stubImport() {
  const calls: { dryRun: string | null; body: string; contentType: string | null }[] = [];
  const fetchMock = vi.fn(async (request: Request) => {
    const url = new URL(request.url);
    const body = await request.text();
    calls.push({
      dryRun: url.searchParams.get('dryRun'),
      body,
      contentType: request.headers.get('Content-Type'),
    });
    const report = body.includes('KHONGCO')
      ? badReport
      : { ...goodReport, applied: url.searchParams.get('dryRun') === 'false' };
    return new Response(JSON.stringify(report), {
      status: 200,
      headers: { 'Content-Type': 'application/json' },
    });
  });
  vi.stubGlobal('fetch', fetchMock);
  return calls;
}

const click = async (name: RegExp | string) => {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name }));
  });
};

describe('the dry-run report', () => {
  it('lists each bad row with its line, column and reason, and the counts', async () => {
    await renderWithProviders(<ImportReport report={badReport} />);
    expect(screen.getByText('Có 1 lỗi, chưa thể áp dụng.')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Các dòng có lỗi' });
    expect(within(table).getByRole('columnheader', { name: 'Dòng' })).toBeInTheDocument();
    expect(within(table).getByRole('columnheader', { name: 'Cột' })).toBeInTheDocument();
    expect(within(table).getByRole('columnheader', { name: 'Lý do' })).toBeInTheDocument();
    const row = within(table).getByText('Không có đơn vị mã KHONGCO').closest('tr')!;
    expect(row).toHaveTextContent('3');
    expect(row).toHaveTextContent('parentCode');
    expect(screen.getByText('Số dòng').closest('th')!.nextElementSibling).toHaveTextContent('2');
    expect(screen.getByText('Đơn vị thêm mới').closest('th')!.nextElementSibling).toHaveTextContent(
      '1',
    );
  });

  it('says a valid file can be applied and shows no error table', async () => {
    await renderWithProviders(<ImportReport report={goodReport} />, { language: 'en' });
    expect(screen.getByText('The data is valid and can be applied.')).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: 'Rows with errors' })).not.toBeInTheDocument();
  });
});

describe('the import screen', () => {
  it('checks the CSV, lets the official fix the bad row in place, then applies it', async () => {
    const calls = stubImport();
    await renderWithProviders(<ImportPage />);
    const apply = () => screen.getByRole('button', { name: /Áp dụng/ });

    const editor = screen.getByLabelText('Nội dung CSV (có thể sửa trực tiếp)');
    fireEvent.change(editor, { target: { value: BAD } });
    expect(apply()).toBeDisabled();

    await click(/Kiểm tra \(chạy thử\)/);
    expect(await screen.findByText('Không có đơn vị mã KHONGCO')).toBeInTheDocument();
    expect(calls[0]).toMatchObject({ dryRun: 'true', body: BAD });
    expect(calls[0].contentType).toMatch(/^text\/csv/);
    expect(apply()).toBeDisabled();

    fireEvent.change(editor, { target: { value: FIXED } });
    await click(/Kiểm tra \(chạy thử\)/);
    expect(await screen.findByText('Dữ liệu hợp lệ, có thể áp dụng.')).toBeInTheDocument();
    expect(apply()).toBeEnabled();

    // Editing after a successful check asks for a new check before applying.
    fireEvent.change(editor, { target: { value: `${FIXED}\n` } });
    expect(apply()).toBeDisabled();
    expect(screen.getByText(/Nội dung đã thay đổi sau lần kiểm tra/)).toBeInTheDocument();
    fireEvent.change(editor, { target: { value: FIXED } });
    expect(apply()).toBeEnabled();

    await click(/Áp dụng/);
    expect(await screen.findByText('Đã nhập xong')).toBeInTheDocument();
    expect(calls.at(-1)).toMatchObject({ dryRun: 'false', body: FIXED });
    expect(screen.getByText('Thêm mới 2 đơn vị, cập nhật 0 đơn vị.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Xem cây đơn vị' })).toHaveAttribute(
      'href',
      '/org-units',
    );
  });

  it('offers a template with the header and one example row', async () => {
    await renderWithProviders(<ImportPage />);
    const link = screen.getByRole('link', { name: /Tải tệp mẫu/ });
    const csv = decodeURIComponent(link.getAttribute('href')!.split(',').slice(1).join(','));
    const [header, example] = csv.replace(/^\uFEFF/, '').split('\n');
    expect(header).toBe(HEADER);
    expect(example).toMatch(/^DN-VIDU,UBND xã Ví Dụ,COMMUNE_PEOPLES_COMMITTEE,COMMUNE,DN,/);
    // An address holds commas, so it is quoted (RFC 4180, as the API reads it).
    expect(example).toContain('"Số 1 đường Ví Dụ, xã Ví Dụ, tỉnh Đồng Nai"');
    expect(example).toMatch(/,"Số 3 đường Ví Dụ, xã Ví Dụ, tỉnh Đồng Nai",2025-07-01$/);
    expect(link).toHaveAttribute('download', 'mau-nhap-don-vi.csv');
  });

  it('shows the problem when the file itself is refused (wrong header)', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(
        async () =>
          new Response(
            JSON.stringify({
              title: 'Dữ liệu không hợp lệ',
              status: 400,
              errors: [{ field: 'header', code: 'HEADER', message: 'Dòng tiêu đề phải là …' }],
            }),
            { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
          ),
      ),
    );
    await renderWithProviders(<ImportPage />);
    fireEvent.change(screen.getByLabelText('Nội dung CSV (có thể sửa trực tiếp)'), {
      target: { value: 'a,b\n1,2' },
    });
    await click(/Kiểm tra \(chạy thử\)/);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Dòng tiêu đề phải là …');
  });
});
