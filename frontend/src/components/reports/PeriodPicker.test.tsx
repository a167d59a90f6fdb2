import { fireEvent, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import {
  choiceFromSearch,
  choiceToSearch,
  periodQueryOf,
  type PeriodChoice,
} from '@/lib/reports/period';
import { renderWithProviders, stubApi } from '@/test/render';
import { PeriodPicker } from './PeriodPicker';

const periods = [
  {
    code: '2026-Q1',
    kind: 'Q1',
    from: '2025-12-15',
    to: '2026-03-14',
    label: 'Quý I năm 2026',
    dueOn: '2026-03-18',
  },
  {
    code: '2026-H1',
    kind: 'H1',
    from: '2025-12-15',
    to: '2026-06-14',
    label: '6 tháng năm 2026',
    dueOn: '2026-06-18',
  },
  {
    code: '2026-03',
    kind: 'MONTH',
    from: '2026-03-01',
    to: '2026-03-31',
    label: 'Tháng 3 năm 2026',
    dueOn: '2026-04-05',
  },
];

function Harness({
  onChange,
  kinds,
}: {
  onChange: (value: PeriodChoice) => void;
  kinds?: string[];
}) {
  const [value, setValue] = useState<PeriodChoice>({ mode: 'period', year: 2026 });
  return (
    <PeriodPicker
      value={value}
      kinds={kinds}
      onChange={(next) => {
        setValue(next);
        onChange(next);
      }}
    />
  );
}

describe('the period picker', () => {
  it('lists the periods of the year with their windows in dd/MM/yyyy and picks one', async () => {
    const fetchMock = stubApi({ '/api/v1/reports/periods': { body: periods } });
    const onChange = vi.fn();
    await renderWithProviders(<Harness onChange={onChange} />);
    const select = screen.getByLabelText('Kỳ báo cáo');
    fireEvent.mouseDown(select);
    const option = await screen.findByText('Quý I năm 2026 (15/12/2025 – 14/03/2026)');
    expect(screen.getByText('Tháng 3 năm 2026 (01/03/2026 – 31/03/2026)')).toBeInTheDocument();
    fireEvent.click(option);
    await waitFor(() =>
      expect(onChange).toHaveBeenLastCalledWith({ mode: 'period', year: 2026, code: '2026-Q1' }),
    );
    const asked = new URL((fetchMock.mock.calls[0][0] as Request).url);
    expect(asked.searchParams.get('year')).toBe(String(new Date().getFullYear()));
  });

  it('offers only the given kinds', async () => {
    stubApi({ '/api/v1/reports/periods': { body: periods } });
    await renderWithProviders(<Harness onChange={() => {}} kinds={['H1']} />);
    fireEvent.mouseDown(screen.getByLabelText('Kỳ báo cáo'));
    expect(await screen.findByText(/6 tháng năm 2026/)).toBeInTheDocument();
    expect(screen.queryByText(/Quý I năm 2026/)).not.toBeInTheDocument();
  });

  it('switches to a free date range', async () => {
    stubApi({ '/api/v1/reports/periods': { body: periods } });
    const onChange = vi.fn();
    await renderWithProviders(<Harness onChange={onChange} />);
    fireEvent.click(screen.getByText('Theo khoảng ngày'));
    expect(onChange).toHaveBeenLastCalledWith({ mode: 'range' });
    expect(await screen.findByText('Từ ngày – đến ngày')).toBeInTheDocument();
  });
});

describe('period choices and the URL', () => {
  it('turns a choice into the API query only when complete', () => {
    expect(periodQueryOf({ mode: 'period', year: 2026 })).toBeUndefined();
    expect(periodQueryOf({ mode: 'period', year: 2026, code: '2026-H1' })).toEqual({
      period: '2026-H1',
    });
    expect(periodQueryOf({ mode: 'range', from: '2026-01-01' })).toBeUndefined();
    expect(periodQueryOf({ mode: 'range', from: '2026-02-01', to: '2026-01-01' })).toBeUndefined();
    expect(periodQueryOf({ mode: 'range', from: '2026-01-01', to: '2026-03-31' })).toEqual({
      from: '2026-01-01',
      to: '2026-03-31',
    });
  });

  it('reads and writes the period in the search parameters', () => {
    const search = choiceToSearch(
      new URLSearchParams('form=01-TCD&from=2026-01-01&to=2026-01-31'),
      {
        mode: 'period',
        year: 2025,
        code: '2025-Y',
      },
    );
    expect(search.toString()).toBe('form=01-TCD&period=2025-Y');
    expect(choiceFromSearch(search, 2026)).toEqual({ mode: 'period', year: 2025, code: '2025-Y' });
    expect(choiceFromSearch(new URLSearchParams('from=2026-01-01&to=2026-01-31'), 2026)).toEqual({
      mode: 'range',
      from: '2026-01-01',
      to: '2026-01-31',
    });
  });
});
