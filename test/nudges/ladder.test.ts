import { describe, expect, it } from 'vitest';
import {
  isNudgeDay,
  type NudgePhase,
  nudgeDateIn,
  ownerNudge,
  workingDaysBefore,
} from '../../src/domain/nudges.js';
import { nextRun } from '../../src/domain/schedule.js';
import { DEFAULT_WORKING_DAYS, type Weekday } from '../../src/domain/strategy.js';

// The ladder of an owner's nudges, on the owner's own calendar and clock: three working days
// before the due date, the due date, then once a week while overdue; never on a day off.

const MON_FRI = DEFAULT_WORKING_DAYS;
// A team that works Sunday to Thursday.
const SUN_THU: Weekday[] = [7, 1, 2, 3, 4];

function phase(due: string, more: Partial<NudgePhase> = {}): NudgePhase {
  return {
    phase: 'listening',
    ownerId: 'U2',
    due,
    status: 'in_progress',
    snoozedUntil: null,
    disownedBy: null,
    ...more,
  };
}

/** Every date from `from` to `to` (inclusive) the phase is nudged on. */
function nudgeDays(p: NudgePhase, from: string, to: string, days: readonly Weekday[] = MON_FRI): string[] {
  const out: string[] = [];
  for (
    let d = new Date(`${from}T00:00:00Z`);
    d <= new Date(`${to}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + 1)
  ) {
    const date = d.toISOString().slice(0, 10);
    if (isNudgeDay(p, date, days)) out.push(date);
  }
  return out;
}

describe('the ladder', () => {
  it('three working days before, on the day, then weekly while overdue (Tuesday 1 December 2026)', () => {
    expect(nudgeDays(phase('2026-12-01'), '2026-11-20', '2026-12-31')).toEqual([
      '2026-11-26', // Thursday: Friday, Monday and Tuesday are left
      '2026-12-01',
      '2026-12-08',
      '2026-12-15',
      '2026-12-22',
      '2026-12-29',
    ]);
  });

  it('counts working days back over a weekend', () => {
    expect(workingDaysBefore('2026-11-30', 3, MON_FRI)).toBe('2026-11-25'); // Monday → Wednesday
    expect(workingDaysBefore('2026-11-30', 3, SUN_THU)).toBe('2026-11-25'); // Sun, Thu, Wed
  });

  it('a due date on a day off is nudged the working day before, weekly ones the working day after', () => {
    // Saturday 5 December 2026.
    expect(nudgeDays(phase('2026-12-05'), '2026-11-30', '2026-12-22')).toEqual([
      '2026-12-02', // Wednesday: three working days before Saturday
      '2026-12-04', // Friday, the last working day before
      '2026-12-14', // Saturday 12th → Monday 14th
      '2026-12-21',
    ]);
  });

  it('follows the strategy’s working days: a Sunday–Thursday team is nudged on Sunday, not Friday', () => {
    // Due Sunday 6 December 2026: a working day for them, a day off for a Monday–Friday team.
    const days = nudgeDays(phase('2026-12-06'), '2026-11-28', '2026-12-14', SUN_THU);
    expect(days).toEqual(['2026-12-01', '2026-12-06', '2026-12-13']);
    expect(nudgeDays(phase('2026-12-06'), '2026-11-28', '2026-12-14')).toEqual([
      '2026-12-02',
      '2026-12-04',
      '2026-12-14',
    ]);
    for (const d of days) expect([0, 1, 2, 3, 4]).toContain(new Date(d).getUTCDay());
  });

  it('never nudges a phase that is done, blocked, unowned, without a due date or disowned', () => {
    const day = '2026-12-01';
    expect(isNudgeDay(phase(day), day, MON_FRI)).toBe(true);
    expect(isNudgeDay(phase(day, { status: 'done' }), day, MON_FRI)).toBe(false);
    expect(isNudgeDay(phase(day, { status: 'blocked' }), day, MON_FRI)).toBe(false);
    expect(isNudgeDay(phase(day, { ownerId: null }), day, MON_FRI)).toBe(false);
    expect(isNudgeDay({ ...phase(day), due: null }, day, MON_FRI)).toBe(false);
    expect(isNudgeDay(phase(day, { disownedBy: 'U2' }), day, MON_FRI)).toBe(false);
    // Disowned by a previous owner: the new owner is nudged.
    expect(isNudgeDay(phase(day, { disownedBy: 'U9' }), day, MON_FRI)).toBe(true);
  });

  it('a snooze silences the rungs before it ends and brings the phase back once, the day it ends', () => {
    // Snoozed on the due day (Tuesday 1 December) until Tuesday 8 December.
    const p = phase('2026-12-01', { snoozedUntil: '2026-12-08' });
    expect(nudgeDays(p, '2026-12-01', '2026-12-16')).toEqual(['2026-12-08', '2026-12-15']);
    // Snoozed on the first rung (Thursday 26 November) until 3 December: the due day is skipped.
    const early = phase('2026-12-01', { snoozedUntil: '2026-12-03' });
    expect(nudgeDays(early, '2026-11-26', '2026-12-09')).toEqual(['2026-12-03', '2026-12-08']);
  });

  it('one owner’s phases with a rung that day make one nudge: overdue first, then due', () => {
    const phases = [
      phase('2026-12-01', { phase: 'listening' }),
      phase('2026-11-24', { phase: 'goals' }),
      phase('2026-12-04', { phase: 'content' }), // its first rung is Tuesday too
      phase('2026-12-02', { phase: 'presence' }), // not today
      phase('2026-12-01', { phase: 'channels', ownerId: 'U3' }),
    ];
    expect(ownerNudge('U2', phases, '2026-12-01', MON_FRI)).toEqual({
      ownerId: 'U2',
      date: '2026-12-01',
      overdue: [expect.objectContaining({ phase: 'goals' })],
      dueSoon: [
        expect.objectContaining({ phase: 'listening' }),
        expect.objectContaining({ phase: 'content' }),
      ],
    });
    expect(ownerNudge('U2', phases, '2026-11-30', MON_FRI)).toBeUndefined();
  });
});

describe('the owner’s nudge hour', () => {
  const quarter = (iso: string) => {
    const at = Date.parse(iso);
    return [at - 15 * 60_000, at] as const;
  };

  it('is 09:00 on the owner’s own clock: Helsinki, Los Angeles, Kolkata (+5:30), Kathmandu (+5:45)', () => {
    expect(nudgeDateIn('Europe/Helsinki', '09:00', ...quarter('2026-12-01T07:00:00Z'))).toBe('2026-12-01');
    expect(nudgeDateIn('America/Los_Angeles', '09:00', ...quarter('2026-12-01T07:00:00Z'))).toBeUndefined();
    expect(nudgeDateIn('America/Los_Angeles', '09:00', ...quarter('2026-12-01T17:00:00Z'))).toBe(
      '2026-12-01',
    );
    expect(nudgeDateIn('Asia/Kolkata', '09:00', ...quarter('2026-12-01T03:30:00Z'))).toBe('2026-12-01');
    expect(nudgeDateIn('Asia/Kathmandu', '09:00', ...quarter('2026-12-01T03:15:00Z'))).toBe('2026-12-01');
    // Just outside the quarter hour: not this one.
    expect(nudgeDateIn('Asia/Kolkata', '09:00', ...quarter('2026-12-01T03:15:00Z'))).toBeUndefined();
  });

  it('an owner far east is nudged on their own date, the day before by UTC', () => {
    // 09:00 on Tuesday 1 December in Auckland (+13) is 20:00Z on Monday 30 November.
    expect(nudgeDateIn('Pacific/Auckland', '09:00', ...quarter('2026-11-30T20:00:00Z'))).toBe('2026-12-01');
  });

  it('stays at 09:00 local across daylight saving: Los Angeles on 14 March 2027', () => {
    expect(nudgeDateIn('America/Los_Angeles', '09:00', ...quarter('2027-03-12T17:00:00Z'))).toBe(
      '2027-03-12',
    );
    expect(nudgeDateIn('America/Los_Angeles', '09:00', ...quarter('2027-03-15T16:00:00Z'))).toBe(
      '2027-03-15',
    );
    expect(nudgeDateIn('America/Los_Angeles', '09:00', ...quarter('2027-03-15T17:00:00Z'))).toBeUndefined();
  });

  it('the nudges schedule looks every quarter of an hour', () => {
    const r = { weekday: null, localTime: '09:00', timeZone: 'Europe/Helsinki', everyQuarterHour: true };
    expect(nextRun(r, new Date('2026-12-01T07:00:00Z')).toISOString()).toBe('2026-12-01T07:15:00.000Z');
    expect(nextRun(r, new Date('2026-12-01T07:14:59Z')).toISOString()).toBe('2026-12-01T07:15:00.000Z');
  });
});
