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

/**
 * Whether `text` names a period of this cadence exactly as the app writes it: `2027-W06` for a
 * weekly metric (a week the ISO calendar has: 2026 has a W53, 2027 does not), `2027-02` for a
 * monthly one.
 */
export function isPeriodOf(text: string, cadence: Cadence): boolean {
  const read = periodFromText(text, cadence);
  return read.ok && read.period === text;
}

/** The period a local calendar day (YYYY-MM-DD, already valid) falls in. */
export function periodOfDate(date: string, cadence: Cadence): string {
  const read = periodFromText(date, cadence);
  if (!read.ok) throw new Error(`not a calendar day: ${date}`);
  return read.period;
}

/** Why a date or period text names no period of a metric. */
export type PeriodTextProblem =
  /** Neither a date (`31.1.2027`, `2027-01-31`) nor a period (`2027-W06`, `2027-01`). */
  | 'unreadable'
  /** Written as a date or period, but no such day, week or month exists (`31.2.2027`, `2027-W60`). */
  | 'no_such_day'
  /** A month for a weekly metric: which of its weeks is meant cannot be told. */
  | 'month_for_weekly'
  /** A week for a monthly metric: a week can fall in two months. */
  | 'week_for_monthly'
  /** After the current period: a value cannot be reported ahead of time. */
  | 'future';

export type PeriodFromText = { ok: true; period: string } | { ok: false; problem: PeriodTextProblem };

const FINNISH_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const ISO_WEEK = /^(\d{4})-?W(\d{1,2})$/i;
const YEAR_MONTH = /^(\d{4})-(\d{1,2})$/;

/**
 * The period of a metric that a date or a period names, as an import row, the API or a workflow
 * writes it: a day (`31.1.2027`, `2027-01-31`) falls in its ISO week or its month; a week
 * (`2027-W06`) or a month (`2027-01`) must be of the metric's own cadence. A calendar day is
 * already local, so no time zone is needed. With `current` (the metric's period now), a later
 * period is refused.
 */
export function periodFromText(text: string, cadence: Cadence, current?: string): PeriodFromText {
  const trimmed = text.trim();
  let period: string | undefined;
  const fi = FINNISH_DATE.exec(trimmed);
  const iso = ISO_DATE.exec(trimmed);
  const week = ISO_WEEK.exec(trimmed);
  const month = YEAR_MONTH.exec(trimmed);
  if (fi || iso) {
    const [year, m, d] = fi ? [fi[3], fi[2], fi[1]] : [iso![1], iso![2], iso![3]];
    const day = calendarDay(Number(year), Number(m), Number(d));
    if (!day) return { ok: false, problem: 'no_such_day' };
    period = cadence === 'monthly' ? monthPeriod(Number(year), Number(m)) : isoWeekPeriod(day);
  } else if (week) {
    if (cadence !== 'weekly') return { ok: false, problem: 'week_for_monthly' };
    const [year, number] = [Number(week[1]), Number(week[2])];
    if (number < 1 || number > weeksIn(year)) return { ok: false, problem: 'no_such_day' };
    period = `${year}-W${String(number).padStart(2, '0')}`;
  } else if (month) {
    if (cadence !== 'monthly') return { ok: false, problem: 'month_for_weekly' };
    const [year, number] = [Number(month[1]), Number(month[2])];
    if (number < 1 || number > 12) return { ok: false, problem: 'no_such_day' };
    period = monthPeriod(year, number);
  } else return { ok: false, problem: 'unreadable' };
  if (current !== undefined && comparePeriods(period, current) > 0) return { ok: false, problem: 'future' };
  return { ok: true, period };
}

// An imported history reads thousands of days, so these use plain UTC dates rather than luxon:
// a calendar day has no time zone to convert.

const DAY_MS = 86_400_000;

/** The day as a UTC midnight, or undefined when it does not exist (31.2.). */
function calendarDay(year: number, month: number, day: number): Date | undefined {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  const exists =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return exists ? date : undefined;
}

function monthPeriod(year: number, month: number): string {
  return `${year}-${String(month).padStart(2, '0')}`;
}

/** The ISO week of a day: the week (Monday to Sunday) whose Thursday it shares. */
function isoWeekPeriod(day: Date): string {
  const thursday = new Date(day.getTime() + (4 - (day.getUTCDay() || 7)) * DAY_MS);
  const weekYear = thursday.getUTCFullYear();
  const january1 = calendarDay(weekYear, 1, 1)!;
  const week = Math.floor((thursday.getTime() - january1.getTime()) / DAY_MS / 7) + 1;
  return `${weekYear}-W${String(week).padStart(2, '0')}`;
}

/** 53 when the year starts on a Thursday, or is a leap year starting on a Wednesday; else 52. */
function weeksIn(year: number): number {
  const weekday = calendarDay(year, 1, 1)!.getUTCDay();
  const leap = calendarDay(year, 2, 29) !== undefined;
  return weekday === 4 || (leap && weekday === 3) ? 53 : 52;
}

/**
 * Orders two periods of one cadence by time (negative: `a` comes first). Periods as the app
 * writes them (four-digit year, zero-padded week or month) sort as text in time order.
 */
export function comparePeriods(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
