import { describe, expect, it } from 'vitest';
import { activityPeriod, isQuiet, lastPostedPeriod } from '../../src/domain/phase-content.js';

// When an account of the channel register counts as quiet: no post confirmed in the current period
// nor in the previous one(s) its cadence allows, judged in the strategy's time zone.

const zone = 'Europe/Helsinki';
// Monday 14 December 2026, 09:00 in Helsinki: ISO week 51.
const monday = new Date('2026-12-14T07:00:00Z');
const old = new Date('2026-10-01T09:00:00Z');

describe('isQuiet', () => {
  it('a weekly or daily account is quiet after a whole week with no post, not before', () => {
    for (const cadence of ['weekly', 'daily'] as const) {
      expect(isQuiet({ cadence, createdAt: old, postedPeriods: ['2026-W50'] }, monday, zone)).toBe(false);
      expect(isQuiet({ cadence, createdAt: old, postedPeriods: ['2026-W51'] }, monday, zone)).toBe(false);
      expect(isQuiet({ cadence, createdAt: old, postedPeriods: ['2026-W49'] }, monday, zone)).toBe(true);
      expect(isQuiet({ cadence, createdAt: old, postedPeriods: [] }, monday, zone)).toBe(true);
    }
  });

  const quiet = (cadence: 'biweekly' | 'monthly', posted: string) =>
    isQuiet({ cadence, createdAt: old, postedPeriods: [posted] }, monday, zone);

  it('a biweekly account may skip a week', () => {
    expect(quiet('biweekly', '2026-W49')).toBe(false);
    expect(quiet('biweekly', '2026-W48')).toBe(true);
  });

  it('a monthly account is judged by months, and a weekly confirmation counts for it too', () => {
    expect(quiet('monthly', '2026-11')).toBe(false);
    expect(quiet('monthly', '2026-10')).toBe(true);
    expect(quiet('monthly', '2026-W45')).toBe(false);
  });

  it('an account newer than its window is not judged yet', () => {
    const lastWeek = new Date('2026-12-08T10:00:00Z');
    expect(isQuiet({ cadence: 'weekly', createdAt: lastWeek, postedPeriods: [] }, monday, zone)).toBe(false);
    const earlier = new Date('2026-12-06T10:00:00Z');
    expect(isQuiet({ cadence: 'weekly', createdAt: earlier, postedPeriods: [] }, monday, zone)).toBe(true);
  });

  it("reads the week in the strategy's time zone, not UTC", () => {
    // Sunday 13 December 23:30 UTC is already Monday in Helsinki (week 51).
    const lateSunday = new Date('2026-12-13T23:30:00Z');
    expect(activityPeriod('weekly', lateSunday, zone)).toBe('2026-W51');
    expect(activityPeriod('weekly', lateSunday, 'UTC')).toBe('2026-W50');
    expect(activityPeriod('monthly', lateSunday, zone)).toBe('2026-12');
  });
});

describe('lastPostedPeriod', () => {
  it('orders weeks and months by their days', () => {
    expect(lastPostedPeriod(['2026-W49', '2026-11', '2026-W47'])).toBe('2026-W49');
    expect(lastPostedPeriod(['2026-W44', '2026-11'])).toBe('2026-11');
    expect(lastPostedPeriod([])).toBeUndefined();
  });
});
