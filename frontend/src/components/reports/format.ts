import type { ValueUnit } from '@/lib/reports/types';

/** A cell value as printed: counts as integers, money and land with up to two decimals. */
export function formatCell(value: unknown, unit: ValueUnit | undefined, language: string): string {
  if (value === null || value === undefined || value === '') return '';
  const number = typeof value === 'number' ? value : Number(value);
  if (!Number.isFinite(number)) return String(value);
  return new Intl.NumberFormat(language === 'vi' ? 'vi-VN' : 'en-GB', {
    maximumFractionDigits: unit === 'COUNT' || unit === undefined ? 0 : 2,
  }).format(number);
}

export const isNonZero = (value: unknown) => {
  const number = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(number) && number !== 0;
};
