import { describe, expect, it } from 'vitest';
import {
  isPeriodOf,
  lastDayOf,
  periodOf,
  periodOfDate,
  periodsEndingWith,
  previousPeriod,
} from '../../src/domain/periods.js';
import { askedPeriod } from '../../src/domain/reporting.js';
import { formatPeriod, formatPeriods } from '../../src/views/periods.js';
import { TestClock } from '../support/clock.js';

describe('periodOf (ISO week in the strategy time zone)', () => {
  it('puts Sunday 23:30 in Helsinki in that local week, and Monday 00:30 in the next', () => {
    // 2026-11-29 is a Sunday; Helsinki is UTC+2 in winter.
    const clock = new TestClock('2026-11-29T21:30:00Z');
    expect(periodOf(clock.now(), 'Europe/Helsinki')).toBe('2026-W48');
    clock.set('2026-11-29T22:30:00Z'); // Monday 00:30 in Helsinki, still Sunday in UTC
    expect(periodOf(clock.now(), 'Europe/Helsinki')).toBe('2026-W49');
    expect(periodOf(clock.now(), 'UTC')).toBe('2026-W48');
  });

  it('keeps Sunday 23:30 in New York in that week although UTC is already Monday', () => {
    const sundayLate = new Date('2026-11-30T04:30:00Z'); // Sunday 23:30 EST
    expect(periodOf(sundayLate, 'America/New_York')).toBe('2026-W48');
    expect(periodOf(sundayLate, 'UTC')).toBe('2026-W49');
  });

  it('holds across a daylight-saving change (Helsinki, last Sunday of March)', () => {
    expect(periodOf(new Date('2026-03-29T20:30:00Z'), 'Europe/Helsinki')).toBe('2026-W13'); // Sun 23:30 EEST
    expect(periodOf(new Date('2026-03-29T21:30:00Z'), 'Europe/Helsinki')).toBe('2026-W14'); // Mon 00:30
  });

  it('uses the ISO week-year at the turn of the year', () => {
    expect(periodOf(new Date('2027-01-01T10:00:00Z'), 'Europe/Helsinki')).toBe('2026-W53');
    expect(periodOf(new Date('2025-12-29T10:00:00Z'), 'Europe/Helsinki')).toBe('2026-W01');
  });

  it('gives the local month for a monthly cadence', () => {
    expect(periodOf(new Date('2026-11-30T22:30:00Z'), 'Europe/Helsinki', 'monthly')).toBe('2026-12');
    expect(periodOf(new Date('2026-11-30T22:30:00Z'), 'UTC', 'monthly')).toBe('2026-11');
  });

  it('steps back over year ends and lists the last periods', () => {
    expect(previousPeriod('2027-W01')).toBe('2026-W53');
    expect(previousPeriod('2026-01')).toBe('2025-12');
    expect(periodsEndingWith('2026-W02', 4)).toEqual(['2025-W51', '2025-W52', '2026-W01', '2026-W02']);
    expect(lastDayOf('2026-W48')).toBe('2026-11-29');
    expect(lastDayOf('2026-02')).toBe('2026-02-28');
  });
});

describe('period labels, as people name periods', () => {
  it('names a week by its number and days, and a month by its name, in both languages', () => {
    expect(formatPeriod('en', '2026-W06')).toBe('week 6 (2–8 Feb)');
    expect(formatPeriod('fi', '2026-W06')).toBe('viikko 6 (2.–8.2.)');
    expect(formatPeriod('en', '2027-01')).toBe('January 2027');
    expect(formatPeriod('fi', '2027-01')).toBe('tammikuu 2027');
    expect(formatPeriod('fi', '2026-12')).toBe('joulukuu 2026');
  });

  it('writes both months of a week across two, and both years of a week across the new year', () => {
    expect(formatPeriod('en', '2026-W05')).toBe('week 5 (26 Jan – 1 Feb)');
    expect(formatPeriod('fi', '2026-W05')).toBe('viikko 5 (26.1.–1.2.)');
    expect(formatPeriod('en', '2026-W53')).toBe('week 53 (28 Dec 2026 – 3 Jan 2027)');
    expect(formatPeriod('fi', '2026-W53')).toBe('viikko 53 (28.12.2026–3.1.2027)');
  });

  it('joins several periods as a phrase, each once, and shows text that is no period as it is', () => {
    expect(formatPeriods('en', ['2026-W06', '2027-01', '2026-W06'])).toBe(
      'week 6 (2–8 Feb) and January 2027',
    );
    expect(formatPeriods('fi', ['2026-W06', '2027-01'])).toBe('viikko 6 (2.–8.2.) ja tammikuu 2027');
    expect(formatPeriod('en', 'W6')).toBe('W6');
  });
});

describe('askedPeriod: each metric asked for on its own cadence', () => {
  const zone = 'Europe/Helsinki';
  // Check-in prompts every Friday at 10:00 in Helsinki.
  const friday = (date: string) => new Date(`${date}T08:00:00Z`);

  it('asks a weekly metric for the current week at every weekly prompt', () => {
    const prompt = friday('2027-01-22');
    expect(askedPeriod('weekly', prompt, zone, friday('2027-01-29'))).toBe('2027-W03');
  });

  it('asks a monthly metric for its month only at the month’s last prompt', () => {
    // 22 January: another prompt (29 January) is still to come this month.
    expect(askedPeriod('monthly', friday('2027-01-22'), zone, friday('2027-01-29'))).toBe('2026-12');
    expect(askedPeriod('monthly', friday('2027-01-29'), zone, friday('2027-02-05'))).toBe('2027-01');
  });

  it('owes a period once it is over when no prompt asks for it', () => {
    expect(askedPeriod('weekly', friday('2027-01-22'), zone, undefined)).toBe('2027-W02');
    expect(askedPeriod('monthly', friday('2027-01-22'), zone, undefined)).toBe('2026-12');
  });
});

describe('periods named by other routes (the API, an import)', () => {
  it('takes only a period of the cadence as the app writes it, in a week the ISO calendar has', () => {
    expect(['2026-W53', '2027-W01', '2027-W52'].map((p) => isPeriodOf(p, 'weekly'))).toEqual([
      true,
      true,
      true,
    ]);
    expect(
      ['2027-W53', '2027-W00', '2027-W1', '2027-02', '2027-w05', ' 2027-W05'].some((p) =>
        isPeriodOf(p, 'weekly'),
      ),
    ).toBe(false);
    expect(['2027-02', '2026-12'].map((p) => isPeriodOf(p, 'monthly'))).toEqual([true, true]);
    expect(
      ['2027-13', '2027-00', '2027-2', '2027-W05', '2027-02-01'].some((p) => isPeriodOf(p, 'monthly')),
    ).toBe(false);
  });

  it('places a local day in its week or month: 3 January 2027 is in week 53 of 2026', () => {
    expect(periodOfDate('2027-01-03', 'weekly')).toBe('2026-W53');
    expect(periodOfDate('2027-01-04', 'weekly')).toBe('2027-W01');
    expect(periodOfDate('2027-01-03', 'monthly')).toBe('2027-01');
  });
});
