import { DateTime } from 'luxon';
import { inZone } from './dates.js';

// Check-in periods are calendar periods in the strategy's own time zone: a value reported late on
// a Sunday evening in Helsinki belongs to that Helsinki week, whatever the UTC date says.

export const CADENCES = ['weekly', 'monthly'] as const;
export type Cadence = (typeof CADENCES)[number];

/** The period an instant falls in: `2026-W48` (ISO week) or `2026-11` (month). */
export function periodOf(instant: Date, timeZone: string, cadence: Cadence = 'weekly'): string {
  const local = inZone(instant, timeZone);
  if (cadence === 'monthly') return local.toFormat('yyyy-MM');
  return `${local.weekYear}-W${String(local.weekNumber).padStart(2, '0')}`;
}

function startOf(period: string): DateTime {
  const start = DateTime.fromISO(period, { zone: 'UTC' });
  if (!start.isValid) throw new Error(`not a period: ${period}`);
  return start;
}

/** Whether a period is a week (`2026-W48`) or a month (`2026-11`). */
export function cadenceOf(period: string): Cadence {
  return period.includes('W') ? 'weekly' : 'monthly';
}

/** The period before this one (ISO weeks roll over years correctly: 2027-W01 follows 2026-W53). */
export function previousPeriod(period: string): string {
  const cadence = cadenceOf(period);
  const before = startOf(period).minus(cadence === 'weekly' ? { weeks: 1 } : { months: 1 });
  return periodOf(before.toJSDate(), 'UTC', cadence);
}

/** The `count` periods ending with `last`, oldest first. */
export function periodsEndingWith(last: string, count: number): string[] {
  const out = [last];
  while (out.length < count) out.unshift(previousPeriod(out[0]!));
  return out;
}

/** The last local calendar day of the period (a Sunday, or the month's last day), as YYYY-MM-DD. */
export function lastDayOf(period: string): string {
  const start = startOf(period);
  return start.endOf(cadenceOf(period) === 'weekly' ? 'week' : 'month').toFormat('yyyy-MM-dd');
}

/** The first local calendar day of the period (a Monday, or the month's first day), as YYYY-MM-DD. */
export function firstDayOf(period: string): string {
  return startOf(period).toFormat('yyyy-MM-dd');
}

/** A calendar day as its parts, for a language to write as it writes dates. */
export interface DayParts {
  year: number;
  month: number;
  day: number;
}

/** What a period's human label is made of: the ISO week with its first and last day, or the month. */
export type PeriodParts =
  | { cadence: 'weekly'; week: number; first: DayParts; last: DayParts }
  | { cadence: 'monthly'; year: number; month: number };

function dayParts(date: DateTime): DayParts {
  return { year: date.year, month: date.month, day: date.day };
}

/** The parts of a period; throws on text that is not one. */
export function periodParts(period: string): PeriodParts {
  const start = startOf(period);
  if (cadenceOf(period) === 'monthly') return { cadence: 'monthly', year: start.year, month: start.month };
  return {
    cadence: 'weekly',
    week: start.weekNumber,
    first: dayParts(start),
    last: dayParts(start.endOf('week')),
  };
}

const WEEK_PERIOD = /^\d{4}-W\d{2}$/;
const MONTH_PERIOD = /^\d{4}-\d{2}$/;

/**
 * Whether `text` names a period of this cadence exactly as the app writes it: `2027-W06` for a
 * weekly metric (a week the ISO calendar has: 2026 has a W53, 2027 does not), `2027-02` for a
 * monthly one.
 */
export function isPeriodOf(text: string, cadence: Cadence): boolean {
  if (!(cadence === 'weekly' ? WEEK_PERIOD : MONTH_PERIOD).test(text)) return false;
  const start = DateTime.fromISO(text, { zone: 'UTC' });
  return start.isValid && periodOf(start.toJSDate(), 'UTC', cadence) === text;
}

/** The period a local calendar day (YYYY-MM-DD, already valid) falls in. */
export function periodOfDate(date: string, cadence: Cadence): string {
  return periodOf(DateTime.fromISO(date, { zone: 'UTC' }).toJSDate(), 'UTC', cadence);
}
