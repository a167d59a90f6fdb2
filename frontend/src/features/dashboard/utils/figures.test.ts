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
    expect(niceMax([0])).toBe(4);
    expect(niceMax([3])).toBe(4);
    expect(niceMax([7])).toBe(8);
    expect(niceMax([22])).toBe(40);
    expect(niceMax([180, 20])).toBe(200);
    expect(niceMax([2100])).toBe(4000);
    expect(niceMax([90])).toBe(100);
  });
});
