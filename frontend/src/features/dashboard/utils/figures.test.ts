import { describe, expect, it } from 'vitest';
import { formatShare, monthLabel, niceMax } from './figures';

describe('dashboard figures', () => {
  it('shows shares as percentages and nothing to divide as a dash', () => {
    expect(formatShare(0.5, 'en')).toBe('50%');
    expect(formatShare(null, 'vi')).toBe('—');
  });
  it('labels months dd/yyyy style', () => {
    expect(monthLabel('2026-03')).toBe('03/2026');
  });
  it('rounds the axis up to a readable maximum', () => {
    expect(niceMax([0])).toBe(1);
    expect(niceMax([7])).toBe(10);
    expect(niceMax([180, 20])).toBe(200);
    expect(niceMax([2100])).toBe(2500);
  });
});
