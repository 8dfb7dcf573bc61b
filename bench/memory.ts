import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../src/storage/db.js';
import { freePort } from '../test/support/harness.js';
import { SIGNING_SECRET } from '../test/support/signing.js';
import { SlackStandIn } from '../test/support/slack-stand-in.js';
import {
  countPosts,
  dockerCommand,
  type Launch,
  type Measurement,
  mb,
  npmStart,
  type Row,
  startCommand,
  treeResidentKb,
} from './lib.js';
import { LoadGenerator } from './request-path.js';
import { channelOf, seed, teamOf } from './seed.js';

// Memory: resident size of the built app started with the command line `npm start` runs (the
// package's start script, without the TypeScript build its prestart runs) and with the Docker
// image's CMD (and the image's ENV), without Docker: right after it is healthy on an empty
// database, and on a database with WORKSPACES workspaces and WORKSPACES × PER_WORKSPACE
// strategies after serving status and assess for a spread of them and one full fan-out of every
// strategy's digest by the app's own scheduler. Whatever heap flags those command lines give (or
// their launcher picks) are the ones measured; the bench adds none.

const WORKSPACES = Number(process.env.BENCH_WORKSPACES ?? 1_000);
const PER_WORKSPACE = Number(process.env.BENCH_STRATEGIES_PER_WORKSPACE ?? 10);
const EXERCISE = Number(process.env.BENCH_MEMORY_REQUESTS ?? 2_000);
const TARGET_MB = 200;
const SETTLE_MS = 1_000;
const FAN_OUT_TIMEOUT_MS = 300_000;

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
  const launches = [npmStart(), dockerCommand()];
  const rows: Row[] = [];
  try {
    const start = launches[0]!;
    const empty = await startCommand(
      start.argv,
      { ...env, ...start.env, DATABASE_URL: `file:${join(dir, 'empty.db')}` },
      await freePort(),
      { cwd: dir },
    );
    await settle();
    const idle = treeResidentKb(empty.child.pid!);
    await empty.stop();
    rows.push({
      measure: `memory: resident size after start (empty database), ${start.label}`,
      value: mb(idle.rss),
      note: `\`${start.shown}\``,
    });

    const seeded = Date.now();
    const large = join(dir, 'large.db');
    await seed(large, WORKSPACES, PER_WORKSPACE);
    const seedMs = Date.now() - seeded;
    for (const launch of launches) {
      rows.push(await exercised(large, env, dir, launch, seedMs));
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
  launch: Launch,
  seedMs: number,
): Promise<Row> {
  // Every run from the same data: the digests posted by an earlier run are due again below.
  const standIn = await SlackStandIn.start();
  const app = await startCommand(
    launch.argv,
    { ...env, ...launch.env, SLACK_API_URL: standIn.apiUrl, DATABASE_URL: `file:${large}` },
    await freePort(),
    { cwd: dir },
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
    const fanOut = await fanOutNow(large, standIn);
    await settle();
    const used = treeResidentKb(app.child.pid!);
    const failed = status.errors + assess.errors;
    const strategies = WORKSPACES * PER_WORKSPACE;
    return {
      measure: `memory: resident size after the load and a full fan-out at ${WORKSPACES.toLocaleString('en')} workspaces / ${strategies.toLocaleString('en')} strategies, ${launch.label}`,
      value: `${mb(used.rss)} (peak ${mb(used.peak)})`,
      target: `< ${TARGET_MB} MB`,
      met: used.rss / 1024 < TARGET_MB && failed === 0 && fanOut.posted === strategies,
      note: [
        `\`${launch.shown}\`${
          Object.keys(launch.env).length
            ? ` with ${Object.entries(launch.env)
                .map(([k, v]) => `${k}=${v}`)
                .join(' ')}`
            : ''
        }`,
        used.processes > 1 ? `${used.processes} processes added up` : '',
        `after ${status.replies.length} status and ${assess.replies.length} assess requests from as many users${failed ? `, ${failed} failed` : ''}, then one fan-out of every digest (${fanOut.posted} of ${strategies} posted in ${(fanOut.ms / 1000).toFixed(1)} s from the tick that took them)`,
        `seeding took ${(seedMs / 1000).toFixed(1)} s`,
      ]
        .filter(Boolean)
        .join('; '),
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
