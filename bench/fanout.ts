import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freshDatabase } from '../test/support/harness.js';
import { SlackStandIn } from '../test/support/slack-stand-in.js';
import { countPosts, type Measurement, mb, ROOT, type Row, TSX } from './lib.js';
import { DIGEST_DUE, DIGEST_SLOT, openTarget, seed } from './seed.js';

// Scheduler fan-out: WORKSPACES × PER_WORKSPACE strategies whose weekly digest is due in the same
// slot; the time from telling the app processes to run their scheduler until every digest has
// reached the stand-in (which answers at once). Each process is the real application
// (test/support/scheduler-process.ts: createApplication with its clock fixed just after the
// slot), started and ready before the clock starts; on SQLite one process, on PostgreSQL one and
// three sharing a fresh schema (dropped afterwards). The three processes are judged by the CPU
// time they use together against the one process's for the same slot, and by each slot posted once.

const WORKSPACES = Number(process.env.BENCH_FANOUT_WORKSPACES ?? 1_000);
const PER_WORKSPACE = Number(process.env.BENCH_FANOUT_STRATEGIES_PER_WORKSPACE ?? 10);
const PG_URL =
  process.env.BENCH_DATABASE_URL ??
  process.env.TEST_DATABASE_URL ??
  'postgres://postgres@127.0.0.1:5432/test';
/** Seconds for the whole slot, by database. */
const TARGET_S = { sqlite: 10, postgres: 15 } as const;
/** The three processes' CPU time together, against one process's for the same slot. */
const CPU_RATIO_TARGET = 1.2;
const CHILD = join(ROOT, 'test/support/scheduler-process.ts');

export interface FanOut {
  ms: number;
  posted: number;
  doubled: number;
  /** What each process's pass reported. */
  passes: { sent: number; claimed: number; ms: number; cpuMs: number; rssKb: number }[];
  /** Share of the machine's CPU time (all cores) that was busy meanwhile, in percent. */
  machineBusy: number;
}

/** Busy and total CPU time of the whole machine so far (Linux /proc/stat, all cores). */
function machineCpu(): { busy: number; all: number } {
  const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
  const all = fields.reduce((a, b) => a + b, 0);
  return { busy: all - fields[3]! - fields[4]!, all };
}

function child(env: Record<string, string>, standIn: SlackStandIn, nodeArgs: string[]) {
  const proc: ChildProcess = spawn(process.execPath, ['--import', TSX, ...nodeArgs, CHILD], {
    cwd: ROOT,
    env: {
      ...process.env,
      ...env,
      SMSTRATEGY_TEST_API_URL: standIn.apiUrl,
      SMSTRATEGY_TEST_NOW: DIGEST_DUE,
    },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  proc.stderr!.on('data', (d) => {
    err = (err + String(d)).slice(-4000);
  });
  const ready = new Promise<void>((resolve, reject) => {
    proc.stdout!.on('data', (d) => {
      out += String(d);
      if (out.startsWith('ready\n')) resolve();
    });
    proc.once('exit', (code) => reject(new Error(`scheduler process exited ${code}: ${err}`)));
  });
  const result = new Promise<FanOut['passes'][number]>((resolve, reject) => {
    proc.once('exit', (code) => {
      const line = out.split('\n').find((l) => l.startsWith('{'));
      try {
        if (!line) throw new Error('no result line');
        resolve(JSON.parse(line));
      } catch (e) {
        reject(new Error(`scheduler process exited ${code} without a result (${String(e)}): ${err}`));
      }
    });
  });
  return { proc, ready, result };
}

/** One fan-out over an already seeded database by `processes` app processes. */
export async function fanOut(
  databaseEnv: Record<string, string>,
  processes: number,
  expected: number,
  nodeArgs: string[] = [],
): Promise<FanOut> {
  const standIn = await SlackStandIn.start();
  const seen = new Map<string, number>();
  // Only the calls Slack answered count.
  const posts = countPosts(standIn, expected, (call) => {
    if (!call.result?.ok) return false;
    const key = String(call.args.metadata?.event_payload?.delivery_id ?? call.args.channel);
    seen.set(key, (seen.get(key) ?? 0) + 1);
    return true;
  });
  const children = Array.from({ length: processes }, () => child(databaseEnv, standIn, nodeArgs));
  try {
    await Promise.all(children.map((c) => c.ready));
    const started = performance.now();
    const cpu = machineCpu();
    for (const c of children) c.proc.stdin!.write('go\n');
    const passes = await Promise.all(children.map((c) => c.result));
    await posts.settled(1000);
    const ms = performance.now() - started;
    const after = machineCpu();
    const machineBusy = (100 * (after.busy - cpu.busy)) / (after.all - cpu.all);
    const doubled = [...seen.values()].filter((n) => n > 1).length;
    return { ms, posted: posts.posted(), doubled, passes, machineBusy };
  } finally {
    posts.off();
    for (const c of children) if (c.proc.exitCode === null) c.proc.kill('SIGKILL');
    await standIn.stop();
  }
}

const strategies = WORKSPACES * PER_WORKSPACE;
export const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
/** CPU time of every process of a run together, in ms. */
export const cpuMs = (run: FanOut) => run.passes.reduce((n, p) => n + p.cpuMs, 0);

/** What went wrong with a run's posts: digests missing, or posted twice. */
export function problems(run: FanOut, expected: number): string[] {
  return [
    run.posted !== expected ? `${run.posted} of ${expected} posted` : '',
    run.doubled ? `${run.doubled} posted twice` : '',
  ].filter(Boolean);
}

/** Per process: digests sent, CPU time and resident size at the end of its pass; the machine's load. */
export function passes(run: FanOut): string {
  return `per process sent ${run.passes.map((p) => p.sent).join(' + ')}, CPU ${run.passes.map((p) => seconds(p.cpuMs)).join(' + ')}, resident ${run.passes.map((p) => mb(p.rssKb)).join(' + ')}; machine CPU ${run.machineBusy.toFixed(0)} % busy`;
}

function row(label: string, run: FanOut, seedMs: number, target?: { value: string; met: boolean }): Row {
  const rate = (run.posted / (run.ms / 1000)).toFixed(0);
  const wrong = problems(run, strategies);
  return {
    measure: `scheduler fan-out: ${strategies.toLocaleString('en')} digests due in one slot, ${label}`,
    value: `${seconds(run.ms)} (${rate}/s)`,
    ...(target ? { target: target.value, met: target.met && wrong.length === 0 } : {}),
    note: [
      `${WORKSPACES.toLocaleString('en')} workspaces; ${passes(run)}`,
      `seeding took ${seconds(seedMs)}`,
      ...wrong,
    ].join('; '),
  };
}

export async function measureFanOut(): Promise<Row[]> {
  const rows: Row[] = [];
  const target = (db: keyof typeof TARGET_S, r: FanOut) => ({
    value: `< ${TARGET_S[db]} s`,
    met: r.ms < TARGET_S[db] * 1000,
  });

  const dir = mkdtempSync(join(tmpdir(), 'smstrategy-bench-'));
  try {
    const path = join(dir, 'fanout.db');
    const t = performance.now();
    await seed(path, WORKSPACES, PER_WORKSPACE);
    const sqliteSeed = performance.now() - t;
    console.error('  SQLite, one process…');
    const sqlite = await fanOut({ SMSTRATEGY_TEST_DB: path }, 1, strategies);
    rows.push(row('SQLite, one process', sqlite, sqliteSeed, target('sqlite', sqlite)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  const pg: Partial<Record<1 | 3, FanOut>> = {};
  const previous = process.env.TEST_DATABASE_URL;
  process.env.TEST_DATABASE_URL = PG_URL;
  const database = await freshDatabase();
  if (previous === undefined) delete process.env.TEST_DATABASE_URL;
  else process.env.TEST_DATABASE_URL = previous;
  try {
    const t = performance.now();
    await seed(database.url, WORKSPACES, PER_WORKSPACE);
    const seedMs = performance.now() - t;
    for (const processes of [1, 3] as const) {
      // The second run starts from the same data: the slot due again, no deliveries yet.
      if (processes === 3) await resetSlot(database.url);
      console.error(`  PostgreSQL, ${processes === 1 ? 'one process' : 'three processes'}…`);
      const run = await fanOut({ SMSTRATEGY_TEST_DATABASE_URL: database.url }, processes, strategies);
      pg[processes] = run;
      if (processes === 1) {
        rows.push(row('PostgreSQL, one process', run, seedMs, target('postgres', run)));
      } else {
        const ratio = cpuMs(run) / cpuMs(pg[1]!);
        const r = row('PostgreSQL, three processes', run, seedMs, {
          value: `total CPU ≤ ${CPU_RATIO_TARGET}× one process for the same slot; each slot once`,
          met: ratio <= CPU_RATIO_TARGET,
        });
        r.value = `total CPU ${seconds(cpuMs(run))}, ${ratio.toFixed(2)}× one process's ${seconds(cpuMs(pg[1]!))}; ${seconds(run.ms)} (${(run.posted / (run.ms / 1000)).toFixed(0)}/s); ${run.doubled === 0 && run.posted === strategies ? 'each slot once' : 'NOT each slot once'}`;
        rows.push(r);
      }
    }
  } finally {
    await database.drop();
  }
  return rows;
}

/** Makes the seeded slot due again: every digest and nudge back at it, no deliveries. */
export async function resetSlot(target: string): Promise<void> {
  const db = openTarget(target);
  try {
    await db.deleteFrom('deliveries').execute();
    await db
      .updateTable('schedules')
      .set({ next_run_at: Date.parse(DIGEST_SLOT) })
      .where('kind', 'in', ['digest', 'nudges'])
      .execute();
  } finally {
    await db.destroy();
  }
}

export const fanout: Measurement = { name: 'fan-out', run: measureFanOut };

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const r of await measureFanOut()) console.log(r);
}
