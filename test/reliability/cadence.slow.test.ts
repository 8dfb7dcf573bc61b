import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { SEEDED_AT, seed, teamOf } from '../../bench/seed.js';
import type { Frequency, Weekday } from '../../src/domain/schedule.js';
import { createLogger } from '../../src/logger.js';
import { saveSchedule } from '../../src/services/schedules.js';
import { openDatabase } from '../../src/storage/db.js';
import { listStrategies } from '../../src/storage/strategies.js';
import { PROCESS_TEST_MS } from '../support/process.js';
import { schedulerChild, sharedSqliteForEachTest } from '../support/scheduler-children.js';

// Every frequency of the digest, in Helsinki and in Los Angeles, over five months that take both
// zones through their spring change, with two app processes passing over the same database at
// every instant. Each slot is posted exactly once, at the instant an independent reading of the
// rule gives (luxon's own wall-time arithmetic, which moves a time the change skips forward by the
// gap), and nothing else is posted.

const FREQUENCIES: Frequency[] = ['weekly', 'biweekly', 'monthly_first', 'monthly_last'];
/** Some ordinary, some on the spring-forward night of their zone (Sunday at a skipped time). */
const SLOTS: { zone: string; weekday: Weekday; time: string }[] = [
  { zone: 'Europe/Helsinki', weekday: 1, time: '09:00' },
  { zone: 'Europe/Helsinki', weekday: 7, time: '03:30' },
  { zone: 'America/Los_Angeles', weekday: 5, time: '16:45' },
  { zone: 'America/Los_Angeles', weekday: 7, time: '02:30' },
];
const FROM = SEEDED_AT;
const UNTIL = Date.parse('2027-05-01T00:00:00Z');
const HOURS = 3_600_000;

const shared = sharedSqliteForEachTest();

/** Every day in [FROM, UNTIL) the rule picks, at its wall time (luxon's resolution). */
function expected(slot: (typeof SLOTS)[number], frequency: Frequency, anchor: string | null): number[] {
  const out: number[] = [];
  const [hour, minute] = slot.time.split(':').map(Number) as [number, number];
  for (
    let day = DateTime.fromMillis(FROM, { zone: slot.zone }).startOf('day');
    day.toMillis() < UNTIL;
    day = day.plus({ days: 1 })
  ) {
    if (day.weekday !== slot.weekday) continue;
    const weeks = anchor
      ? Math.round(day.startOf('week').diff(DateTime.fromISO(anchor, { zone: slot.zone }), 'weeks').weeks)
      : 0;
    const picked =
      frequency === 'weekly' ||
      (frequency === 'biweekly' && Math.abs(weeks) % 2 === 0) ||
      (frequency === 'monthly_first' && day.day <= 7) ||
      (frequency === 'monthly_last' && day.day > day.daysInMonth! - 7);
    if (!picked) continue;
    const at = DateTime.fromObject(
      { year: day.year, month: day.month, day: day.day, hour, minute },
      { zone: slot.zone },
    ).toMillis();
    if (at > FROM && at < UNTIL) out.push(at);
  }
  return out;
}

describe('the digest’s frequencies over daylight-saving changes, two processes', () => {
  it(
    'every slot of every frequency posted exactly once, on time, and nothing else',
    async () => {
      const count = FREQUENCIES.length * SLOTS.length;
      await seed(shared.dbPath, 1, count);
      const teamId = teamOf(0);
      const db = openDatabase({ kind: 'sqlite', path: shared.dbPath });
      const deps = { db, clock: { now: () => new Date(FROM) }, logger: createLogger('silent') };
      const plan = new Map<string, { channel: string; slots: number[] }>();
      try {
        const strategies = await listStrategies(db, { teamId });
        expect(strategies).toHaveLength(count);
        for (const [i, strategy] of strategies.entries()) {
          const frequency = FREQUENCIES[i % FREQUENCIES.length]!;
          const slot = SLOTS[Math.floor(i / FREQUENCIES.length)]!;
          const saved = await saveSchedule(
            deps,
            strategy,
            { userId: 'UADMIN', isWorkspaceAdmin: true },
            {
              digest: { weekday: slot.weekday, localTime: slot.time, frequency, enabled: true },
              // Only the digest posts here: the check-in has no metrics to ask for, and no owners.
              checkin: { enabled: false },
              nudges: false,
              timeZone: slot.zone,
            },
          );
          if (saved.kind !== 'saved') throw new Error(`not saved: ${saved.kind}`);
          plan.set(strategy.id, {
            channel: strategy.channelId,
            slots: expected(slot, frequency, saved.settings.digest.anchor),
          });
        }
      } finally {
        await db.destroy();
      }
      const instants = new Set<number>();
      for (let at = FROM; at < UNTIL; at += 3 * HOURS) instants.add(at);
      for (const { slots } of plan.values()) for (const at of slots) instants.add(at);

      const a = schedulerChild({ ...shared, now: new Date(FROM).toISOString() });
      const b = schedulerChild({ ...shared, now: new Date(FROM).toISOString() });
      await Promise.all([a.ready, b.ready]);
      const postedAt = new Map<string, number[]>();
      try {
        for (const at of [...instants].sort((x, y) => x - y)) {
          const iso = new Date(at).toISOString();
          const before = shared.standIn.callsOf('chat.postMessage').length;
          await Promise.all([a.pass(iso), b.pass(iso)]);
          for (const c of shared.standIn.callsOf('chat.postMessage').slice(before)) {
            if (!c.result?.ok) continue;
            const channel = String(c.args.channel);
            postedAt.set(channel, [...(postedAt.get(channel) ?? []), at]);
          }
        }
      } finally {
        await Promise.all([a.close(), b.close()]);
      }
      let total = 0;
      for (const { channel, slots } of plan.values()) {
        expect({
          channel,
          posted: (postedAt.get(channel) ?? []).map((t) => new Date(t).toISOString()),
        }).toEqual({
          channel,
          posted: slots.map((t) => new Date(t).toISOString()),
        });
        total += slots.length;
      }
      // Nothing went anywhere else.
      expect([...postedAt.values()].flat()).toHaveLength(total);
      console.log(
        `cadence: ${count} digests, ${total} slots over ${instants.size} instants, each posted once`,
      );
    },
    20 * PROCESS_TEST_MS,
  );
});
