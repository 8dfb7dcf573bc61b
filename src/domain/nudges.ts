import { DateTime } from 'luxon';
import { addDays, daysBetween, localDate } from './dates.js';
import type { OwnerNudge, PhaseDue } from './digest.js';
import type { PhaseKey } from './method.js';
import type { PhaseStatus } from './phases.js';
import { atLocal } from './schedule.js';
import type { Weekday } from './strategy.js';

// Owner nudges climb a ladder for a phase due on D: one DM three working days before D, one on D,
// then one a week while the phase is overdue. Each goes out on a working day at the nudge hour in
// the owner's own time zone, so "the day" is the owner's calendar date.

/** How many working days ahead of the due date the first nudge comes. */
export const LEAD_WORKING_DAYS = 3;
/** "Snooze a week": calendar days. */
export const SNOOZE_DAYS = 7;
/**
 * The nudges are looked at every quarter of an hour: every UTC offset in use is a whole number of
 * quarter hours (India +5:30, Nepal +5:45), so each owner's nudge hour falls on one of them.
 */
export const NUDGE_STEP_MS = 15 * 60 * 1000;

/** A phase as the ladder sees it, with what its owner did about its nudges. */
export interface NudgePhase {
  phase: string;
  ownerId: string | null;
  due: string | null;
  status: PhaseStatus;
  /** The owner's local date from which the phase is nudged again. */
  snoozedUntil: string | null;
  /** Who said the phase is not theirs (silenced while they still own it). */
  disownedBy: string | null;
}

/** The ISO weekday (1 Monday … 7 Sunday) of a YYYY-MM-DD date. */
function weekdayOf(date: string): Weekday {
  return DateTime.fromISO(date, { zone: 'utc' }).weekday as Weekday;
}

export function isWorkingDay(date: string, workingDays: readonly Weekday[]): boolean {
  return workingDays.includes(weekdayOf(date));
}

/** The first working day on or after `date` (the days are never empty: at most six steps). */
export function workingDayOnOrAfter(date: string, workingDays: readonly Weekday[]): string {
  let day = date;
  for (let i = 0; i < 7 && !isWorkingDay(day, workingDays); i += 1) day = addDays(day, 1);
  return day;
}

/** The last working day on or before `date`. */
export function workingDayOnOrBefore(date: string, workingDays: readonly Weekday[]): string {
  let day = date;
  for (let i = 0; i < 7 && !isWorkingDay(day, workingDays); i += 1) day = addDays(day, -1);
  return day;
}

/** The working day `count` working days before `date` (not counting `date` itself). */
export function workingDaysBefore(date: string, count: number, workingDays: readonly Weekday[]): string {
  let day = date;
  for (let left = count; left > 0; ) {
    day = addDays(day, -1);
    if (isWorkingDay(day, workingDays)) left -= 1;
  }
  return day;
}

/**
 * Whether the owner is nudged about the phase on their local date `date`: a working day that is a
 * rung of its ladder (or the day a snooze ends), the phase open, not blocked, not disowned.
 * A due date on a day off is nudged on the last working day before it; a weekly overdue nudge
 * that falls on a day off waits for the next working day.
 */
export function isNudgeDay(p: NudgePhase, date: string, workingDays: readonly Weekday[]): boolean {
  if (!p.ownerId || !p.due || p.status === 'done' || p.status === 'blocked') return false;
  if (p.disownedBy === p.ownerId) return false;
  if (!isWorkingDay(date, workingDays)) return false;
  if (p.snoozedUntil && date < p.snoozedUntil) return false;
  const first = workingDaysBefore(p.due, LEAD_WORKING_DAYS, workingDays);
  if (date === first || date === workingDayOnOrBefore(p.due, workingDays)) return true;
  if (date > p.due) {
    const weeks = Math.floor(daysBetween(p.due, date) / 7);
    for (const k of [weeks, weeks - 1])
      if (k >= 1 && workingDayOnOrAfter(addDays(p.due, 7 * k), workingDays) === date) return true;
  }
  // A snooze that ends while the ladder is under way brings the phase back once, that day.
  return Boolean(
    p.snoozedUntil && date >= first && workingDayOnOrAfter(p.snoozedUntil, workingDays) === date,
  );
}

/**
 * The owner's local date whose nudge hour falls in (after, until], if one does: the nudge hour is
 * a wall-clock time in the owner's zone (DST as the schedules have it: a time the clocks skip
 * runs shifted forward by the gap, a time that happens twice runs at its second occurrence).
 */
export function nudgeDateIn(
  timeZone: string,
  localTime: string,
  after: number,
  until: number,
): string | undefined {
  const [hour, minute] = localTime.split(':').map(Number) as [number, number];
  const today = localDate(until, timeZone);
  for (const date of [today, addDays(today, -1)]) {
    const day = DateTime.fromISO(date, { zone: timeZone }).startOf('day');
    const at = atLocal(day, hour, minute).toMillis();
    if (at > after && at <= until) return date;
  }
  return undefined;
}

/** One owner's nudge for `date`: the phases whose ladder has a rung that day; undefined: none. */
export function ownerNudge(
  ownerId: string,
  phases: NudgePhase[],
  date: string,
  workingDays: readonly Weekday[],
): OwnerNudge | undefined {
  const due = phases.filter((p) => p.ownerId === ownerId && isNudgeDay(p, date, workingDays));
  if (due.length === 0) return undefined;
  const item = (p: NudgePhase): PhaseDue => ({ phase: p.phase, ownerId, due: p.due, done: false });
  return {
    ownerId,
    date,
    overdue: due.filter((p) => p.due! < date).map(item),
    dueSoon: due.filter((p) => p.due! >= date).map(item),
  };
}

/**
 * Owners who may be nudged around `date` (a day either way: their zones may be ahead or behind),
 * so that only they need their time zone looked up.
 */
export function ownersNear(phases: NudgePhase[], date: string, workingDays: readonly Weekday[]): string[] {
  const days = [addDays(date, -1), date, addDays(date, 1)];
  const owners = phases
    .filter((p) => p.ownerId && days.some((d) => isNudgeDay(p, d, workingDays)))
    .map((p) => p.ownerId!);
  return [...new Set(owners)];
}

/** One phase of a nudge as it stands: still to act on, or what became of it. */
export type NudgeLine =
  | { phase: PhaseKey; state: 'open'; due: string; when: 'ahead' | 'today' | 'overdue' }
  | { phase: PhaseKey; state: 'done' | 'marked_done' | 'disowned' | 'blocked' }
  | { phase: PhaseKey; state: 'snoozed'; until: string }
  | { phase: PhaseKey; state: 'moved'; ownerId: string | null };

/** A phase of a nudge as it stands now, for `ownerId` on their local date `today`. */
export function nudgeLine(p: NudgePhase & { phase: PhaseKey }, ownerId: string, today: string): NudgeLine {
  const phase = p.phase;
  if (p.status === 'done') return { phase, state: 'done' };
  if (p.ownerId !== ownerId) return { phase, state: 'moved', ownerId: p.ownerId };
  if (p.status === 'blocked') return { phase, state: 'blocked' };
  if (p.disownedBy === ownerId) return { phase, state: 'disowned' };
  if (p.snoozedUntil && p.snoozedUntil > today) return { phase, state: 'snoozed', until: p.snoozedUntil };
  const due = p.due ?? '';
  return { phase, state: 'open', due, when: due < today ? 'overdue' : due === today ? 'today' : 'ahead' };
}

/** A change as the person hears of it: its first value before and its last after. */
export interface ToldChange {
  phase: string;
  field: 'dueDate' | 'status';
  actors: string[];
  before: string | null;
  after: string | null;
}

export interface ToldBlock {
  phase: string;
  actorId: string;
  ownerId: string | null;
  note: string | null;
}

export interface NoticeDigest {
  changes: ToldChange[];
  blocked: ToldBlock[];
}
