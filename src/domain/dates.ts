import { LRUCache } from 'lru-cache';
import { DateTime } from 'luxon';
import type { Language } from './strategy.js';

// Every date the app stores, compares or shows is a local calendar date in the strategy's own
// time zone, written YYYY-MM-DD (so that comparing the strings compares the dates). Day arithmetic
// is calendar arithmetic: a day across a daylight-saving change lasts 23 or 25 hours, so adding
// 24 h of milliseconds would land on the wrong date once a year.

/** How each language writes a calendar date: 26.11.2026 in Finnish, 2026-11-26 in English. */
const DATE_FORMATS: Record<Language, string> = { fi: 'd.M.yyyy', en: 'yyyy-MM-dd' };

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;
const MINUTE_MS = 60_000;

// Resolving a time zone or parsing a date costs luxon microseconds; a status asks a dozen times and
// the scheduler's fan-out tens of thousands, always about the same few dates (today, the due
// dates, the target dates). Each answer below is a pure function of its key, so it is kept: this
// is the cache that per-zone and per-language Intl formats once were.
const REMEMBERED = 10_000;

function remembered<A extends unknown[], R extends string | number>(
  key: (...args: A) => string,
  compute: (...args: A) => R,
): (...args: A) => R {
  const answers = new LRUCache<string, R, unknown[]>({
    max: REMEMBERED,
    memoMethod: (_key, _stale, { context }) => compute(...(context as A)),
  });
  return (...args) => answers.memo(key(...args), { context: args });
}

/** An instant as the wall clock of a time zone shows it; throws on a zone that does not exist. */
export function inZone(instant: Date | number, timeZone: string): DateTime {
  const local = DateTime.fromMillis(Number(instant), { zone: timeZone });
  if (!local.isValid)
    throw new Error(`cannot place ${String(instant)} in ${timeZone}: ${local.invalidReason}`);
  return local;
}

/** A YYYY-MM-DD calendar date as a luxon date (time-zone-free: held in UTC). */
function calendarDay(date: string): DateTime {
  const day = DateTime.fromISO(date, { zone: 'utc' });
  if (!day.isValid || !CALENDAR_DATE.test(date)) throw new Error(`not a calendar date: ${date}`);
  return day;
}

const zoneDates = remembered(
  // Every UTC offset in use is a whole number of minutes, so a local day never starts mid-minute.
  (instant: number, timeZone: string) => `${timeZone} ${Math.floor(instant / MINUTE_MS)}`,
  (instant, timeZone) => inZone(instant, timeZone).toFormat('yyyy-MM-dd'),
);

/** The local calendar date of an instant in a zone, as YYYY-MM-DD. */
export function localDate(instant: Date | number, timeZone: string): string {
  return zoneDates(Number(instant), timeZone);
}

/** The local date and wall-clock time of an instant in a zone, as `YYYY-MM-DD HH:MM` (24-hour). */
export function localDateTime(instant: Date | number, timeZone: string): string {
  return inZone(instant, timeZone).toFormat('yyyy-MM-dd HH:mm');
}

/** A calendar date that exists, written YYYY-MM-DD (2026-02-30 does not); undefined otherwise. */
export function parseLocalDate(text: string): string | undefined {
  const trimmed = text.trim();
  if (!CALENDAR_DATE.test(trimmed)) return undefined;
  return DateTime.fromISO(trimmed, { zone: 'utc' }).isValid ? trimmed : undefined;
}

/** Exactly a date that exists, YYYY-MM-DD, nothing around it. */
export function isValidDate(text: string): boolean {
  return parseLocalDate(text) === text;
}

/** The calendar date `days` later (earlier when negative). */
export const addDays = remembered(
  (date: string, days: number) => `${date} ${days}`,
  (date, days) => calendarDay(date).plus({ days }).toFormat('yyyy-MM-dd'),
);

/** Whole days from one YYYY-MM-DD date to another (negative when `to` is earlier). */
export const daysBetween = remembered(
  (from: string, to: string) => `${from} ${to}`,
  (from, to) => Math.round(calendarDay(to).diff(calendarDay(from), 'days').days),
);

/**
 * A YYYY-MM-DD date as the language writes it: 1.12.2026 in Finnish, 2026-12-01 in English. Text
 * that is not such a date is shown as it is: a reply with an odd date beats no reply.
 */
export const formatLocalDate = remembered(
  (language: Language, date: string) => `${language} ${date}`,
  (language, date) => {
    const day = DateTime.fromISO(date, { zone: 'utc' });
    return day.isValid && CALENDAR_DATE.test(date) ? day.toFormat(DATE_FORMATS[language]) : date;
  },
);

/** The local calendar date of an instant in a zone, as the language writes it. */
export function formatDateIn(language: Language, instant: Date | number, timeZone: string): string {
  return formatLocalDate(language, localDate(instant, timeZone));
}

/** A `YYYY-MM-DD HH:MM` local date and time (see localDateTime) as the language writes it. */
export function formatLocalDateTime(language: Language, dateTime: string): string {
  const [date = '', time = ''] = dateTime.split(' ');
  return `${formatLocalDate(language, date)} ${time}`;
}
