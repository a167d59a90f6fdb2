import { act, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '@/test/render';
import { DeadlineBadge, badgeClass, type Due } from './DeadlineBadge';

const due: Due = {
  dueOn: '2026-12-14',
  rule: 'KN.RESOLVE_L1',
  legalBasis: 'Luật Khiếu nại 2011, Điều 28',
  startedOn: '2026-11-13',
  startEvent: 'Thụ lý khiếu nại',
  steps: [
    'Bắt đầu tính từ ngày 14/11/2026, ngày sau ngày thụ lý 13/11/2026',
    '30 ngày: ngày cuối cùng 13/12/2026 là Chủ nhật',
    'Chuyển sang ngày làm việc tiếp theo: 14/12/2026 (BLDS 2015, Điều 148)',
  ],
};

describe('the deadline badge', { timeout: 60_000 }, () => {
  it('shows the server’s colour with the days left, in words', async () => {
    await renderWithProviders(
      <>
        <DeadlineBadge badge="GREEN" dueOn="2026-12-14" daysLeft={12} />
        <DeadlineBadge badge="AMBER" dueOn="2026-12-08" daysLeft={6} />
        <DeadlineBadge badge="RED" dueOn="2026-11-26" daysLeft={-2} overdue />
        <DeadlineBadge badge="RED" dueOn="2026-11-28" daysLeft={0} />
      </>,
    );
    const green = screen.getByText('Còn 12 ngày · 14/12/2026');
    expect(green).toHaveClass('deadline-green');
    expect(screen.getByText('Còn 6 ngày · 08/12/2026')).toHaveClass('deadline-amber');
    expect(screen.getByText('Quá hạn 2 ngày · 26/11/2026')).toHaveClass('deadline-red');
    expect(screen.getByText('Hết hạn hôm nay · 28/11/2026')).toHaveClass('deadline-red');
  });

  it('shows a met or paused deadline without a countdown colour', async () => {
    await renderWithProviders(
      <>
        <DeadlineBadge badge="RED" dueOn="2026-11-20" metOn="2026-11-18" onTime />
        <DeadlineBadge badge="NONE" paused />
      </>,
    );
    expect(screen.getByText('Đã thực hiện')).toHaveClass('deadline-none');
    expect(screen.getByText('Tạm dừng')).toBeInTheDocument();
  });

  it('shows the derivation steps on focus', async () => {
    await renderWithProviders(
      <DeadlineBadge badge="GREEN" dueOn={due.dueOn} daysLeft={16} due={due} />,
    );
    const badge = screen.getByText(/Còn 16 ngày/);
    expect(badge).toHaveAttribute('tabindex', '0');
    await act(async () => {
      fireEvent.focus(badge);
      fireEvent.mouseEnter(badge);
    });
    const steps = await screen.findByRole('list', { name: 'Các bước tính' });
    expect(steps.querySelectorAll('li')).toHaveLength(3);
    expect(screen.getByText('Luật Khiếu nại 2011, Điều 28', { exact: false })).toBeInTheDocument();
    expect(screen.getByText(/Chuyển sang ngày làm việc tiếp theo/)).toBeInTheDocument();
  });

  it('names the colour classes after the server’s badge', () => {
    expect(badgeClass('AMBER')).toBe('deadline-badge deadline-amber');
    expect(badgeClass(undefined)).toBe('deadline-badge deadline-none');
    // a missing date renders nothing
    const { container } = render(<DeadlineBadge badge="NONE" />);
    expect(container).toBeEmptyDOMElement();
  });
});
