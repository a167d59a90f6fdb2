import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatWeekdayDate } from './format';

describe('formatDate', () => {
  it('writes dates as dd/MM/yyyy', () => {
    expect(formatDate('2025-03-09T03:00:00Z')).toBe('09/03/2025');
  });

  it('uses Việt Nam time: 18:00 UTC on 30 June is already 1 July in Hà Nội', () => {
    expect(formatDate('2025-06-30T18:00:00Z')).toBe('01/07/2025');
    expect(formatDateTime('2025-06-30T18:30:00Z')).toBe('01/07/2025 01:30');
  });

  it('keeps a calendar date as it is, without shifting the day', () => {
    expect(formatDate('2026-07-01')).toBe('01/07/2026');
  });

  it('accepts Date objects and epoch milliseconds', () => {
    expect(formatDate(new Date(Date.UTC(2024, 11, 31, 16, 59)))).toBe('31/12/2024');
    expect(formatDate(Date.UTC(2024, 11, 31, 17, 0))).toBe('01/01/2025');
  });

  it('answers an empty string for missing or invalid values', () => {
    expect(formatDate(null)).toBe('');
    expect(formatDate(undefined)).toBe('');
    expect(formatDate('')).toBe('');
    expect(formatDate('not a date')).toBe('');
  });
});

describe('formatWeekdayDate', () => {
  it('names the weekday in the reader language', () => {
    expect(formatWeekdayDate('2025-07-01', 'vi')).toBe('Thứ ba, 01/07/2025');
    expect(formatWeekdayDate('2025-07-01', 'en')).toBe('Tuesday, 01/07/2025');
  });
});
