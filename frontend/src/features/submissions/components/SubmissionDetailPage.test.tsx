import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders, stubApi } from '@/test/render';
import { SubmissionDetailPage } from './SubmissionDetailPage';

const form = {
  form: {
    code: '01-XLD',
    formNo: '01/XLD',
    version: 'TT01-2024',
    title: 'TỔNG HỢP KẾT QUẢ XỬ LÝ ĐƠN',
    columns: [
      { no: 18, path: ['Ngoài thẩm quyền'], unit: 'COUNT' },
      { no: 19, path: ['Ngoài thẩm quyền', 'Hướng dẫn'], unit: 'COUNT' },
    ],
    checks: ['18=19'],
  },
  unitId: 'u',
  unitCode: 'DN-TRANBIEN',
  unitName: 'UBND phường Trấn Biên',
  period: {
    code: '2026-Q1',
    kind: 'Q1',
    from: '2025-12-15',
    to: '2026-03-14',
    label: 'Quý I năm 2026',
  },
  rows: [
    { kind: 'TOTAL', unitId: 'u', unitCode: 'DN-TRANBIEN', label: 'Tổng cộng', values: [1, 0] },
  ],
  checks: [
    {
      rule: '18=19',
      ok: false,
      failures: [{ unitCode: 'DN-TRANBIEN', label: 'Tổng cộng', cells: ['18=1', '19=0'] }],
    },
  ],
  valid: false,
};

const view = {
  summary: {
    id: 's1',
    unitId: 'u',
    unitCode: 'DN-TRANBIEN',
    unitName: 'UBND phường Trấn Biên',
    periodCode: '2026-Q1',
    periodKind: 'Q1',
    from: '2025-12-15',
    to: '2026-03-14',
    dueOn: '2026-03-18',
    status: 'DRAFT',
    consolidated: false,
    late: null,
    version: 3,
  },
  period: form.period,
  results: 'Kết quả',
  narrativeRequired: true,
  formCodes: ['01-XLD'],
  live: true,
  forms: [form],
  valid: false,
  allowedActions: ['edit', 'submit'],
  events: [{ at: '2026-03-10T02:00:00Z', action: 'CREATED', actor: 'chutich.tranbien' }],
};

describe('a report being prepared', () => {
  it('shows the live forms with the failing cells and the 422 failures of a refused submission', async () => {
    const fetchMock = stubApi({
      '/api/v1/me': {
        body: { username: 'chutich.tranbien', name: 'Trần Văn Hùng', roles: ['unit_leader'] },
      },
      '/api/v1/reports/submissions/s1': { body: view },
      '/api/v1/reports/submissions/s1/submit': {
        status: 422,
        body: {
          title: 'Số liệu không khớp kiểm tra chéo',
          status: 422,
          detail: '1 công thức không khớp',
          errors: [
            {
              field: 'forms[01-XLD].checks',
              code: 'CHECK_FAILED',
              message: '18=19 không khớp tại DN-TRANBIEN: 18=1, 19=0',
            },
          ],
        },
      },
    });
    // PATCH answers the same view (the stub answers by path).
    await renderWithProviders(<SubmissionDetailPage />, {
      route: { path: '/reports/submissions/:id', url: '/reports/submissions/s1' },
    });
    expect(await screen.findByText('Biểu mẫu (số liệu hiện tại)')).toBeInTheDocument();
    expect(document.querySelectorAll('.report-cell-failing')).toHaveLength(2);
    expect(screen.getByText('Tạo dự thảo')).toBeInTheDocument();

    fireEvent.change(screen.getByLabelText('Khó khăn, vướng mắc'), { target: { value: 'Không' } });
    fireEvent.change(screen.getByLabelText('Điển hình tiêu biểu'), { target: { value: 'Không' } });
    fireEvent.change(screen.getByLabelText('Kiến nghị, đề xuất'), { target: { value: 'Không' } });
    fireEvent.click(await screen.findByRole('button', { name: 'Gửi báo cáo' }));
    const confirm = await screen.findAllByRole('button', { name: 'Gửi báo cáo' });
    fireEvent.click(confirm[confirm.length - 1]);
    expect(await screen.findByText(/18=19 không khớp tại DN-TRANBIEN/)).toBeInTheDocument();
    await waitFor(() => {
      const submit = fetchMock.mock.calls
        .map((call) => call[0] as Request)
        .find((request) => new URL(request.url).pathname.endsWith('/submit'));
      expect(submit?.method).toBe('POST');
    });
  });
});
