import { afterEach, describe, expect, it } from 'vitest';
import { loadDatabaseTarget } from '../../src/config.js';
import { LEASE_MS } from '../../src/domain/schedule.js';
import { type Db, migrateToLatest, openDatabase } from '../../src/storage/db.js';
import { isPostgres } from '../../src/storage/locks.js';
import {
  claimDueSlots,
  insertSchedules,
  type Schedule,
  type SlotClaim,
} from '../../src/storage/schedules.js';
import { ensureWorkspace, insertStrategy } from '../../src/storage/strategies.js';
import { freshDatabase } from '../support/harness.js';

// Two processes taking due slots at the same moment, at the storage layer: every slot is taken
// once, and on PostgreSQL (rows read FOR UPDATE SKIP LOCKED) they do not even look at the same
// slots while one of them is deciding.

const SLOT = Date.parse('2026-11-30T07:00:00Z');
const NOW = SLOT + 30_000;
const NEXT = SLOT + 7 * 24 * 60 * 60 * 1000;
const COUNT = 8;

let cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanup.reverse()) await c();
  cleanup = [];
});

async function seeded(): Promise<[Db, Db]> {
  const fresh = await freshDatabase();
  const target = loadDatabaseTarget({ DATABASE_URL: fresh.url });
  const a = openDatabase(target);
  const b = openDatabase(target);
  cleanup.push(
    fresh.drop,
    () => a.destroy(),
    () => b.destroy(),
  );
  await migrateToLatest(a);
  for (let i = 0; i < COUNT; i++) {
    const teamId = `T${i % 2}`;
    await ensureWorkspace(a, teamId, SLOT);
    await insertStrategy(a, {
      id: `S${i}`,
      teamId,
      channelId: `C${i}`,
      name: `Strategy ${i}`,
      language: 'en',
      timeZone: 'Europe/Helsinki',
      createdBy: 'U1',
      at: SLOT,
    });
    await insertSchedules(a, [
      {
        id: `K${i}`,
        teamId,
        strategyId: `S${i}`,
        kind: 'digest',
        weekday: 1,
        localTime: '09:00',
        timeZone: 'Europe/Helsinki',
        nextRunAt: SLOT,
        enabled: true,
        paused: false,
        at: SLOT,
      },
    ]);
  }
  return [a, b];
}

const claimsOf = (due: Schedule[]): SlotClaim[] =>
  due.map((s) => ({
    scheduleId: s.id,
    slotAt: s.nextRunAt,
    nextRunAt: NEXT,
    deliveries: [
      {
        id: `D-${s.id}-${Math.random()}`,
        teamId: s.teamId,
        scheduleId: s.id,
        slotAt: s.nextRunAt,
        recipient: s.strategyId.replace('S', 'C'),
        state: 'claimed' as const,
        leaseUntil: NOW + LEASE_MS,
        attempts: 1,
        at: NOW,
      },
    ],
  }));

describe('taking due slots together', () => {
  it('two processes at once: each slot is taken once, with its delivery; on PostgreSQL each sees slots of its own', async () => {
    const [a, b] = await seeded();
    let bDone!: Promise<{ due: Schedule[]; won: Map<string, unknown[]> }>;
    // The first process is still deciding about its half when the second one takes slots.
    const first = claimDueSlots(a, NOW, COUNT / 2, async (due) => {
      bDone = claimDueSlots(b, NOW, COUNT, async (theirs) => claimsOf(theirs));
      await bDone;
      return claimsOf(due);
    });
    const [one, two] = [await first, await bDone];

    const won = [...one.won.keys(), ...two.won.keys()].sort();
    expect(won).toEqual(Array.from({ length: COUNT }, (_, i) => `K${i}`));
    for (const taken of [one.won, two.won]) {
      for (const [, deliveries] of taken) expect(deliveries).toHaveLength(1);
    }
    const deliveries = await a.selectFrom('deliveries').select(['schedule_id', 'state']).execute();
    expect(deliveries.map((d) => d.schedule_id).sort()).toEqual(won);
    const schedules = await a.selectFrom('schedules').select('next_run_at').execute();
    expect(schedules.every((s) => Number(s.next_run_at) === NEXT)).toBe(true);

    if (isPostgres(a)) {
      // Skipped the rows the first process held: no slot was looked at twice.
      expect(one.due.map((s) => s.id).filter((id) => two.due.some((t) => t.id === id))).toEqual([]);
      expect(one.won.size).toBe(COUNT / 2);
    } else {
      // One writer: the second took everything due, the first's compare-and-set found it taken.
      expect(two.won.size).toBe(COUNT);
      expect(one.won.size).toBe(0);
    }
  });

  it('a claim for a slot no longer there (paused, or already moved on) takes nothing and records no delivery', async () => {
    const [a] = await seeded();
    await a.updateTable('schedules').set({ paused: 1 }).where('id', '=', 'K0').execute();
    const { due, won } = await claimDueSlots(a, NOW, COUNT, async (due) => {
      const claims = claimsOf(due);
      // As decided from an earlier read: K0 (paused since) at its slot, K1 at a slot it has left.
      const [k0] = claimsOf([{ ...due[0]!, id: 'K0', strategyId: 'S0', teamId: 'T0' }]);
      return [...claims.map((c) => (c.scheduleId === 'K1' ? { ...c, slotAt: SLOT - 1 } : c)), k0!];
    });
    expect(due.map((s) => s.id)).not.toContain('K0');
    expect(won.has('K0')).toBe(false);
    expect(won.has('K1')).toBe(false);
    expect(won.size).toBe(COUNT - 2);
    const deliveries = (await a.selectFrom('deliveries').select('schedule_id').execute()).map(
      (d) => d.schedule_id,
    );
    expect(deliveries).not.toContain('K0');
    expect(deliveries).not.toContain('K1');
    expect(deliveries).toHaveLength(COUNT - 2);
  });
});
