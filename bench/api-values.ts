import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { systemClock } from '../src/clock.js';
import { createLogger } from '../src/logger.js';
import { createApiToken } from '../src/services/api-tokens.js';
import { addMetric } from '../src/services/metrics.js';
import { openDatabase } from '../src/storage/db.js';
import { findStrategyByChannel } from '../src/storage/strategies.js';
import { freePort } from '../test/support/harness.js';
import { SIGNING_SECRET } from '../test/support/signing.js';
import { SlackStandIn } from '../test/support/slack-stand-in.js';
import {
  BARE_APP,
  MAIN_TS,
  type Measurement,
  ms,
  type Proc,
  percentile,
  type Row,
  startProcess,
} from './lib.js';
import { channelOf, seed, teamOf } from './seed.js';

// API values: `POST /api/v1/metrics/{id}/values` at CONCURRENCY requests in flight, against the
// real app (token checked, value checked, stored with its audit entry in one transaction, on its
// SQLite file) and against the bare Bolt app's plain JSON route (bench/bare-app.ts), both in
// processes of their own, in alternating segments as for the slash command. The values spread
// over METRICS metrics, each request a new value for the current week (so each one is a write:
// the first a new value, the rest replacing it). The real app runs with a rate limit high enough
// not to hold the load generator back: it measures the request path, not the limit.

const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 20);
const SEGMENT = Number(process.env.BENCH_SEGMENT ?? 300);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 8);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 200);
const METRICS = 4;
/** Both processes compile their TypeScript as they start: on a busy machine that takes a while. */
const STARTUP_MS = 90_000;

type Target = 'app' | 'bare';

interface Samples {
  latencies: number[];
  elapsedMs: number;
  errors: number;
  /** What the failed requests got: an HTTP status, or `network`. */
  failures: Record<string, number>;
}

async function prepare(dbPath: string): Promise<{ token: string; metricIds: string[] }> {
  await seed(dbPath, 1, 1);
  const db = openDatabase({ kind: 'sqlite', path: dbPath });
  try {
    const deps = { db, clock: systemClock, logger: createLogger('silent') };
    const strategy = (await findStrategyByChannel(db, { teamId: teamOf(0) }, channelOf(0)))!;
    const actor = { userId: 'UADMIN', isWorkspaceAdmin: true };
    const metricIds: string[] = [];
    for (let i = 0; i < METRICS; i++) {
      const added = await addMetric(deps, {
        strategy,
        actor,
        metric: {
          name: `Metric ${i}`,
          unit: '',
          baseline: 0,
          target: 1000,
          targetDate: '2099-12-31',
          ownerId: 'UADMIN',
          direction: 'up',
          cadence: 'weekly',
        },
      });
      if (added.kind !== 'created') throw new Error(`metric not added: ${added.kind}`);
      metricIds.push(added.metric.id);
    }
    const made = await createApiToken(deps, { strategy, actor, label: 'bench' });
    if (made.kind !== 'created') throw new Error(`token not made: ${made.kind}`);
    return { token: made.token, metricIds };
  } finally {
    await db.destroy();
  }
}

async function segment(url: string, token: string, metricIds: string[], count: number): Promise<Samples> {
  const out: Samples = { latencies: [], elapsedMs: 0, errors: 0, failures: {} };
  const failed = (why: string) => {
    out.errors += 1;
    out.failures[why] = (out.failures[why] ?? 0) + 1;
  };
  let left = count;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (left > 0) {
        left -= 1;
        const metric = metricIds[left % metricIds.length]!;
        const body = JSON.stringify({
          value: Math.round(Math.random() * 1_000_000) / 10,
          comment: 'From the bench',
        });
        const t0 = performance.now();
        try {
          const res = await fetch(`${url}/api/v1/metrics/${metric}/values`, {
            method: 'POST',
            headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
            body,
          });
          await res.text();
          if (res.status === 200 || res.status === 201) out.latencies.push(performance.now() - t0);
          else failed(String(res.status));
        } catch {
          failed('network');
        }
      }
    }),
  );
  out.elapsedMs = performance.now() - started;
  return out;
}

function merge(all: Samples[]): Samples {
  return {
    latencies: all.flatMap((s) => s.latencies).sort((a, b) => a - b),
    elapsedMs: all.reduce((n, s) => n + s.elapsedMs, 0),
    errors: all.reduce((n, s) => n + s.errors, 0),
    failures: all.reduce<Record<string, number>>((sum, s) => {
      for (const [why, n] of Object.entries(s.failures)) sum[why] = (sum[why] ?? 0) + n;
      return sum;
    }, {}),
  };
}

export async function measureApiValues(): Promise<Row[]> {
  const dir = mkdtempSync(join(tmpdir(), 'smstrategy-bench-api-'));
  const standIn = await SlackStandIn.start();
  const procs: Proc[] = [];
  try {
    const dbPath = join(dir, 'bench.db');
    const { token, metricIds } = await prepare(dbPath);
    const common = {
      SLACK_BOT_TOKEN: 'xoxb-bench-token',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: standIn.apiUrl,
    };
    const app = await startProcess(
      MAIN_TS,
      { ...common, DATABASE_URL: `file:${dbPath}`, LOG_LEVEL: 'info', API_RATE_LIMIT: '9999999' },
      await freePort(),
      { cwd: dir, healthyWithinMs: STARTUP_MS },
    );
    procs.push(app);
    const bare = await startProcess(BARE_APP, common, await freePort(), {
      cwd: dir,
      healthyWithinMs: STARTUP_MS,
    });
    procs.push(bare);
    const urls: Record<Target, string> = { app: app.url, bare: bare.url };

    for (const target of ['app', 'bare'] as const) await segment(urls[target], token, metricIds, WARMUP);
    const samples: Record<Target, Samples[]> = { app: [], bare: [] };
    for (let round = 0; round < ROUNDS; round++) {
      const order: Target[] = round % 2 === 0 ? ['app', 'bare'] : ['bare', 'app'];
      for (const target of order)
        samples[target].push(await segment(urls[target], token, metricIds, SEGMENT));
    }
    const a = merge(samples.app);
    const b = merge(samples.bare);
    const rate = (s: Samples) => s.latencies.length / (s.elapsedMs / 1000);
    const errors = a.errors + b.errors;
    const why = (s: Samples) =>
      Object.entries(s.failures)
        .map(([k, n]) => `${n} ${k}`)
        .join(', ');
    return [
      {
        measure: `API \`POST\` values: throughput, ${CONCURRENCY} concurrent`,
        value: `${(rate(a) / rate(b)).toFixed(2)}× (app ${rate(a).toFixed(0)}/s, bare ${rate(b).toFixed(0)}/s)`,
        note: `each a stored value with its audit entry, SQLite; ${a.latencies.length} + ${b.latencies.length} requests${errors ? `, ${errors} failed (app: ${why(a) || 'none'}; bare: ${why(b) || 'none'})` : ''}`,
      },
      {
        measure: 'API `POST` values: p50 / p99 to the answer',
        value: `app ${ms(percentile(a.latencies, 50))} / ${ms(percentile(a.latencies, 99))}, bare ${ms(percentile(b.latencies, 50))} / ${ms(percentile(b.latencies, 99))}`,
      },
    ];
  } finally {
    for (const p of procs) await p.stop();
    await standIn.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

export const apiValues: Measurement = { name: 'api values', run: () => measureApiValues() };

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const row of await measureApiValues()) console.log(row);
}
