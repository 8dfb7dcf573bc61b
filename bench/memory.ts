import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../src/storage/db.js';
import { freePort } from '../test/support/harness.js';
import { SIGNING_SECRET } from '../test/support/signing.js';
import { SlackStandIn } from '../test/support/slack-stand-in.js';
import { countPosts, MAIN_JS, type Measurement, mb, type Row, residentKb, startProcess } from './lib.js';
import { LoadGenerator } from './request-path.js';
import { channelOf, seed, teamOf } from './seed.js';

// Memory: resident size of the built app (node dist/src/main.js, as `npm start` runs it) right
// after it is healthy on an empty database, and on a database with WORKSPACES workspaces and
// WORKSPACES × PER_WORKSPACE strategies after serving status and assess for a sample of them and
// one full fan-out of every strategy's digest by the app's own scheduler.

const WORKSPACES = Number(process.env.BENCH_WORKSPACES ?? 1_000);
const PER_WORKSPACE = Number(process.env.BENCH_STRATEGIES_PER_WORKSPACE ?? 10);
const EXERCISE = Number(process.env.BENCH_MEMORY_REQUESTS ?? 2_000);
const TARGET_MB = 150;
const SETTLE_MS = 1_000;
const CAPPED_HEAP_MB = 96;
const FAN_OUT_TIMEOUT_MS = 120_000;

const settle = () => new Promise((r) => setTimeout(r, SETTLE_MS));

export async function measureMemory(): Promise<Row[]> {
  const dir = mkdtempSync(join(tmpdir(), 'smstrategy-bench-'));
  const standIn = await SlackStandIn.start();
  const env = {
    SLACK_BOT_TOKEN: 'xoxb-bench-token',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: standIn.apiUrl,
    LOG_LEVEL: 'info',
  };
  const rows: Row[] = [];
  try {
    const empty = await startProcess(
      MAIN_JS,
      { ...env, DATABASE_URL: `file:${join(dir, 'empty.db')}` },
      await freePort(),
      {
        cwd: dir,
      },
    );
    await settle();
    const idle = residentKb(empty.child.pid!);
    await empty.stop();
    rows.push({
      measure: 'memory: resident size after start (empty database)',
      value: mb(idle.rss),
      target: `< ${TARGET_MB} MB`,
      met: idle.rss / 1024 < TARGET_MB,
    });

    const seeded = Date.now();
    const large = join(dir, 'large.db');
    await seed(large, WORKSPACES, PER_WORKSPACE);
    const seedMs = Date.now() - seeded;
    // As started, and with V8's old space capped (the default cap follows the machine's memory,
    // so the heap is left to grow under load long before it is collected hard).
    for (const nodeArgs of [[], [`--max-old-space-size=${CAPPED_HEAP_MB}`]]) {
      rows.push(await exercised(large, env, dir, nodeArgs, seedMs));
    }
    return rows;
  } finally {
    await standIn.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function exercised(
  large: string,
  env: Record<string, string>,
  dir: string,
  nodeArgs: string[],
  seedMs: number,
): Promise<Row> {
  const standIn = await SlackStandIn.start();
  const app = await startProcess(
    MAIN_JS,
    { ...env, SLACK_API_URL: standIn.apiUrl, DATABASE_URL: `file:${large}` },
    await freePort(),
    { cwd: dir, nodeArgs },
  );
  try {
    const load = new LoadGenerator(standIn);
    // A spread of strategies across every workspace: request i goes to workspace i·7919 mod WORKSPACES.
    const where = (i: number) => ({
      team: teamOf((i * 7919) % WORKSPACES),
      channel: channelOf(i % PER_WORKSPACE),
    });
    const status = await load.segment(app.url, 'status', EXERCISE, where);
    const assess = await load.segment(app.url, 'assess', EXERCISE / 4, where);
    // The fan-out once, in the run as started (the run with the capped heap keeps the bench
    // within its five minutes; BENCH_MEMORY_FANOUT=both does it there too).
    const fanOut =
      nodeArgs.length === 0 || process.env.BENCH_MEMORY_FANOUT === 'both'
        ? await fanOutNow(large, standIn)
        : undefined;
    await settle();
    const used = residentKb(app.child.pid!);
    const failed = status.errors + assess.errors;
    const flags = nodeArgs.length ? ` with ${nodeArgs.join(' ')}` : '';
    return {
      measure: `memory: resident size, ${WORKSPACES.toLocaleString('en')} workspaces and ${(WORKSPACES * PER_WORKSPACE).toLocaleString('en')} strategies${flags}`,
      value: `${mb(used.rss)} (peak ${mb(used.peak)})`,
      target: `< ${TARGET_MB} MB`,
      met: used.peak / 1024 < TARGET_MB,
      note: `after ${status.replies.length} status and ${assess.replies.length} assess requests from as many users${failed ? `, ${failed} failed` : ''}${fanOut ? `, then one fan-out of every digest (${fanOut.posted} posted in ${(fanOut.ms / 1000).toFixed(1)} s from the tick that took them)` : ', no fan-out'}; seeding took ${(seedMs / 1000).toFixed(1)} s`,
    };
  } finally {
    await app.stop();
    await standIn.stop();
  }
}

/**
 * Makes every digest due now (real time: the built app runs on the real clock) and waits until
 * the app's own scheduler tick (every 15 s) has posted them all to the stand-in.
 */
async function fanOutNow(path: string, standIn: SlackStandIn): Promise<{ posted: number; ms: number }> {
  const db = openDatabase({ kind: 'sqlite', path });
  let expected: number;
  try {
    const result = await db
      .updateTable('schedules')
      .set({ next_run_at: Date.now() - 1_000 })
      .where('kind', '=', 'digest')
      .executeTakeFirst();
    expected = Number(result.numUpdatedRows);
  } finally {
    await db.destroy();
  }
  let first = 0;
  const posts = countPosts(standIn, expected, () => {
    first ||= performance.now();
    return true;
  });
  try {
    await posts.settled(FAN_OUT_TIMEOUT_MS);
  } finally {
    posts.off();
  }
  // The recorded calls are not what is measured here; keep the load generator's process small.
  standIn.calls.length = 0;
  return { posted: posts.posted(), ms: first ? performance.now() - first : 0 };
}

export const memory: Measurement = { name: 'memory', run: measureMemory };
