import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { checkIdNumber, maxRepresentatives } from './id-number';

const now = dayjs('2026-11-28T08:00:00+07:00');

describe('the ID number checks', () => {
  it('accepts a well-formed CCCD, with spaces typed between the groups', () => {
    expect(checkIdNumber('CCCD', '075185123456', now)).toBeUndefined();
    expect(checkIdNumber('CCCD', '075 185 123 456', now)).toBeUndefined();
    expect(checkIdNumber('CCCD', '001203000001', now)).toBeUndefined();
    expect(checkIdNumber(undefined, '', now)).toBeUndefined();
  });

  it('names what is wrong with a CCCD like the server does', () => {
    expect(checkIdNumber('CCCD', '07518512345', now)).toBe('CCCD_FORMAT');
    expect(checkIdNumber('CCCD', '07518512345a', now)).toBe('CCCD_FORMAT');
    expect(checkIdNumber('CCCD', '003185123456', now)).toBe('CCCD_PROVINCE');
    expect(checkIdNumber('CCCD', '099185123456', now)).toBe('CCCD_PROVINCE');
    expect(checkIdNumber('CCCD', '075485123456', now)).toBe('CCCD_CENTURY');
    // Born in 2030: not yet.
    expect(checkIdNumber('CCCD', '075230123456', now)).toBe('CCCD_CENTURY');
  });

  it('checks CMND and passports', () => {
    expect(checkIdNumber('CMND', '271234567', now)).toBeUndefined();
    expect(checkIdNumber('CMND', '2712345678', now)).toBe('CMND_FORMAT');
    expect(checkIdNumber('HO_CHIEU', 'b1234567', now)).toBeUndefined();
    expect(checkIdNumber('HO_CHIEU', 'B12', now)).toBe('PASSPORT_FORMAT');
    expect(checkIdNumber('OTHER', 'anything', now)).toBeUndefined();
  });

  it('limits the representatives of a group by its size', () => {
    expect(maxRepresentatives(3)).toBeUndefined();
    expect(maxRepresentatives(5)).toBe(2);
    expect(maxRepresentatives(10)).toBe(2);
    expect(maxRepresentatives(11)).toBe(5);
  });
});
