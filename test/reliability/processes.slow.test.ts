import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { startStrategy } from '../../src/services/strategies.js';
import { migrateToLatest, openDatabase } from '../../src/storage/db.js';
import { TestClock } from '../support/clock.js';
import { TestApp } from '../support/harness.js';
import { PROCESS_TEST_MS } from '../support/process.js';
import { schedulerChild, sharedSqliteForEachTest } from '../support/scheduler-children.js';

// Real app processes sharing one SQLite file, as replicas (or a restart overlapping the old
// process) would. Each is a child running test/support/scheduler-process.ts.

const SLOT = '2026-11-30T07:00:00.000Z'; // Monday 09:00 in Helsinki

const shared = sharedSqliteForEachTest();

/** Strategies in channels C001…, each with the default schedule (digest Monday 09:00 Helsinki). */
async function seed(count: number): Promise<void> {
  const db = openDatabase({ kind: 'sqlite', path: shared.dbPath });
  await migrateToLatest(db);
  const deps = { db, clock: new TestClock('2026-11-29T12:00:00Z'), logger: createLogger('silent') };
  for (let i = 1; i <= count; i += 1) {
    await startStrategy(deps, {
      teamId: 'T1',
      channelId: `C${String(i).padStart(3, '0')}`,
      userId: 'U1',
      name: `Strategy ${i}`,
      language: 'en',
      timeZone: 'Europe/Helsinki',
    });
  }
  await db.destroy();
}

const launch = (now: string) => schedulerChild({ ...shared, now });

/** Posts Slack actually answered; a call cut off by a dying process never completed. */
const delivered = () => shared.standIn.callsOf('chat.postMessage').filter((c) => c.result?.ok);

describe('several app processes on one database', () => {
  it(
    'two processes ticking together over 200 due schedules post every slot exactly once',
    async () => {
      await seed(0);
      // The processes boot while the strategies are written; they read nothing before "go".
      const procs = [launch('2026-11-30T07:00:30Z'), launch('2026-11-30T07:00:30Z')];
      await seed(200);
      await Promise.all(procs.map((p) => p.ready));
      for (const p of procs) p.go();
      const results = await Promise.all(procs.map((p) => p.result));

      const posts = delivered();
      const channels = posts.map((c) => c.args.channel as string);
      expect(new Set(channels).size).toBe(200);
      expect(channels).toHaveLength(200);
      const sent = results.map((r) => r!.sent);
      expect(sent[0]! + sent[1]!).toBe(200);

      const db = openDatabase({ kind: 'sqlite', path: shared.dbPath });
      const deliveries = await db
        .selectFrom('deliveries')
        .select(['state', 'slot_at', 'message_ts'])
        .where('recipient', 'like', 'C%')
        .execute();
      await db.destroy();
      expect(deliveries).toHaveLength(200);
      expect(
        deliveries.every((d) => d.state === 'sent' && d.slot_at === Date.parse(SLOT) && d.message_ts),
      ).toBe(true);
    },
    PROCESS_TEST_MS,
  );

  it(
    'a process killed after claiming and before posting: after restart, exactly one post',
    async () => {
      await seed(1);
      // Slack holds the post; the process is killed while it waits, so the post never completes.
      shared.standIn.fail('chat.postMessage', { delayMs: 4000 });
      const doomed = launch('2026-11-30T07:00:30Z');
      await doomed.ready;
      doomed.go();
      await shared.standIn.waitFor('chat.postMessage');
      await doomed.kill();
      expect(delivered()).toHaveLength(0);

      // Restarted while the dead process's lease still runs: the slot is neither lost nor doubled.
      const clock = new TestClock('2026-11-30T07:01:00Z');
      const t = await TestApp.start({ standIn: shared.standIn, databaseUrl: shared.databaseUrl, clock });
      try {
        const claimed = await t.app.db.selectFrom('deliveries').selectAll().executeTakeFirstOrThrow();
        expect(claimed).toMatchObject({ state: 'claimed', recipient: 'C001', attempts: 1 });
        await t.app.scheduler.tick();
        expect(delivered()).toHaveLength(0);

        clock.set('2026-11-30T07:06:00Z');
        await t.app.scheduler.tick();
        await t.app.scheduler.tick();
        expect(delivered()).toHaveLength(1);
        expect(delivered()[0]!.args.channel).toBe('C001');
        const row = await t.app.db.selectFrom('deliveries').selectAll().executeTakeFirstOrThrow();
        expect(row).toMatchObject({ state: 'sent', attempts: 2, message_ts: delivered()[0]!.result!.ts });
        expect(t.logs.some((l) => l.includes('"expired claim retried"'))).toBe(true);
      } finally {
        await t.stop();
      }
    },
    PROCESS_TEST_MS,
  );
});
