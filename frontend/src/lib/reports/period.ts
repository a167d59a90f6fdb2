import type { PeriodQuery, PeriodView } from '@/lib/reports/types';

/** The picker's value: a named period of a year, or a free date range (YYYY-MM-DD). */
export type PeriodChoice =
  { mode: 'period'; year: number; code?: string } | { mode: 'range'; from?: string; to?: string };

/** The API query for a choice, or undefined while it is incomplete. */
export function periodQueryOf(choice: PeriodChoice): PeriodQuery | undefined {
  if (choice.mode === 'period') return choice.code ? { period: choice.code } : undefined;
  if (!choice.from || !choice.to || choice.from > choice.to) return undefined;
  return { from: choice.from, to: choice.to };
}

/** The choice a URL's search parameters describe (`period=2026-H1` or `from=..&to=..`). */
export function choiceFromSearch(params: URLSearchParams, fallbackYear: number): PeriodChoice {
  const from = params.get('from') ?? undefined;
  const to = params.get('to') ?? undefined;
  if (from || to) return { mode: 'range', from, to };
  const code = params.get('period') ?? undefined;
  const year = code ? Number(code.slice(0, 4)) : NaN;
  return { mode: 'period', year: Number.isFinite(year) ? year : fallbackYear, code };
}

/** Writes a choice into search parameters (keeping the others). */
export function choiceToSearch(params: URLSearchParams, choice: PeriodChoice): URLSearchParams {
  const next = new URLSearchParams(params);
  next.delete('period');
  next.delete('from');
  next.delete('to');
  const query = periodQueryOf(choice);
  if (query && 'period' in query) next.set('period', query.period);
  if (query && 'from' in query) {
    next.set('from', query.from);
    next.set('to', query.to);
  }
  return next;
}

/** TT 01/2024 periods first (quarters, 6 and 9 months, year), then the model's, as the API sorts. */
export const REGIME_OF_KIND: Record<string, 'TT01_2024' | 'BSVND'> = {
  Q1: 'TT01_2024',
  Q2: 'TT01_2024',
  Q3: 'TT01_2024',
  Q4: 'TT01_2024',
  H1: 'TT01_2024',
  '9M': 'TT01_2024',
  Y: 'TT01_2024',
  MONTH: 'BSVND',
  BSVND_H1: 'BSVND',
  BSVND_Y: 'BSVND',
};

/** The period a past or current day falls in, to start on something useful: the latest ended quarter. */
export function defaultPeriod(
  periods: readonly PeriodView[],
  today: string,
): PeriodView | undefined {
  const quarters = periods.filter((period) => /^Q[1-4]$/.test(period.kind));
  const ended = quarters.filter((period) => period.to < today);
  if (ended.length > 0) return ended[ended.length - 1];
  return quarters.find((period) => period.from <= today && today <= period.to) ?? periods[0];
}

/** The years a report can be asked for: from the first year of records to next year. */
export const yearsAround = (current: number, back = 5) =>
  Array.from({ length: back + 2 }, (_, index) => current + 1 - index);
