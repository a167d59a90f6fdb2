import dayjs from 'dayjs';
import { TIME_ZONE } from '@/lib/format';
import type { IdDocType } from '../api/types';

/** Province codes of the 12-digit citizen ID (Thông tư 07/2016/TT-BCA, Phụ lục). */
export const CCCD_PROVINCES: ReadonlySet<string> = new Set(
  (
    '001 002 004 006 008 010 011 012 014 015 017 019 020 022 024 025 026 027 030 031 033 034 035 ' +
    '036 037 038 040 042 044 045 046 048 049 051 052 054 056 058 060 062 064 066 067 068 070 072 ' +
    '074 075 077 079 080 082 083 084 086 087 089 091 092 093 094 095 096'
  ).split(' '),
);

export type IdNumberError =
  'CCCD_FORMAT' | 'CCCD_PROVINCE' | 'CCCD_CENTURY' | 'CMND_FORMAT' | 'PASSPORT_FORMAT';

/** Spaces and dots typed between the digit groups do not count. */
export const normaliseIdNumber = (value: string) => value.replace(/[\s.-]/g, '').toUpperCase();

/**
 * The server's ID number checks, run before saving so the officer fixes a typo at once; the
 * server still has the last word (its errors land under the same field).
 */
export function checkIdNumber(
  type: IdDocType | undefined,
  value: string | undefined,
  now = dayjs().tz(TIME_ZONE),
): IdNumberError | undefined {
  const id = normaliseIdNumber(value ?? '');
  if (id === '') return undefined;
  switch (type ?? 'CCCD') {
    case 'CCCD': {
      if (!/^\d{12}$/.test(id)) return 'CCCD_FORMAT';
      if (!CCCD_PROVINCES.has(id.slice(0, 3))) return 'CCCD_PROVINCE';
      const century = Number(id[3]);
      if (century > 3) return 'CCCD_CENTURY';
      const year = (century < 2 ? 1900 : 2000) + Number(id.slice(4, 6));
      if (year > now.year()) return 'CCCD_CENTURY';
      return undefined;
    }
    case 'CMND':
      return /^\d{9}$/.test(id) ? undefined : 'CMND_FORMAT';
    case 'HO_CHIEU':
      return /^[A-Z0-9]{6,20}$/.test(id) ? undefined : 'PASSPORT_FORMAT';
    default:
      return undefined;
  }
}

/** A group of 5–10 sends at most 2 representatives, 11 or more at most 5 (ND 124/2020 Art. 6). */
export function maxRepresentatives(headcount: number | undefined): number | undefined {
  if (!headcount || headcount < 5) return undefined;
  return headcount <= 10 ? 2 : 5;
}
