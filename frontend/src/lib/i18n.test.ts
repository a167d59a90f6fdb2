import { describe, expect, it } from 'vitest';
import { resources } from './i18n';
import { ROLES } from './roles';

const keys = (value: unknown, prefix = ''): string[] =>
  typeof value === 'object' && value !== null
    ? Object.entries(value).flatMap(([key, child]) => keys(child, `${prefix}${key}.`))
    : [prefix.slice(0, -1)];

describe('translations', () => {
  it('has the same keys in Vietnamese and English for every namespace', () => {
    for (const namespace of Object.keys(resources.vi) as (keyof typeof resources.vi)[]) {
      expect(keys(resources.en[namespace]).sort(), namespace).toEqual(
        keys(resources.vi[namespace]).sort(),
      );
    }
  });

  it('names all ten realm roles in both languages', () => {
    expect(Object.keys(resources.vi.roles).sort()).toEqual([...ROLES].sort());
    expect(Object.keys(resources.en.roles).sort()).toEqual([...ROLES].sort());
  });
});
