import { describe, expect, it } from 'vitest';
import { applyHolidayPolicy, buildRRule, expandRRule, parseRRule, presetOf } from './rrule';

describe('the recurrence presets', () => {
  it('builds the RRULE of each preset', () => {
    expect(buildRRule({ preset: 'WORKING_DAYS' })).toBe('FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR');
    expect(buildRRule({ preset: 'WEEKLY', weekdays: ['TH', 'MO'] })).toBe(
      'FREQ=WEEKLY;BYDAY=MO,TH',
    );
    expect(buildRRule({ preset: 'MONTHLY_DAY', day: 15 })).toBe('FREQ=MONTHLY;BYMONTHDAY=15');
    expect(buildRRule({ preset: 'MONTHLY_NTH', nth: 2, weekday: 'TH' })).toBe(
      'FREQ=MONTHLY;BYDAY=2TH',
    );
    expect(buildRRule({ preset: 'MONTHLY_NTH', nth: -1, weekday: 'FR' })).toBe(
      'FREQ=MONTHLY;BYDAY=-1FR',
    );
  });

  it('recognises a preset in an RRULE, the backend spelling (FREQ=DAILY) too', () => {
    expect(presetOf('FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR')).toEqual({ preset: 'WORKING_DAYS' });
    expect(presetOf('FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR')).toEqual({ preset: 'WORKING_DAYS' });
    expect(presetOf('FREQ=WEEKLY;BYDAY=TH,MO')).toEqual({
      preset: 'WEEKLY',
      weekdays: ['MO', 'TH'],
    });
    expect(presetOf('FREQ=MONTHLY;BYMONTHDAY=10')).toEqual({ preset: 'MONTHLY_DAY', day: 10 });
    expect(presetOf('FREQ=MONTHLY;BYDAY=-1FR')).toEqual({
      preset: 'MONTHLY_NTH',
      nth: -1,
      weekday: 'FR',
    });
    expect(presetOf('FREQ=WEEKLY;INTERVAL=2;BYDAY=MO')).toBeUndefined();
    expect(presetOf('nonsense')).toBeUndefined();
  });

  it('rejects what it cannot read', () => {
    expect(() => parseRRule('FREQ=YEARLY')).toThrow(/FREQ/);
    expect(() => parseRRule('FREQ=WEEKLY;BYDAY=XX')).toThrow(/BYDAY/);
    expect(() => parseRRule('FREQ=MONTHLY;BYMONTHDAY=32')).toThrow(/BYMONTHDAY/);
    expect(() => parseRRule('FREQ=WEEKLY;BYHOUR=7')).toThrow(/BYHOUR/);
  });
});

describe('expanding an RRULE for the preview', () => {
  it('gives every working day of a week', () => {
    expect(
      expandRRule('FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR', '2026-11-01', '2026-11-30', '2026-12-06'),
    ).toEqual(['2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04']);
  });

  it('gives the chosen weekdays, every other week with INTERVAL=2', () => {
    expect(
      expandRRule('FREQ=WEEKLY;BYDAY=MO,TH', '2026-12-01', '2026-12-01', '2026-12-14'),
    ).toEqual(['2026-12-03', '2026-12-07', '2026-12-10', '2026-12-14']);
    expect(
      expandRRule('FREQ=WEEKLY;INTERVAL=2;BYDAY=MO', '2026-11-30', '2026-11-30', '2026-12-31'),
    ).toEqual(['2026-11-30', '2026-12-14', '2026-12-28']);
  });

  it('gives day N of each month, skipping months without it', () => {
    expect(
      expandRRule('FREQ=MONTHLY;BYMONTHDAY=31', '2026-10-01', '2026-10-01', '2027-01-31'),
    ).toEqual(['2026-10-31', '2026-12-31', '2027-01-31']);
  });

  it('gives the n-th and the last weekday of each month', () => {
    expect(expandRRule('FREQ=MONTHLY;BYDAY=2TH', '2026-10-01', '2026-10-01', '2026-12-31')).toEqual(
      ['2026-10-08', '2026-11-12', '2026-12-10'],
    );
    expect(
      expandRRule('FREQ=MONTHLY;BYDAY=-1FR', '2026-10-01', '2026-10-01', '2026-12-31'),
    ).toEqual(['2026-10-30', '2026-11-27', '2026-12-25']);
  });

  it('stops at UNTIL, COUNT and the end of validity', () => {
    expect(
      expandRRule('FREQ=WEEKLY;BYDAY=MO;UNTIL=20261214', '2026-11-30', '2026-11-30', '2026-12-31'),
    ).toEqual(['2026-11-30', '2026-12-07', '2026-12-14']);
    expect(
      expandRRule('FREQ=WEEKLY;BYDAY=MO;COUNT=2', '2026-11-30', '2026-11-30', '2026-12-31'),
    ).toEqual(['2026-11-30', '2026-12-07']);
    expect(
      expandRRule('FREQ=WEEKLY;BYDAY=MO', '2026-11-30', '2026-11-30', '2026-12-31', '2026-12-08'),
    ).toEqual(['2026-11-30', '2026-12-07']);
  });
});

describe('the holiday policy', () => {
  const calendar: Record<string, string> = { '2027-01-01': 'Tết Dương lịch' };
  const dayOff = (date: string) => {
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
    return { off: weekday === 0 || weekday === 6 || date in calendar, holiday: calendar[date] };
  };

  it('skips a session falling on a holiday', () => {
    expect(applyHolidayPolicy(['2026-12-31', '2027-01-01'], 'SKIP', dayOff)).toEqual([
      { date: '2026-12-31', heldOn: '2026-12-31', dayOff: false },
      { date: '2027-01-01', dayOff: true, holiday: 'Tết Dương lịch' },
    ]);
  });

  it('moves it to the next working day, over the weekend', () => {
    expect(applyHolidayPolicy(['2027-01-01'], 'NEXT_WORKING_DAY', dayOff)).toEqual([
      { date: '2027-01-01', heldOn: '2027-01-04', dayOff: true, holiday: 'Tết Dương lịch' },
    ]);
  });
});
