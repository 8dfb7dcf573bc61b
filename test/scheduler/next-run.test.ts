import { DateTime, Settings } from 'luxon';
import { afterEach, describe, expect, it } from 'vitest';
import {
  catchUpSlot,
  DEFAULT_SETTINGS,
  decideSlot,
  GRACE_MS,
  nextRun,
  type Recurrence,
  recurrences,
} from '../../src/domain/schedule.js';
import { resolveTimeZone, TIME_ZONES } from '../../src/domain/time-zones.js';

const mondayNine = (timeZone: string): Recurrence => ({ weekday: 1, localTime: '09:00', timeZone });

/** The slots following `from`, each computed from the previous one as the scheduler does. */
function slots(r: Recurrence, from: string, count: number): string[] {
  const out: string[] = [];
  let at = new Date(from);
  for (let i = 0; i < count; i += 1) {
    at = nextRun(r, at);
    out.push(at.toISOString());
  }
  return out;
}

describe('nextRun: Monday 09:00 across daylight-saving changes', () => {
  it('Europe/Helsinki: 06:00Z in summer, 07:00Z in winter, across October 2026', () => {
    expect(slots(mondayNine('Europe/Helsinki'), '2026-10-12T00:00:00Z', 3)).toEqual([
      '2026-10-12T06:00:00.000Z',
      '2026-10-19T06:00:00.000Z',
      // The clocks went back on Sunday 25 October.
      '2026-10-26T07:00:00.000Z',
    ]);
  });

  it('Europe/Helsinki: back to 06:00Z after the March 2027 change', () => {
    expect(slots(mondayNine('Europe/Helsinki'), '2027-03-15T08:00:00Z', 3)).toEqual([
      '2027-03-22T07:00:00.000Z',
      // The clocks went forward on Sunday 28 March.
      '2027-03-29T06:00:00.000Z',
      '2027-04-05T06:00:00.000Z',
    ]);
  });

  it('America/New_York: 13:00Z in summer, 14:00Z in winter, across November 2026', () => {
    expect(slots(mondayNine('America/New_York'), '2026-10-19T00:00:00Z', 3)).toEqual([
      '2026-10-19T13:00:00.000Z',
      '2026-10-26T13:00:00.000Z',
      // The clocks went back on Sunday 1 November.
      '2026-11-02T14:00:00.000Z',
    ]);
  });

  it('America/New_York: back to 13:00Z after the March 2027 change', () => {
    expect(slots(mondayNine('America/New_York'), '2027-03-01T15:00:00Z', 3)).toEqual([
      '2027-03-08T14:00:00.000Z',
      // The clocks went forward on Sunday 14 March.
      '2027-03-15T13:00:00.000Z',
      '2027-03-22T13:00:00.000Z',
    ]);
  });

  it('returns a slot strictly after the given instant, even when it is exactly a slot', () => {
    const r = mondayNine('Europe/Helsinki');
    expect(nextRun(r, new Date('2026-11-30T07:00:00Z')).toISOString()).toBe('2026-12-07T07:00:00.000Z');
    expect(nextRun(r, new Date('2026-11-30T06:59:59Z')).toISOString()).toBe('2026-11-30T07:00:00.000Z');
  });

  it('runs a time skipped by spring-forward once, shifted by the gap (Sunday 03:30 Helsinki → 04:30)', () => {
    const r: Recurrence = { weekday: 7, localTime: '03:30', timeZone: 'Europe/Helsinki' };
    expect(slots(r, '2027-03-21T12:00:00Z', 2)).toEqual([
      '2027-03-28T01:30:00.000Z', // 04:30 EEST: 03:30 did not exist that night
      '2027-04-04T00:30:00.000Z', // 03:30 EEST
    ]);
  });

  it('runs a time repeated by fall-back once, at its second occurrence (Sunday 01:30 New York)', () => {
    const r: Recurrence = { weekday: 7, localTime: '01:30', timeZone: 'America/New_York' };
    expect(slots(r, '2026-10-26T00:00:00Z', 2)).toEqual([
      '2026-11-01T06:30:00.000Z', // 01:30 EST, not 01:30 EDT (05:30Z)
      '2026-11-08T06:30:00.000Z',
    ]);
  });

  it('runs a daily job every local day across the change, 24 or 25 hours apart', () => {
    const r: Recurrence = { weekday: null, localTime: '09:00', timeZone: 'Europe/Helsinki' };
    expect(slots(r, '2026-10-24T00:00:00Z', 3)).toEqual([
      '2026-10-24T06:00:00.000Z',
      '2026-10-25T07:00:00.000Z',
      '2026-10-26T07:00:00.000Z',
    ]);
  });
});

describe('nextRun at minute precision, across daylight-saving changes', () => {
  // The real clock must not matter: luxon guesses an ambiguous hour from the zone's offset now.
  const realNow = Settings.now;
  afterEach(() => {
    Settings.now = realNow;
  });
  const seasons = { winter: '2026-01-15T12:00:00Z', summer: '2026-07-15T12:00:00Z' };

  for (const [season, now] of Object.entries(seasons)) {
    it(`gives the same slots whatever season the code runs in (${season})`, () => {
      Settings.now = () => Date.parse(now);
      // Helsinki, Sunday 03:17 on the night of spring forward (03:00 → 04:00): 04:17, once.
      expect(
        slots({ weekday: 7, localTime: '03:17', timeZone: 'Europe/Helsinki' }, '2027-03-21T12:00:00Z', 2),
      ).toEqual(['2027-03-28T01:17:00.000Z', '2027-04-04T00:17:00.000Z']);
      // Helsinki, Sunday 03:43 on the night of fall back (04:00 → 03:00): the second 03:43, once.
      expect(
        slots({ weekday: 7, localTime: '03:43', timeZone: 'Europe/Helsinki' }, '2026-10-18T12:00:00Z', 2),
      ).toEqual(['2026-10-25T01:43:00.000Z', '2026-11-01T01:43:00.000Z']);
      // New York, Sunday 02:07 on spring forward (02:00 → 03:00): 03:07 EDT.
      expect(
        slots({ weekday: 7, localTime: '02:07', timeZone: 'America/New_York' }, '2027-03-08T00:00:00Z', 2),
      ).toEqual(['2027-03-14T07:07:00.000Z', '2027-03-21T06:07:00.000Z']);
      // New York, Sunday 01:59 on fall back: 01:59 EST, not EDT.
      expect(
        slots({ weekday: 7, localTime: '01:59', timeZone: 'America/New_York' }, '2026-10-26T00:00:00Z', 1),
      ).toEqual(['2026-11-01T06:59:00.000Z']);
      // Lord Howe moves its clocks by half an hour. Daily 02:13 across 4 October 2026 (02:00 → 02:30):
      // 02:43 that day, 24 and then 23.5 hours apart.
      expect(
        slots(
          { weekday: null, localTime: '02:13', timeZone: 'Australia/Lord_Howe' },
          '2026-10-02T12:00:00Z',
          3,
        ),
      ).toEqual(['2026-10-02T15:43:00.000Z', '2026-10-03T15:43:00.000Z', '2026-10-04T15:13:00.000Z']);
      // …and daily 01:47 across 4 April 2027 (02:00 → 01:30): the second 01:47 (+10:30), once.
      expect(
        slots(
          { weekday: null, localTime: '01:47', timeZone: 'Australia/Lord_Howe' },
          '2027-04-02T12:00:00Z',
          3,
        ),
      ).toEqual(['2027-04-02T14:47:00.000Z', '2027-04-03T15:17:00.000Z', '2027-04-04T15:17:00.000Z']);
      // Kathmandu is 5:45 ahead all year: Monday 07:59 is 02:14Z.
      expect(
        slots({ weekday: 1, localTime: '07:59', timeZone: 'Asia/Kathmandu' }, '2026-11-26T00:00:00Z', 1),
      ).toEqual(['2026-11-30T02:14:00.000Z']);
    });
  }

  it('on a changeover day every local time of a weekly slot runs that day, once, then a week later', () => {
    for (const day of ['2027-03-28', '2026-10-25']) {
      for (let minute = 0; minute < 24 * 60; minute += 7) {
        const localTime = `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
        const r: Recurrence = { weekday: 7, localTime, timeZone: 'Europe/Helsinki' };
        const slot = nextRun(
          r,
          DateTime.fromISO(day, { zone: 'Europe/Helsinki' }).minus({ minutes: 1 }).toJSDate(),
        );
        expect(DateTime.fromJSDate(slot, { zone: 'Europe/Helsinki' }).toISODate(), localTime).toBe(day);
        const next = nextRun(r, slot);
        expect(DateTime.fromJSDate(next, { zone: 'Europe/Helsinki' }).toISODate(), localTime).toBe(
          DateTime.fromISO(day).plus({ days: 7 }).toISODate(),
        );
      }
    }
  });
});

describe('time zones', () => {
  it('are listed by their IANA names, with UTC', () => {
    expect(TIME_ZONES).toContain('Europe/Helsinki');
    expect(TIME_ZONES).toContain('Asia/Kolkata');
    expect(TIME_ZONES).toContain('Europe/Kyiv');
    expect(TIME_ZONES).not.toContain('Asia/Calcutta');
    expect(TIME_ZONES.at(-1)).toBe('UTC');
  });

  it('resolve what people type or Slack stored to the canonical name, or say why not', () => {
    const found = (text: string) => resolveTimeZone(text);
    expect(found('europe/helsinki')).toEqual({ kind: 'found', zone: 'Europe/Helsinki' });
    expect(found('  Europe/Helsinki ')).toEqual({ kind: 'found', zone: 'Europe/Helsinki' });
    expect(found('Helsinki')).toEqual({ kind: 'found', zone: 'Europe/Helsinki' });
    expect(found('new york')).toEqual({ kind: 'found', zone: 'America/New_York' });
    expect(found('São Paulo')).toEqual({ kind: 'found', zone: 'America/Sao_Paulo' });
    expect(found('Asia/Calcutta')).toEqual({ kind: 'found', zone: 'Asia/Kolkata' });
    expect(found('Kiev')).toEqual({ kind: 'found', zone: 'Europe/Kyiv' });
    expect(found('US/Eastern')).toEqual({ kind: 'found', zone: 'America/New_York' });
    expect(found('utc')).toEqual({ kind: 'found', zone: 'UTC' });
    expect(found('Indiana')).toEqual({
      kind: 'ambiguous',
      candidates: expect.arrayContaining(['America/Indiana/Indianapolis', 'America/Indiana/Knox']),
    });
    expect(found('Europe/Helsinky')).toEqual({ kind: 'unknown' });
    expect(found('')).toEqual({ kind: 'unknown' });
  });
});

describe('schedule rules', () => {
  it('reminds about the check-in the day after the prompt, wrapping Sunday to Monday', () => {
    const base = { ...DEFAULT_SETTINGS, timeZone: 'UTC' };
    const friday = recurrences({ ...base, checkin: { ...base.checkin, weekday: 5 } }).checkin_reminder;
    expect(friday).toMatchObject({ weekday: 5, dayOffset: 1, localTime: '10:00', timeZone: 'UTC' });
    // Friday 27 Nov 2026 10:00 prompt: the reminder on Saturday; a Sunday prompt's on Monday.
    expect(nextRun(friday, new Date('2026-11-26T12:00:00Z')).toISOString()).toBe('2026-11-28T10:00:00.000Z');
    const sunday = recurrences({ ...base, checkin: { ...base.checkin, weekday: 7 } }).checkin_reminder;
    expect(DateTime.fromJSDate(nextRun(sunday, new Date('2026-11-26T12:00:00Z'))).toUTC().weekday).toBe(1);
  });

  it('sends a missed slot within six hours and skips an older one', () => {
    const slot = Date.parse('2026-11-30T07:00:00Z');
    expect(decideSlot(slot, slot)).toBe('send');
    expect(decideSlot(slot, slot + 3 * 3600_000)).toBe('send');
    expect(decideSlot(slot, slot + GRACE_MS)).toBe('send');
    expect(decideSlot(slot, slot + GRACE_MS + 1)).toBe('skip');
  });
});

describe('catching up after downtime', () => {
  const r = mondayNine('Europe/Helsinki');
  const at = (iso: string) => Date.parse(iso);

  it('moves to the latest missed slot when it is still within the grace period', () => {
    expect(catchUpSlot(r, at('2026-11-30T07:00:00Z'), at('2026-12-21T09:00:00Z'))).toBe(
      at('2026-12-21T07:00:00Z'),
    );
  });

  it('moves to the next future slot when every missed slot is too old', () => {
    expect(catchUpSlot(r, at('2026-11-30T07:00:00Z'), at('2026-12-03T07:00:00Z'))).toBe(
      at('2026-12-07T07:00:00Z'),
    );
    expect(catchUpSlot(r, at('2026-11-30T07:00:00Z'), at('2026-12-24T07:00:00Z'))).toBe(
      at('2026-12-28T07:00:00Z'),
    );
  });
});

describe('nextRun: asked again and again, as a fan-out does', () => {
  it('any moment before a slot gives that slot, the slot itself gives the next, in any order', () => {
    const helsinki = mondayNine('Europe/Helsinki');
    const daily = { weekday: null, localTime: '09:00', timeZone: 'America/New_York' } as const;
    const at = (r: Recurrence, iso: string) => nextRun(r, new Date(iso)).toISOString();
    // Interleaved with another recurrence, moving forwards, backwards and onto the slot itself.
    expect(at(helsinki, '2026-11-26T00:00:00Z')).toBe('2026-11-30T07:00:00.000Z');
    expect(at(daily, '2026-11-26T00:00:00Z')).toBe('2026-11-26T14:00:00.000Z');
    expect(at(helsinki, '2026-11-30T06:59:59.999Z')).toBe('2026-11-30T07:00:00.000Z');
    expect(at(helsinki, '2026-11-30T07:00:00Z')).toBe('2026-12-07T07:00:00.000Z');
    expect(at(helsinki, '2026-11-29T12:00:00Z')).toBe('2026-11-30T07:00:00.000Z');
    expect(at(helsinki, '2026-11-20T12:00:00Z')).toBe('2026-11-23T07:00:00.000Z');
    expect(at(helsinki, '2026-11-29T12:00:00Z')).toBe('2026-11-30T07:00:00.000Z');
    expect(at(daily, '2026-11-26T14:00:00Z')).toBe('2026-11-27T14:00:00.000Z');
    expect(at({ ...helsinki, timeZone: 'UTC' }, '2026-11-29T12:00:00Z')).toBe('2026-11-30T09:00:00.000Z');
  });
});
