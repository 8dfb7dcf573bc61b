import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysBetween,
  formatDateIn,
  formatLocalDate,
  formatLocalDateTime,
  isValidDate,
  localDate,
  localDateTime,
} from '../../src/domain/dates.js';

describe('the date module', () => {
  it('writes a calendar date the way each language does', () => {
    expect(formatLocalDate('fi', '2027-01-05')).toBe('5.1.2027');
    expect(formatLocalDate('en', '2027-01-05')).toBe('2027-01-05');
    expect(formatLocalDate('fi', '2026-12-31')).toBe('31.12.2026');
    // Not a date: shown as typed rather than failing the reply.
    expect(formatLocalDate('fi', 'soon')).toBe('soon');
  });

  it("shows an instant's date in the strategy's zone, not in UTC", () => {
    const lateEvening = new Date('2026-11-30T22:30:00Z');
    expect(formatDateIn('fi', lateEvening, 'Europe/Helsinki')).toBe('1.12.2026');
    expect(formatDateIn('en', lateEvening, 'Europe/Helsinki')).toBe('2026-12-01');
    expect(formatDateIn('en', lateEvening, 'America/New_York')).toBe('2026-11-30');
    expect(() => localDate(lateEvening, 'Mars/Olympus')).toThrow(/Mars\/Olympus/);
  });

  it('reads the wall clock on both sides of a daylight-saving change', () => {
    // Helsinki springs forward at 03:00 local on 2027-03-28 (01:00 UTC).
    expect(localDateTime(Date.parse('2027-03-28T00:30:00Z'), 'Europe/Helsinki')).toBe('2027-03-28 02:30');
    expect(localDateTime(Date.parse('2027-03-28T01:30:00Z'), 'Europe/Helsinki')).toBe('2027-03-28 04:30');
    expect(formatLocalDateTime('fi', '2027-03-28 04:30')).toBe('28.3.2027 04:30');
    expect(formatLocalDateTime('en', '2027-03-28 04:30')).toBe('2027-03-28 04:30');
  });

  it('counts and adds calendar days across months, leap days and daylight-saving changes', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(addDays('2027-03-27', 2)).toBe('2027-03-29');
    expect(addDays('2027-01-04', -7)).toBe('2026-12-28');
    expect(daysBetween('2027-03-27', '2027-03-29')).toBe(2);
    expect(daysBetween('2027-10-30', '2027-11-01')).toBe(2);
    expect(daysBetween('2027-01-04', '2026-12-28')).toBe(-7);
    expect(isValidDate('2028-02-29')).toBe(true);
    expect(isValidDate('2027-02-29')).toBe(false);
    expect(isValidDate(' 2027-02-28')).toBe(false);
  });
});
