/** A share (0–1) as a percentage, e.g. 0.875 → "87,5 %"; "—" when there is nothing to divide. */
export function formatShare(value: number | null | undefined, language: string): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return new Intl.NumberFormat(language === 'vi' ? 'vi-VN' : 'en-GB', {
    style: 'percent',
    maximumFractionDigits: 1,
  }).format(value);
}

export function formatCount(value: number | null | undefined, language: string): string {
  if (value === null || value === undefined) return '0';
  return new Intl.NumberFormat(language === 'vi' ? 'vi-VN' : 'en-GB').format(value);
}

/** "2026-03" → "03/2026". */
export const monthLabel = (month: string) => {
  const [year, m] = month.split('-');
  return m ? `${m}/${year}` : month;
};

/**
 * An axis maximum above every value, split into four whole steps of 1, 2, 2.5 (from 25 up), 5 or 10
 * times a power of ten, so the tick labels are round numbers.
 */
export function niceMax(values: readonly number[]): number {
  const max = Math.max(0, ...values.filter((value) => Number.isFinite(value)));
  const quarter = Math.max(1, max / 4);
  const magnitude = 10 ** Math.floor(Math.log10(quarter));
  const steps = magnitude >= 10 ? [1, 2, 2.5, 5, 10] : [1, 2, 5, 10];
  const step = (steps.find((candidate) => candidate * magnitude >= quarter) ?? 10) * magnitude;
  return 4 * step;
}
