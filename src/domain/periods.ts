import { DateTime } from 'luxon';

// Check-in periods are calendar periods in the strategy's own time zone: a value reported late on
// a Sunday evening in Helsinki belongs to that Helsinki week, whatever the UTC date says.

export const CADENCES = ['weekly', 'monthly'] as const;
export type Cadence = (typeof CADENCES)[number];

/** The period an instant falls in: `2026-W48` (ISO week) or `2026-11` (month). */
export function periodOf(instant: Date, timeZone: string, cadence: Cadence = 'weekly'): string {
  const local = DateTime.fromJSDate(instant, { zone: timeZone });
  if (!local.isValid) throw new Error(`unknown time zone ${timeZone}`);
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
  const end = cadenceOf(period) === 'weekly' ? start.plus({ days: 6 }) : start.endOf('month');
  return end.toISODate()!;
}

// Building an Intl.DateTimeFormat costs far more than formatting with one: on every status it was
// our own code's largest item in the request path's profile. One per time zone (a few hundred exist).
const DAY_FORMATS_SIZE = 1_000;
const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** The local calendar date of an instant in a zone, as YYYY-MM-DD. */
export function localDate(instant: Date, timeZone: string): string {
  let format = dayFormats.get(timeZone);
  if (!format) {
    // en-CA writes dates as YYYY-MM-DD.
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    if (dayFormats.size >= DAY_FORMATS_SIZE) dayFormats.clear();
    dayFormats.set(timeZone, format);
  }
  return format.format(instant);
}

/** A calendar date that exists, written YYYY-MM-DD (2026-02-30 does not); undefined otherwise. */
export function parseLocalDate(text: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!match) return undefined;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d)
    return undefined;
  return match[0];
}

/** Exactly a date that exists, YYYY-MM-DD, nothing around it. */
export function isValidDate(text: string): boolean {
  return parseLocalDate(text) === text;
}

/** Whole days from one YYYY-MM-DD date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round(
    DateTime.fromISO(to, { zone: 'UTC' }).diff(DateTime.fromISO(from, { zone: 'UTC' }), 'days').days,
  );
}
