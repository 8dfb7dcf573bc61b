import { describe, expect, it } from 'vitest';
import { lastDayOf, periodOf, periodsEndingWith, previousPeriod } from '../../src/domain/periods.js';
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
