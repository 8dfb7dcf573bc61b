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

function cadenceOf(period: string): Cadence {
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
