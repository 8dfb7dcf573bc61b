import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { channelOf, DIGEST_DUE, DIGEST_SLOT, seed } from '../../bench/seed.js';
import { openDatabase } from '../../src/storage/db.js';
import { PROCESS_TEST_MS } from '../support/process.js';
import { schedulerChild, sharedSqliteForEachTest } from '../support/scheduler-children.js';
import { type Fault, SlackStandIn } from '../support/slack-stand-in.js';
import { postsByChannel } from './support/fanout.js';

// Faults and kills while a fan-out runs: real app processes (test/support/scheduler-process.ts)
// on one SQLite file, every strategy's weekly digest due in the same slot. Afterwards every slot
// is in its channel exactly once — none lost, none doubled — except where Slack refused it for
// good, and there the schedule is paused instead. The stand-in applies the conversations.history
// limits Slack gives commercially distributed apps outside the Marketplace (one call a minute per
// workspace, 15 messages a page), so every post whose answer was lost must wait its turn to be
// looked for, and is never posted again on a lookup Slack did not answer.

const MINUTE = 60_000;
const at = (iso: string, minutes: number) => new Date(Date.parse(iso) + minutes * MINUTE).toISOString();

const shared = sharedSqliteForEachTest();
const summary: string[] = [];
afterAll(() => {
  for (const line of summary) console.log(line);
});

/** Deliveries still claimed: sent by no one yet, or waiting to be looked for. */
async function claimedLeft(): Promise<number> {
  const db = openDatabase({ kind: 'sqlite', path: shared.dbPath });
  try {
    const row = await db
      .selectFrom('deliveries')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('state', '=', 'claimed')
      .executeTakeFirstOrThrow();
    return Number(row.n);
  } finally {
    await db.destroy();
  }
}

/**
 * One process running a pass every 61 seconds from `fromMinute` after the slot, until nothing is
 * left claimed: a minute is Slack's rate window, so each pass may look for one more lost answer.
 */
async function passesUntilDone(fromMinute: number, env?: Record<string, string>): Promise<number> {
  const start = Date.parse(at(DIGEST_DUE, fromMinute));
  const p = schedulerChild({ ...shared, now: new Date(start).toISOString(), ...(env ? { env } : {}) });
  await p.ready;
  let passes = 0;
  try {
    while (passes === 0 || (await claimedLeft()) > 0) {
      if (passes >= 200) throw new Error('still claimed after 200 passes');
      await p.pass(new Date(start + passes * 61_000).toISOString());
      passes += 1;
    }
  } finally {
    await p.close();
  }
  return passes;
}

/** conversations.history calls refused with 429, and those that went on to a further page. */
function lookupStats(standIn: SlackStandIn) {
  const lookups = standIn.callsOf('conversations.history');
  return {
    all: lookups.length,
    refused: lookups.filter((c) => c.result?.error === 'ratelimited').length,
    paged: lookups.filter((c) => c.args.cursor || c.args.latest).length,
  };
}

/** What the database holds for each channel's digest slot. */
async function digestDeliveries() {
  const db = openDatabase({ kind: 'sqlite', path: shared.dbPath });
  try {
    return await db
      .selectFrom('deliveries')
      .innerJoin('schedules', 'schedules.id', 'deliveries.schedule_id')
      .innerJoin('strategies', 'strategies.id', 'schedules.strategy_id')
      .select([
        'strategies.channel_id as channel',
        'deliveries.state',
        'deliveries.slot_at',
        'deliveries.message_ts',
        'deliveries.attempts',
        'schedules.paused',
        'schedules.pause_reason',
      ])
      .where('schedules.kind', '=', 'digest')
      .execute();
  } finally {
    await db.destroy();
  }
}

describe('a fan-out under faults', () => {
  it(
    '5xx, 429, slow, dropped, lost answers and ok:false errors: every slot posted once, permanent errors pause',
    async () => {
      const SLOTS = 300;
      await seed(shared.dbPath, 1, SLOTS);
      shared.standIn.reducedHistoryLimits = true;
      // One fault per channel by its number, on that channel's first posts (and lookups).
      const plan: {
        name: string;
        fault: Fault;
        times: number;
        permanent?: boolean;
        lookupFault?: Fault;
        /** chat.postMessage calls the channel sees: the lost post itself is never repeated. */
        calls?: number;
        /** Only this many channels get the fault (each costs a lookup a minute); the rest are clean. */
        only?: number;
      }[] = [
        { name: 'clean', fault: { delayMs: 0 }, times: 0 },
        { name: '500', fault: { status: 500 }, times: 1 },
        { name: '503 twice', fault: { status: 503 }, times: 2 },
        { name: '429 Retry-After 1', fault: { status: 429, retryAfter: 1 }, times: 1 },
        { name: 'slow (400 ms)', fault: { delayMs: 400 }, times: 1 },
        { name: 'dropped connection', fault: { drop: true }, times: 1, calls: 2, only: 8 },
        { name: 'posted, answer lost', fault: { lost: true }, times: 1, calls: 1, only: 8 },
        {
          name: 'posted, answer lost, 20 messages after it',
          fault: { lost: true, followedBy: 20 },
          times: 1,
          calls: 1,
          only: 4,
        },
        {
          name: 'posted, answer lost, first lookup 503',
          fault: { lost: true },
          times: 1,
          lookupFault: { status: 503 },
          calls: 1,
          only: 4,
        },
        { name: 'ok:false internal_error', fault: { error: 'internal_error' }, times: 1 },
        // More failures than one pass tries: deferred, and posted by the next pass.
        { name: 'ok:false service_unavailable ×6', fault: { error: 'service_unavailable' }, times: 6 },
        {
          name: 'ok:false channel_not_found',
          fault: { error: 'channel_not_found' },
          times: 10,
          permanent: true,
        },
      ];
      const clean = plan[0]!;
      const kindOf = (i: number) => {
        const kind = plan[i % plan.length]!;
        return kind.only !== undefined && Math.floor(i / plan.length) >= kind.only ? clean : kind;
      };
      let injected = 0;
      for (let i = 0; i < SLOTS; i += 1) {
        const { fault, times, lookupFault } = kindOf(i);
        if (times === 0) continue;
        const channel = channelOf(i);
        shared.standIn.fail('chat.postMessage', fault, { times, match: (args) => args.channel === channel });
        if (lookupFault)
          shared.standIn.fail('conversations.history', lookupFault, {
            match: (args) => args.channel === channel,
          });
        injected += 1;
      }

      // Two processes over the slot, then one more pass after the deferred claims' retry time.
      // Retry waits (Retry-After, backoff) at a tenth of real time: the same retries, sooner.
      const fast = { SMSTRATEGY_TEST_SLEEP_SCALE: '0.1' };
      const first = [
        schedulerChild({ ...shared, now: DIGEST_DUE, env: fast }),
        schedulerChild({ ...shared, now: DIGEST_DUE, env: fast }),
      ];
      await Promise.all(first.map((p) => p.ready));
      for (const p of first) p.go();
      const passes = await Promise.all(first.map((p) => p.result));
      expect(passes.every((p) => p !== undefined)).toBe(true);
      // Then a pass a minute, as a process's tick would, until every claim is settled.
      const later = await passesUntilDone(2, fast);

      const posts = postsByChannel(shared.standIn);
      const rows = new Map((await digestDeliveries()).map((r) => [r.channel, r]));
      expect(rows.size).toBe(SLOTS);
      let paused = 0;
      for (let i = 0; i < SLOTS; i += 1) {
        const channel = channelOf(i);
        const kind = kindOf(i);
        const row = rows.get(channel)!;
        expect(row.slot_at, channel).toBe(Date.parse(DIGEST_SLOT));
        if (kind.permanent) {
          expect(posts.get(channel), `${channel} (${kind.name})`).toBeUndefined();
          expect(row).toMatchObject({ state: 'failed', paused: 1, pause_reason: 'channel_not_found' });
          paused += 1;
        } else {
          expect(posts.get(channel), `${channel} (${kind.name})`).toHaveLength(1);
          if (kind.calls !== undefined)
            expect(
              shared.standIn.callsOf('chat.postMessage').filter((c) => c.args.channel === channel),
              `${channel} (${kind.name})`,
            ).toHaveLength(kind.calls);
          expect(row, `${channel} (${kind.name})`).toMatchObject({
            state: 'sent',
            message_ts: posts.get(channel)![0],
            paused: 0,
          });
        }
      }
      // An admin was told about each paused schedule, once.
      expect(
        shared.standIn.callsOf('chat.postMessage').filter((c) => c.args.channel === 'UADMIN'),
      ).toHaveLength(paused);
      // The limits were felt: lookups were refused and waited for, and some went past a page.
      const lookups = lookupStats(shared.standIn);
      expect(lookups.refused).toBeGreaterThan(0);
      expect(lookups.paged).toBeGreaterThan(0);
      summary.push(
        `reliability: fan-out under faults: ${SLOTS} due slots over 2 processes and ${later} later passes a minute apart, ${injected} faulted channels (${plan
          .filter((p) => p.times > 0)
          .map((p) => (p.only ? `${p.name} (${p.only})` : p.name))
          .join(
            ', ',
          )}), conversations.history at 1 call a minute and 15 a page (${lookups.all} lookups, ${lookups.refused} refused with 429, ${lookups.paged} past a page): ${SLOTS - paused} posted exactly once, ${paused} paused, 0 lost, 0 doubled`,
      );
    },
    3 * PROCESS_TEST_MS,
  );
});

describe('a fan-out with processes SIGKILLed', () => {
  const TRIALS = 3;
  const KILLS = 3;
  const SLOTS = 120;

  it(
    `killed at random points ${KILLS} times in each of ${TRIALS} runs: every slot posted exactly once`,
    async () => {
      const killedAfter: number[] = [];
      const sweeps: number[] = [];
      for (let trial = 0; trial < TRIALS; trial += 1) {
        if (trial > 0) {
          await shared.standIn.stop();
          shared.standIn = await SlackStandIn.start();
          rmSync(shared.dbPath, { force: true });
          rmSync(`${shared.dbPath}-wal`, { force: true });
          rmSync(`${shared.dbPath}-shm`, { force: true });
        }
        await seed(shared.dbPath, 1, SLOTS);
        shared.standIn.reducedHistoryLimits = true;
        // Every post takes a little while, so a kill can land while posts are in flight.
        shared.standIn.fail('chat.postMessage', { delayMs: 5 }, { times: 100 * SLOTS });
        for (let round = 0; round < KILLS; round += 1) {
          // Each process starts after the previous one's leases ran out (5 minutes), well within
          // the slot's grace period, as a restarted replica would.
          const p = schedulerChild({
            ...shared,
            now: at(DIGEST_DUE, 6 * round),
          });
          await p.ready;
          p.go();
          const before = postsByChannel(shared.standIn).size;
          const target = before + 1 + Math.floor(Math.random() * Math.max(1, (SLOTS - before) / 2));
          await Promise.race([
            p.result,
            (async () => {
              while (postsByChannel(shared.standIn).size < target) await new Promise((r) => setTimeout(r, 2));
            })(),
          ]);
          await p.kill();
          killedAfter.push(postsByChannel(shared.standIn).size - before);
        }
        // A restarted process, ticking a minute apart: the claims the dead ones held are each
        // looked for (one lookup a minute) before anything is posted again.
        sweeps.push(await passesUntilDone(6 * KILLS));
        const posts = postsByChannel(shared.standIn);
        for (let i = 0; i < SLOTS; i += 1) expect(posts.get(channelOf(i)), channelOf(i)).toHaveLength(1);
        expect(posts.size).toBe(SLOTS);
        const rows = await digestDeliveries();
        expect(rows).toHaveLength(SLOTS);
        expect(rows.every((r) => r.state === 'sent' && r.message_ts === posts.get(r.channel)![0])).toBe(true);
      }
      summary.push(
        `reliability: SIGKILL during a fan-out: ${TRIALS} runs of ${SLOTS} due slots, ${TRIALS * KILLS} processes killed (after ${killedAfter.join(', ')} posts), each run finished by a restarted process ticking a minute apart (${sweeps.join(', ')} passes) under 1 lookup a minute: every slot posted exactly once`,
      );
    },
    5 * PROCESS_TEST_MS,
  );
});
