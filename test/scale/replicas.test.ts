import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { CONCURRENT_SLOTS } from '../../src/scheduler/scheduler.js';
import { startStrategy } from '../../src/services/strategies.js';
import { migrateToLatest, openDatabase } from '../../src/storage/db.js';
import { TestClock } from '../support/clock.js';
import { freshDatabase } from '../support/harness.js';
import { PROCESS_TEST_MS } from '../support/process.js';
import { killAll, type Pass, schedulerChild } from '../support/scheduler-children.js';
import { SlackStandIn } from '../support/slack-stand-in.js';

// Replicas on one PostgreSQL database (`npm run test:pg`): real app processes, each running
// test/support/scheduler-process.ts, ticking over the same due slots.

const server = process.env.TEST_DATABASE_URL;
const SCHEDULES = 500;
const NOW = '2026-11-30T07:00:30Z'; // just after Monday 09:00 in Helsinki
const AFTER_LEASES = '2026-11-30T07:06:30Z'; // the claims of a dead replica have expired

let database: { url: string; drop: () => Promise<void> };
let standIn: SlackStandIn;

beforeEach(async () => {
  if (!server) return;
  database = await freshDatabase();
  standIn = await SlackStandIn.start();
});
afterEach(async () => {
  if (!server) return;
  killAll();
  await standIn.stop();
  await database.drop();
});

async function seed(count: number): Promise<void> {
  const db = openDatabase({ kind: 'postgres', url: database.url });
  await migrateToLatest(db);
  const deps = { db, clock: new TestClock('2026-11-29T12:00:00Z'), logger: createLogger('silent') };
  const start = (i: number) =>
    startStrategy(deps, {
      teamId: `T${i % 7}`,
      channelId: `C${String(i).padStart(4, '0')}`,
      userId: 'U1',
      name: `Strategy ${i}`,
      language: 'en',
      timeZone: 'Europe/Helsinki',
    });
  // Ten at a time, one per pooled connection.
  for (let i = 1; i <= count; i += 10) {
    await Promise.all(Array.from({ length: Math.min(10, count - i + 1) }, (_, k) => start(i + k)));
  }
  await db.destroy();
}

/** Starts `count` replicas ticking together; returns what each one's pass reported (undefined: killed). */
async function runTogether(
  now: string,
  count: number,
  kill?: { afterPosts: number },
): Promise<(Pass | undefined)[]> {
  const replicas = Array.from({ length: count }, () =>
    schedulerChild({ databaseUrl: database.url, standIn, now }),
  );
  await Promise.all(replicas.map((r) => r.ready));
  for (const r of replicas) r.go();
  if (kill) {
    await expect
      .poll(() => delivered().length, { timeout: 20_000, interval: 5 })
      .toBeGreaterThanOrEqual(kill.afterPosts);
    await replicas[0]!.kill();
  }
  return Promise.all(replicas.map((r) => r.result));
}

/** Posts Slack answered; a call cut off by a killed replica never completed. */
const delivered = () => standIn.callsOf('chat.postMessage').filter((c) => c.result?.ok);

function expectEachChannelOnce(): void {
  const channels = delivered().map((c) => c.args.channel as string);
  expect(channels).toHaveLength(SCHEDULES);
  expect(new Set(channels).size).toBe(SCHEDULES);
}

describe.skipIf(!server)('replicas on PostgreSQL', () => {
  it(
    `three replicas over ${SCHEDULES} due schedules post every slot exactly once`,
    async () => {
      await seed(SCHEDULES);
      const results = await runTogether(NOW, 3);
      expect(results.reduce((sum, r) => sum + r!.sent, 0)).toBe(SCHEDULES);
      expectEachChannelOnce();
    },
    2 * PROCESS_TEST_MS,
  );

  it(
    'one replica SIGKILLed mid-run: the other two finish, and the dead one’s claims are posted once',
    async () => {
      await seed(SCHEDULES);
      // Every post takes a little while, so the kill lands in the middle of the run.
      standIn.fail('chat.postMessage', { delayMs: 15 }, { times: 10 * SCHEDULES });
      const [killed, ...survivors] = await runTogether(NOW, 3, { afterPosts: 60 });
      expect(killed).toBeUndefined();
      expect(survivors.every((r) => r !== undefined && r.sent > 0)).toBe(true);
      // Whatever the dead replica had claimed and not posted is neither posted twice nor lost:
      const channels = delivered().map((c) => c.args.channel);
      expect(new Set(channels).size).toBe(channels.length);
      // …and the survivors sent all the rest: missing are at most the slots the dead one had in hand.
      expect(channels.length).toBeGreaterThanOrEqual(SCHEDULES - CONCURRENT_SLOTS);

      // The survivors keep ticking; once the dead replica's leases expire they take its claims over.
      await runTogether(AFTER_LEASES, 2);
      expectEachChannelOnce();
    },
    2 * PROCESS_TEST_MS,
  );
});
