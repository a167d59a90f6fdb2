import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { renderWithProviders, stubApi } from '@/test/render';
import type { DeadlineRule } from '../api/types';
import { DeadlineRulesPage } from './DeadlineRulesPage';
import { DeadlineTryPanel } from './DeadlineTryPanel';

const rules: DeadlineRule[] = [
  {
    code: 'KN.RESOLVE_L1',
    validFrom: '2026-07-01',
    subject: 'COMPLAINT',
    triggerEvent: 'Thụ lý khiếu nại lần đầu',
    duration: 30,
    unit: 'CALENDAR_DAY',
    variants: { COMPLEX: 45, REMOTE: 45, REMOTE_COMPLEX: 60 },
    pausesExcluded: true,
    needsLegalConfirmation: true,
    legalBasis: 'Luật Khiếu nại 2011, Điều 28',
    version: 2,
  },
  {
    code: 'TC.RESOLVE',
    validFrom: '2019-01-01',
    validTo: '2026-12-31',
    subject: 'DENUNCIATION',
    triggerEvent: 'Thụ lý tố cáo',
    duration: 30,
    unit: 'CALENDAR_DAY',
    variants: { maxExtensions: { COMPLEX: 1, VERY_COMPLEX: 2 }, extensionDays: 30 },
    pausesExcluded: true,
    needsLegalConfirmation: false,
    legalBasis: 'Luật Tố cáo 2018, Điều 30',
    version: 0,
  },
  {
    code: 'TC.RESULT_NOTICE',
    validFrom: '2014-07-01',
    subject: 'VISIT',
    triggerEvent: 'Tiếp công dân',
    duration: 10,
    unit: 'WORKING_DAY',
    variants: {},
    pausesExcluded: false,
    needsLegalConfirmation: false,
    legalBasis: 'Luật Tiếp công dân 2013, Điều 28',
    version: 0,
  },
];

const me = (roles: string[]) => ({ username: 'u', name: 'U', roles });

describe('the deadline rules page', () => {
  it('lists the rules in force today with Vietnamese labels and the legal-confirmation tag', async () => {
    const fetchMock = stubApi({
      '/api/v1/me': { body: me(['inspector']) },
      '/api/v1/deadline-rules': { body: rules },
    });
    await renderWithProviders(<DeadlineRulesPage />);

    const row = (await screen.findByText('KN.RESOLVE_L1')).closest('tr')!;
    expect(within(row).getByText('Khiếu nại')).toBeInTheDocument();
    expect(within(row).getByText('30 ngày')).toBeInTheDocument();
    expect(
      within(row).getByText('Phức tạp: 45 · Vùng khó khăn: 45 · Cả hai: 60'),
    ).toBeInTheDocument();
    expect(within(row).getByText('Cần xác nhận pháp lý')).toBeInTheDocument();
    expect(within(row).getByText('Trừ thời gian tạm dừng')).toBeInTheDocument();
    expect(within(row).getByText('01/07/2026 – nay')).toBeInTheDocument();

    const denunciation = screen.getByText('TC.RESOLVE').closest('tr')!;
    expect(
      within(denunciation).getByText(
        'Gia hạn tối đa: phức tạp 1 lần, rất phức tạp 2 lần, mỗi lần 30 ngày',
      ),
    ).toBeInTheDocument();
    expect(within(denunciation).queryByText('Cần xác nhận pháp lý')).not.toBeInTheDocument();
    expect(within(denunciation).getByText('01/01/2019 – 31/12/2026')).toBeInTheDocument();
    expect(screen.getByText('10 ngày làm việc')).toBeInTheDocument();
    // An inspector reads only: no edit button.
    expect(screen.queryByRole('button', { name: /Sửa/ })).not.toBeInTheDocument();

    const list = fetchMock.mock.calls
      .map(([input]) => input as Request)
      .find((request) => request.url.includes('/api/v1/deadline-rules'))!;
    expect(new URL(list.url).searchParams.get('at')).toBe(dayjs().format('YYYY-MM-DD'));

    fireEvent.click(screen.getByRole('switch'));
    await waitFor(() => expect(screen.queryByText('TC.RESOLVE')).not.toBeInTheDocument());
    expect(screen.getByText('KN.RESOLVE_L1')).toBeInTheDocument();
  });

  it('lets the admin edit a rule, sending the version and requiring a reason for a new basis', async () => {
    const fetchMock = stubApi({
      '/api/v1/me': { body: me(['admin']) },
      '/api/v1/deadline-rules': { body: rules },
      '/api/v1/deadline-rules/KN.RESOLVE_L1/2026-07-01': {
        body: { ...rules[0], legalBasis: 'Luật Khiếu nại 2011, Điều 28 (sửa đổi)', version: 3 },
      },
    });
    await renderWithProviders(<DeadlineRulesPage />);

    fireEvent.click(await screen.findByRole('button', { name: 'Sửa KN.RESOLVE_L1' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('Căn cứ pháp lý'), {
      target: { value: 'Luật Khiếu nại 2011, Điều 28 (sửa đổi)' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    expect(
      await within(dialog).findByText('Vui lòng nêu lý do thay đổi căn cứ pháp lý'),
    ).toBeInTheDocument();

    fireEvent.change(within(dialog).getByLabelText('Lý do thay đổi'), {
      target: { value: 'Ý kiến pháp chế' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    await waitFor(() =>
      expect(fetchMock.mock.calls.some(([input]) => (input as Request).method === 'PATCH')).toBe(
        true,
      ),
    );
    const patch = fetchMock.mock.calls
      .map(([input]) => input as Request)
      .find((request) => request.method === 'PATCH')!;
    expect(await patch.json()).toEqual({
      version: 2,
      duration: 30,
      unit: 'CALENDAR_DAY',
      needsLegalConfirmation: true,
      legalBasis: 'Luật Khiếu nại 2011, Điều 28 (sửa đổi)',
      reason: 'Ý kiến pháp chế',
    });
  });

  it('shows a reload message when the rule changed meanwhile (409)', async () => {
    stubApi({
      '/api/v1/me': { body: me(['admin']) },
      '/api/v1/deadline-rules': { body: rules },
      '/api/v1/deadline-rules/KN.RESOLVE_L1/2026-07-01': {
        status: 409,
        body: { title: 'Conflict', status: 409 },
      },
    });
    await renderWithProviders(<DeadlineRulesPage />);
    fireEvent.click(await screen.findByRole('button', { name: 'Sửa KN.RESOLVE_L1' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    expect(await within(dialog).findByText(/vừa được người khác thay đổi/)).toBeInTheDocument();
  });
});

describe('the deadline try panel', () => {
  it('computes a due date and shows it with the derivation steps', async () => {
    const fetchMock = stubApi({
      '/api/v1/deadlines/compute': {
        body: {
          dueOn: '2026-09-03',
          rule: 'TC.RESOLVE',
          needsLegalConfirmation: false,
          shiftedFrom: '2026-09-02',
          steps: ['Bắt đầu tính từ ngày 04/08/2026', 'Cộng 30 ngày: 02/09/2026'],
        },
      },
    });
    await renderWithProviders(<DeadlineTryPanel rules={rules} startDate={dayjs('2026-08-03')} />);

    fireEvent.mouseDown(screen.getByRole('combobox', { name: 'Quy tắc' }));
    fireEvent.click(await screen.findByTitle('TC.RESOLVE'));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Phức tạp' }));
    fireEvent.click(screen.getByRole('button', { name: 'Tính thời hạn' }));

    expect(await screen.findByText('03/09/2026')).toBeInTheDocument();
    const steps = screen.getByRole('list', { name: 'Cách tính' });
    expect(
      within(steps)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Bắt đầu tính từ ngày 04/08/2026', 'Cộng 30 ngày: 02/09/2026']);
    expect(screen.getByText(/02\/09\/2026\), được chuyển sang/)).toBeInTheDocument();

    const request = fetchMock.mock.calls
      .map(([input]) => input as Request)
      .find((call) => call.url.includes('/api/v1/deadlines/compute'))!;
    expect(await request.json()).toEqual({
      ruleCode: 'TC.RESOLVE',
      startDate: '2026-08-03',
      variants: ['COMPLEX'],
      extensions: [],
      pauses: [],
    });
  });

  it('puts the server problems under the fields', async () => {
    stubApi({
      '/api/v1/deadlines/compute': {
        status: 400,
        body: {
          title: 'Dữ liệu không hợp lệ',
          status: 400,
          errors: [{ field: 'ruleCode', code: 'NotInForce', message: 'Quy tắc chưa có hiệu lực' }],
        },
      },
    });
    await renderWithProviders(<DeadlineTryPanel rules={rules} startDate={dayjs('2010-01-01')} />);
    fireEvent.mouseDown(screen.getByRole('combobox', { name: 'Quy tắc' }));
    fireEvent.click(await screen.findByTitle('TC.RESOLVE'));
    fireEvent.click(screen.getByRole('button', { name: 'Tính thời hạn' }));
    expect(await screen.findByText('Quy tắc chưa có hiệu lực')).toBeInTheDocument();
  });
});
