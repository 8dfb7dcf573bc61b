import { DateTime } from 'luxon';

export const SCHEDULE_KINDS = ['digest', 'checkin_prompt', 'checkin_reminder', 'nudges'] as const;
export type ScheduleKind = (typeof SCHEDULE_KINDS)[number];

/** ISO weekdays: 1 Monday … 7 Sunday. */
export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** A slot missed while no process was up is still sent this long after it was due; later, skipped. */
export const GRACE_MS = 6 * 60 * 60 * 1000;

/** How long a claimed delivery belongs to the process that claimed it before another may retry it. */
export const LEASE_MS = 5 * 60 * 1000;

/** A delivery that keeps failing transiently is given up after this many attempts. */
export const MAX_ATTEMPTS = 5;

/** Each transient failure waits this much longer than the one before it (1 min, 2 min…). */
const RETRY_STEP_MS = 60 * 1000;

/** When a delivery that failed transiently on attempt `attempts` is tried again; undefined: given up. */
export function retryAfterFailure(attempts: number, at: number): number | undefined {
  return attempts >= MAX_ATTEMPTS ? undefined : at + RETRY_STEP_MS * attempts;
}

/**
 * How often a weekday comes round: every week, every other week, or once a month on the weekday's
 * first or last occurrence in the month (the first Monday is day 1–7, the last Friday one of the
 * month's last seven days).
 */
export const FREQUENCIES = ['weekly', 'biweekly', 'monthly_first', 'monthly_last'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

export function isFrequency(text: unknown): text is Frequency {
  return (FREQUENCIES as readonly unknown[]).includes(text);
}

export interface Recurrence {
  /** null: every day. */
  weekday: Weekday | null;
  /** HH:MM, local wall-clock time. */
  localTime: string;
  timeZone: string;
  /** Weekly when left out. */
  frequency?: Frequency;
  /**
   * Every other week: the Monday (local YYYY-MM-DD) of a week it runs in; the weeks an even
   * number of weeks from it are the ones. Counted from a fixed date rather than by ISO week
   * numbers, which a 53-week year would knock out of step.
   */
  anchor?: string | null;
  /** Runs this many days after each day the frequency picks (the reminder the day after the prompt). */
  dayOffset?: number;
  /**
   * The owner nudges look every quarter of an hour on the UTC clock instead: each owner's own nudge
   * hour (`localTime` in their time zone) is found per owner, at the quarter hour it falls in.
   */
  everyQuarterHour?: boolean;
}

/** The owner nudges' recurrence, whatever else a stored row of theirs says. */
export function isQuarterHourly(kind: ScheduleKind): boolean {
  return kind === 'nudges';
}

/** When one kind of message goes out, as the team set it. */
export interface SlotSettings {
  weekday: Weekday;
  localTime: string;
  frequency: Frequency;
  /** Switched off: nothing of this kind is posted, the rest stays as set. */
  enabled: boolean;
  /** Every other week: see Recurrence.anchor; set when the frequency is chosen. */
  anchor: string | null;
}

export interface ScheduleSettings {
  digest: SlotSettings;
  checkin: SlotSettings;
  timeZone: string;
  nudges: boolean;
}

export const DEFAULT_SETTINGS: Omit<ScheduleSettings, 'timeZone'> = {
  digest: { weekday: 1, localTime: '09:00', frequency: 'weekly', enabled: true, anchor: null },
  checkin: { weekday: 5, localTime: '10:00', frequency: 'weekly', enabled: true, anchor: null },
  nudges: true,
};

/** Whether each kind runs: the reminders follow the prompt they remind of. */
export function enabledKinds(settings: ScheduleSettings): Record<ScheduleKind, boolean> {
  return {
    digest: settings.digest.enabled,
    checkin_prompt: settings.checkin.enabled,
    checkin_reminder: settings.checkin.enabled,
    nudges: settings.nudges,
  };
}

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function isValidLocalTime(text: string): boolean {
  return TIME.test(text);
}

/** The recurrence of each kind follows from the strategy's settings. */
export function recurrences(settings: ScheduleSettings): Record<ScheduleKind, Recurrence> {
  const tz = settings.timeZone;
  const of = (slot: SlotSettings): Recurrence => ({
    weekday: slot.weekday,
    localTime: slot.localTime,
    timeZone: tz,
    frequency: slot.frequency,
    anchor: slot.frequency === 'biweekly' ? slot.anchor : null,
    dayOffset: 0,
  });
  return {
    digest: of(settings.digest),
    checkin_prompt: of(settings.checkin),
    // One reminder, the day after the prompt, at the same hour: the day after, not the next
    // weekday, so the reminder of the last Sunday of a month comes on the Monday after it.
    checkin_reminder: { ...of(settings.checkin), dayOffset: 1 },
    // Owner nudges go out at the digest's hour, in each owner's own time zone (see nudges.ts).
    nudges: { weekday: null, localTime: settings.digest.localTime, timeZone: tz, everyQuarterHour: true },
  };
}

/**
 * The first slot strictly after `after`, computed in local calendar terms in the recurrence's
 * zone: "Monday 09:00 in Helsinki" is 07:00Z in winter and 06:00Z in summer. Adding 7×24 h of
 * milliseconds would drift by an hour at every daylight-saving change.
 *
 * DST edges (one behaviour, tested):
 * - a local time that does not exist that day (spring forward, 03:30 in Helsinki on the last
 *   Sunday of March) runs shifted forward by the gap: 04:30 local, once;
 * - a local time that happens twice (fall back) runs once, at its second occurrence (standard
 *   time).
 */
export function nextRun(recurrence: Recurrence, after: Date): Date {
  if (recurrence.everyQuarterHour)
    return new Date((Math.floor(after.getTime() / QUARTER_MS) + 1) * QUARTER_MS);
  // Every schedule of one recurrence moves to the same slot: a fan-out of thousands asks the same
  // question thousands of times, and luxon's zone arithmetic showed high in its profile. A slot
  // found for `from` is the answer for any `after` in [from, slot): no slot lies between them.
  const key = [
    recurrence.weekday ?? '*',
    recurrence.localTime,
    recurrence.timeZone,
    recurrence.frequency ?? 'weekly',
    recurrence.anchor ?? '',
    recurrence.dayOffset ?? 0,
  ].join(' ');
  const t = after.getTime();
  const known = lastSlots.get(key);
  if (known && known.from <= t && t < known.slot) return new Date(known.slot);
  const slot = computeNextRun(recurrence, after);
  if (lastSlots.size >= LAST_SLOTS_SIZE && !lastSlots.has(key)) lastSlots.clear();
  lastSlots.set(key, { from: t, slot: slot.getTime() });
  return slot;
}

const QUARTER_MS = 15 * 60 * 1000;
const LAST_SLOTS_SIZE = 1_000;
const lastSlots = new Map<string, { from: number; slot: number }>();

function computeNextRun(recurrence: Recurrence, after: Date): Date {
  const [hour, minute] = recurrence.localTime.split(':').map(Number) as [number, number];
  const start = DateTime.fromJSDate(after, { zone: recurrence.timeZone });
  let day = start.startOf('day');
  // A monthly weekday comes round within 35 days; every other week within 14.
  for (let i = 0; i < 72; i += 1) {
    if (runsOn(recurrence, day)) {
      const slot = atLocal(day, hour, minute);
      if (slot.toMillis() > after.getTime()) return slot.toJSDate();
    }
    day = day.plus({ days: 1 });
  }
  throw new Error('no slot within ten weeks');
}

/** Every other week counts from this Monday when a schedule has no anchor of its own. */
const DEFAULT_ANCHOR = '2024-01-01';

/** Whether the recurrence has a slot on local calendar day `day`. */
function runsOn(recurrence: Recurrence, day: DateTime): boolean {
  if (recurrence.weekday === null) return true;
  // Calendar arithmetic in the zone: a day is a day, whatever its length in hours.
  const base = day.minus({ days: recurrence.dayOffset ?? 0 });
  if (base.weekday !== recurrence.weekday) return false;
  switch (recurrence.frequency ?? 'weekly') {
    case 'weekly':
      return true;
    case 'biweekly':
      return weeksBetween(recurrence.anchor ?? DEFAULT_ANCHOR, base) % 2 === 0;
    case 'monthly_first':
      return base.day <= 7;
    case 'monthly_last':
      return base.day > (base.daysInMonth ?? 31) - 7;
  }
}

/** Whole weeks from the Monday `anchor` to the week of `day`, by calendar dates alone. */
function weeksBetween(anchor: string, day: DateTime): number {
  const [y, m, d] = anchor.split('-').map(Number) as [number, number, number];
  const monday = Date.UTC(day.year, day.month - 1, day.day - (day.weekday - 1));
  return Math.abs(Math.round((monday - Date.UTC(y, m - 1, d)) / (7 * DAY_MS)));
}

/**
 * The Monday (local date) of the week of the recurrence's next slot after `after`: every other
 * week, counted from there, starts with that slot.
 */
export function anchorAfter(recurrence: Recurrence, after: Date): string {
  const slot = DateTime.fromJSDate(nextRun({ ...recurrence, frequency: 'weekly', anchor: null }, after), {
    zone: recurrence.timeZone,
  }).minus({ days: recurrence.dayOffset ?? 0 });
  return slot.minus({ days: slot.weekday - 1 }).toISODate()!;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The instant a wall-clock time of `day` falls on in the day's zone. Resolved here rather than by
 * luxon's fromObject, which guesses between a fall-back hour's two offsets from the offset the
 * zone has at the real current time, so its answer changed with the season the code ran in.
 */
export function atLocal(day: DateTime, hour: number, minute: number): DateTime {
  const zone = day.zone;
  // The wall time read as if it were UTC; each offset the zone has around it gives a candidate.
  const wall = Date.UTC(day.year, day.month - 1, day.day, hour, minute);
  const before = zone.offset(wall - DAY_MS);
  const after = zone.offset(wall + DAY_MS);
  const fits = [before, after]
    .map((offset) => wall - offset * 60_000)
    .filter((at) => zone.offset(at) * 60_000 === wall - at);
  // Twice (fall back): the later one, in standard time. Never (spring forward): the offset from
  // before the change moves it forward by the gap, as the clocks did.
  const at = fits.length > 0 ? Math.max(...fits) : wall - before * 60_000;
  return DateTime.fromMillis(at, { zone });
}

export type SlotDecision = 'send' | 'skip';

/** On time or late within the grace period: send. Older: skip (the team would not expect it now). */
export function decideSlot(slotAt: number, now: number): SlotDecision {
  return now - slotAt <= GRACE_MS ? 'send' : 'skip';
}

/**
 * Where a schedule whose slot `slotAt` is past the grace period moves to: the latest slot not in
 * the future when that one is still within the grace period (it is sent, late, once), otherwise
 * the first slot after now. However long the app was down, the old slots collapse into one skip.
 */
export function catchUpSlot(recurrence: Recurrence, slotAt: number, now: number): number {
  let latest = slotAt;
  for (;;) {
    const following = nextRun(recurrence, new Date(latest)).getTime();
    if (following > now) break;
    latest = following;
  }
  if (latest !== slotAt && decideSlot(latest, now) === 'send') return latest;
  return nextRun(recurrence, new Date(Math.max(slotAt, now))).getTime();
}

/** Some of the settings, as one person changed them; what is left out stays as it is. */
export interface SettingsChange {
  digest?: Partial<ScheduleSettings['digest']>;
  checkin?: Partial<ScheduleSettings['checkin']>;
  timeZone?: string;
  nudges?: boolean;
}

export function applySettingsChange(settings: ScheduleSettings, change: SettingsChange): ScheduleSettings {
  return {
    digest: { ...settings.digest, ...change.digest },
    checkin: { ...settings.checkin, ...change.checkin },
    timeZone: change.timeZone ?? settings.timeZone,
    nudges: change.nudges ?? settings.nudges,
  };
}

function sameSlot(a: SlotSettings, b: SlotSettings): boolean {
  return (
    a.weekday === b.weekday &&
    a.localTime === b.localTime &&
    a.frequency === b.frequency &&
    a.enabled === b.enabled &&
    a.anchor === b.anchor
  );
}

export function sameSettings(a: ScheduleSettings, b: ScheduleSettings): boolean {
  return (
    sameSlot(a.digest, b.digest) &&
    sameSlot(a.checkin, b.checkin) &&
    a.timeZone === b.timeZone &&
    a.nudges === b.nudges
  );
}

/**
 * Every other week starts from the next slot when it is chosen; once running, it keeps its weeks
 * through changes of day, time or zone. Other frequencies need no anchor.
 */
export function anchorSlots(before: ScheduleSettings, after: ScheduleSettings, now: Date): ScheduleSettings {
  const anchor = (was: SlotSettings, slot: SlotSettings): SlotSettings => {
    if (slot.frequency !== 'biweekly') return { ...slot, anchor: null };
    if (was.frequency === 'biweekly' && was.anchor) return { ...slot, anchor: was.anchor };
    const rec = { weekday: slot.weekday, localTime: slot.localTime, timeZone: after.timeZone };
    return { ...slot, anchor: anchorAfter(rec, now) };
  };
  return {
    ...after,
    digest: anchor(before.digest, after.digest),
    checkin: anchor(before.checkin, after.checkin),
  };
}
