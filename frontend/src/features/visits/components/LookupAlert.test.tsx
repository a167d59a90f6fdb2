import { act, fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '@/test/render';
import type { LookupResult } from '../api/types';
import { LookupAlert } from './LookupAlert';

const unit = { id: 'u1', code: 'DN-TRANBIEN', name: 'UBND phường Trấn Biên' };
const result: LookupResult = {
  matches: [
    {
      visitId: 'v1',
      bookNo: '12/2026',
      bookYear: 2026,
      receivedAt: '2026-11-02T00:30:00Z',
      unit,
      classification: 'KHIEU_NAI',
      contentSummary: 'Khiếu nại quyết định thu hồi đất',
      matterId: 'm1',
      displayName: 'Nguyễn Văn An',
      confidential: false,
    },
    {
      visitId: 'v2',
      bookNo: '15/2026',
      receivedAt: '2026-11-09T00:30:00Z',
      unit,
      classification: 'TO_CAO',
      contentSummary: 'Tố cáo – bảo mật',
      matterId: 'm2',
      displayName: 'Tố cáo – bảo mật',
      confidential: true,
    },
  ],
  refusalNotices: [],
};

describe('the lookup warning at the desk', () => {
  it('lists the earlier visits and links the matter with "Cùng vụ việc"', async () => {
    const onLink = vi.fn();
    await renderWithProviders(<LookupAlert result={result} onLink={onLink} />);
    expect(screen.getByText('Người này đã đến 2 lần')).toBeInTheDocument();
    expect(screen.getByText('12/2026 · 02/11/2026')).toBeInTheDocument();
    expect(screen.getByText('Khiếu nại quyết định thu hồi đất')).toBeInTheDocument();
    // The confidential visit shows only the mask, never a name.
    expect(screen.getAllByText('Tố cáo – bảo mật').length).toBeGreaterThan(0);
    expect(screen.queryByRole('alert')).toBeNull();
    const buttons = screen.getAllByRole('button', { name: /Cùng vụ việc/ });
    expect(buttons).toHaveLength(2);
    await act(async () => fireEvent.click(buttons[0]));
    expect(onLink).toHaveBeenCalledWith('m1');
  });

  it('shows the linked matter as pressed', async () => {
    await renderWithProviders(<LookupAlert result={result} linkedMatterId="m2" onLink={vi.fn()} />);
    expect(screen.getByRole('button', { name: /Đã liên kết/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  it('warns in red when a written refusal notice (R3) exists', async () => {
    await renderWithProviders(
      <LookupAlert
        result={{
          ...result,
          refusalNotices: [
            {
              noticeNo: '45/TB-UBND',
              noticeDate: '2026-10-15',
              matterId: 'm1',
              matterSummary: 'Khiếu nại quyết định thu hồi đất',
            },
          ],
        }}
        onLink={vi.fn()}
      />,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveClass('ant-alert-error');
    expect(alert).toHaveTextContent('Vụ việc đã có thông báo từ chối tiếp bằng văn bản');
    expect(alert).toHaveTextContent('Thông báo số 45/TB-UBND ngày 15/10/2026');
  });

  it('says so when the person never came', async () => {
    await renderWithProviders(
      <LookupAlert result={{ matches: [], refusalNotices: [] }} onLink={vi.fn()} />,
    );
    expect(screen.getByText('Chưa có lượt tiếp trước của người này.')).toBeInTheDocument();
  });
});
