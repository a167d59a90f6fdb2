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

/** The largest value of the series (at least 1), rounded up to a readable axis maximum. */
export function niceMax(values: readonly number[]): number {
  const max = Math.max(1, ...values.filter((value) => Number.isFinite(value)));
  const magnitude = 10 ** Math.floor(Math.log10(max));
  const steps = [1, 2, 2.5, 5, 10];
  const step = steps.find((candidate) => candidate * magnitude >= max) ?? 10;
  return step * magnitude;
}
