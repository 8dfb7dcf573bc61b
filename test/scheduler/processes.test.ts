import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { startStrategy } from '../../src/services/strategies.js';
import { migrateToLatest, openDatabase } from '../../src/storage/db.js';
import { TestClock } from '../support/clock.js';
import { TestApp } from '../support/harness.js';
import { SlackStandIn } from '../support/slack-stand-in.js';

// Real app processes sharing one SQLite file, as replicas (or a restart overlapping the old
// process) would. Each is a child running test/support/scheduler-process.ts.

const SLOT = '2026-11-30T07:00:00.000Z'; // Monday 09:00 in Helsinki

let dir: string;
let dbPath: string;
let standIn: SlackStandIn;
const children: ChildProcess[] = [];

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'smstrategy-procs-'));
  dbPath = join(dir, 'shared.db');
  standIn = await SlackStandIn.start();
});
afterEach(async () => {
  for (const c of children.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  await standIn.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** Strategies in channels C001…, each with the default schedule (digest Monday 09:00 Helsinki). */
async function seed(count: number): Promise<void> {
  const db = openDatabase({ kind: 'sqlite', path: dbPath });
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

interface Proc {
  child: ChildProcess;
  line(match: (l: string) => boolean): Promise<string>;
}

function launch(now: string): Proc {
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/support/scheduler-process.ts'], {
    env: {
      ...process.env,
      SMSTRATEGY_TEST_DB: dbPath,
      SMSTRATEGY_TEST_API_URL: standIn.apiUrl,
      SMSTRATEGY_TEST_NOW: now,
    },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  children.push(child);
  const lines: string[] = [];
  const waiters: { match: (l: string) => boolean; resolve: (l: string) => void }[] = [];
  let buffer = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    buffer += chunk.toString('utf8');
    let i = buffer.indexOf('\n');
    while (i >= 0) {
      const l = buffer.slice(0, i);
      buffer = buffer.slice(i + 1);
      lines.push(l);
      for (const w of waiters.splice(0)) w.match(l) ? w.resolve(l) : waiters.push(w);
      i = buffer.indexOf('\n');
    }
  });
  child.stderr!.resume();
  return {
    child,
    line: (match) =>
      new Promise((resolve) => {
        const found = lines.find(match);
        if (found) resolve(found);
        else waiters.push({ match, resolve });
      }),
  };
}

const exited = (c: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (c.exitCode !== null || c.signalCode !== null) resolve();
    else c.once('exit', () => resolve());
  });

/** Posts Slack actually answered; a call cut off by a dying process never completed. */
const delivered = () => standIn.callsOf('chat.postMessage').filter((c) => c.result?.ok);

describe('several app processes on one database', () => {
  it('two processes ticking together over 200 due schedules post every slot exactly once', async () => {
    await seed(0);
    // The processes boot while the strategies are written; they read nothing before "go".
    const procs = [launch('2026-11-30T07:00:30Z'), launch('2026-11-30T07:00:30Z')];
    await seed(200);
    await Promise.all(procs.map((p) => p.line((l) => l === 'ready')));
    for (const p of procs) p.child.stdin!.write('go\n');
    const results = await Promise.all(procs.map((p) => p.line((l) => l.startsWith('{'))));
    await Promise.all(procs.map((p) => exited(p.child)));

    const posts = delivered();
    const channels = posts.map((c) => c.args.channel as string);
    expect(new Set(channels).size).toBe(200);
    expect(channels).toHaveLength(200);
    const sent = results.map((r) => JSON.parse(r).sent as number);
    expect(sent[0]! + sent[1]!).toBe(200);

    const db = openDatabase({ kind: 'sqlite', path: dbPath });
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
  }, 30_000);

  it('a process killed after claiming and before posting: after restart, exactly one post', async () => {
    await seed(1);
    // Slack holds the post; the process is killed while it waits, so the post never completes.
    standIn.fail('chat.postMessage', { delayMs: 4000 });
    const doomed = launch('2026-11-30T07:00:30Z');
    await doomed.line((l) => l === 'ready');
    doomed.child.stdin!.write('go\n');
    await standIn.waitFor('chat.postMessage');
    doomed.child.kill('SIGKILL');
    await exited(doomed.child);
    expect(delivered()).toHaveLength(0);

    // Restarted while the dead process's lease still runs: the slot is neither lost nor doubled.
    const clock = new TestClock('2026-11-30T07:01:00Z');
    const t = await TestApp.start({ standIn, databaseUrl: `file:${dbPath}`, clock });
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
  }, 30_000);
});
