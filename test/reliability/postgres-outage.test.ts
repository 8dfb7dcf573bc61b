import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { TestApp } from '../support/harness.js';
import { clusterUnavailable, PgCluster } from '../support/pg-cluster.js';
import { PATIENCE_MS } from '../support/slack-stand-in.js';

// PostgreSQL going away under the app, for real: a cluster of the test's own, stopped and started
// again, and its backends terminated. The app never exits; requests caught by the outage are told
// to try again; the scheduler loses and doubles nothing across it. Runs with `npm run test:pg` and
// `npm run test:reliability`, where a PostgreSQL server install is expected.

const wanted = Boolean(process.env.TEST_DATABASE_URL || process.env.SMSTRATEGY_RELIABILITY);
const missing = clusterUnavailable();
if (wanted && missing) console.log(`PostgreSQL outage tests skipped: ${missing}`);

const MINUTE = 60_000;
const TRY_AGAIN_EN =
  "I couldn't reach my database just now, so this wasn't done. Please try again in a minute.";
const TRY_AGAIN_FI =
  'En saanut juuri nyt yhteyttä tietokantaani, joten tämä jäi tekemättä. Yritä uudelleen hetken päästä.';

/** Resolves once `condition` holds; checked every few milliseconds, never for longer than a hung test. */
async function until(condition: () => boolean): Promise<void> {
  const deadline = Date.now() + PATIENCE_MS;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('the condition never held');
    await new Promise((r) => setTimeout(r, 10));
  }
}

function deferred(): { promise: Promise<void>; release: () => void } {
  let release = () => {};
  const promise = new Promise<void>((resolve) => {
    release = resolve;
  });
  return { promise, release };
}

describe.skipIf(!wanted || missing !== undefined)('PostgreSQL going away', () => {
  let cluster: PgCluster;
  let t: TestApp | undefined;
  let databases = 0;
  const outages: string[] = [];

  beforeAll(async () => {
    cluster = await PgCluster.create();
  });
  afterEach(async () => {
    await t?.stop();
    t = undefined;
  });
  afterAll(async () => {
    await cluster?.destroy();
    console.log(`reliability: PostgreSQL outages survived: ${outages.length} (${outages.join('; ')})`);
  });

  const running = async () => {
    await cluster.start().catch(() => {});
    databases += 1;
    return cluster.createDatabase(`app${databases}`);
  };

  it('starting while it is down: /healthz 503 "down", tries again, migrates once it is up', async () => {
    const launched = await TestApp.launch({ databaseUrl: cluster.url() });
    t = launched.t;
    const app = t;
    const down = await app.healthUntil((h) => h.body.database === 'down');
    expect(down.status).toBe(503);
    await until(() => app.logs.filter((l) => l.includes('database not reachable at start')).length >= 3);

    await cluster.start();
    await launched.started;
    expect(await app.health()).toEqual({ status: 200, body: expect.objectContaining({ database: 'up' }) });
    expect((await app.reply('start Alpha')).text).toContain('started *Alpha*');
    outages.push('down at start');
  });

  it('idle connections terminated (pg_terminate_backend): the process lives, new connections replace them', async () => {
    t = await TestApp.start({ databaseUrl: await running() });
    const app = t;
    await app.reply('start Alpha');
    expect(await cluster.terminateBackends()).toBeGreaterThan(0);
    await until(() => app.logs.some((l) => l.includes('database connection dropped')));
    expect((await app.reply('status')).text).toBe('Alpha');
    expect((await app.health()).status).toBe(200);
    outages.push('backends terminated');
  });

  it('a restart during traffic: requests in flight are told to try again, in their language; then all works', async () => {
    // Slack has no Finnish: the two Finnish speakers have chosen it in the app.
    const people = [
      { id: 'UE1', locale: 'en-US' },
      { id: 'UE2', locale: 'en-GB' },
      { id: 'UF1', locale: 'en-US', chosenLanguage: 'fi' as const },
      { id: 'UF2', locale: 'en-GB', chosenLanguage: 'fi' as const },
    ];
    t = await TestApp.start({ databaseUrl: await running(), users: people });
    const app = t;
    await app.reply('start Warmup', { channel: 'C0' });

    // Each request is held at its first Slack call until the server is down. Choosing a language
    // made the app look the people up; past the cache's lifetime, every start looks them up again.
    app.clock.advance(60 * 60 * 1000);
    const looked = app.standIn.callsOf('users.info').length;
    const hold = deferred();
    app.standIn.fail('users.info', { until: hold.promise }, { times: people.length });
    const sent = await Promise.all(
      people.map((p, i) => app.command(`start S${i}`, { user: p.id, channel: `C${i + 1}` })),
    );
    expect(sent.every((s) => s.status === 200)).toBe(true);
    await until(() => app.standIn.callsOf('users.info').length >= looked + people.length);
    await cluster.stop();
    hold.release();

    const replies = await Promise.all(sent.map((s) => app.replyTo(s)));
    expect(replies.map((r) => r.text)).toEqual([TRY_AGAIN_EN, TRY_AGAIN_EN, TRY_AGAIN_FI, TRY_AGAIN_FI]);
    expect((await app.health()).body).toMatchObject({ ok: false, database: 'down' });

    await cluster.start();
    await app.healthUntil((h) => h.status === 200);
    expect((await app.reply('start S0', { user: 'UE1', channel: 'C1' })).text).toContain('started *S0*');
    outages.push('restart during traffic');
  });

  it('the scheduler across restarts: a slot due while it is down goes out once after; a post whose record failed is not repeated', async () => {
    t = await TestApp.start({ databaseUrl: await running() });
    const app = t;
    await app.reply('start Alpha', { channel: 'CA' });
    const digests = (channel: string) =>
      app.standIn.messagesIn(channel).filter((m) => m.text === 'Weekly digest: Alpha');

    // Down when the slot comes: nothing is sent, nothing lost.
    await cluster.stop();
    app.clock.set('2026-11-30T07:00:00Z'); // Monday 09:00 in Helsinki
    expect(await app.app.scheduler.tick()).toEqual({ claimed: 0, sent: 0, skipped: 0, failed: 0 });
    await cluster.start();
    await app.app.scheduler.tick();
    expect(digests('CA')).toHaveLength(1);

    // Down between the post and its record: taken over once the claim's lease is out, found in
    // the channel, not posted again.
    app.clock.set('2026-12-07T07:00:00Z');
    const hold = deferred();
    app.standIn.fail('chat.postMessage', { until: hold.promise });
    const pass = app.app.scheduler.tick();
    await app.standIn.waitFor('chat.postMessage', (a) => a.channel === 'CA' && Boolean(a.metadata));
    await cluster.stop();
    hold.release();
    await pass;
    await cluster.start();
    app.clock.advance(6 * MINUTE);
    await app.app.scheduler.tick();
    expect(digests('CA')).toHaveLength(2);
    const rows = await app.app.db
      .selectFrom('deliveries')
      .innerJoin('schedules', 'schedules.id', 'deliveries.schedule_id')
      .select(['deliveries.state', 'deliveries.slot_at'])
      .where('schedules.kind', '=', 'digest')
      .orderBy('deliveries.slot_at')
      .execute();
    expect(rows.map((r) => r.state)).toEqual(['sent', 'sent']);
    outages.push('scheduler across two restarts');
  });
});
