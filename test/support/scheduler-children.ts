import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { TestClock } from './clock.js';
import { ROOT, START_PATIENCE_MS } from './process.js';
import { SlackStandIn } from './slack-stand-in.js';

// App processes for the multi-process tests (replicas, restarts, fan-outs under faults and kills):
// each runs test/support/scheduler-process.ts, the real application with its clock fixed at
// `now`, on a shared database against the test's stand-in. It reports "ready", runs one scheduler
// pass on go(), prints the pass's result and exits.

export interface Pass {
  claimed: number;
  sent: number;
  skipped: number;
  failed: number;
  ms: number;
}

export interface SchedulerChild {
  child: ChildProcess;
  ready: Promise<void>;
  /** The pass's result; undefined when the process was killed before it reported. */
  result: Promise<Pass | undefined>;
  exited: Promise<void>;
  go(): void;
  /** Runs one pass with the process's clock (and Slack's) at `now`, and resolves with its result. */
  pass(now: string): Promise<Pass>;
  /** Ends a process that ran passes: it exits once its input closes. */
  close(): Promise<void>;
  kill(): Promise<void>;
}

const children: ChildProcess[] = [];

export function schedulerChild(options: {
  /** The shared database: `file:PATH` or a postgres:// URL. */
  databaseUrl: string;
  standIn: SlackStandIn;
  now: string;
  env?: Record<string, string>;
}): SchedulerChild {
  // Slack stamps the posts with its own time, which agrees with the app's.
  options.standIn.clock = new TestClock(options.now);
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/support/scheduler-process.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      SMSTRATEGY_TEST_DATABASE_URL: options.databaseUrl,
      SMSTRATEGY_TEST_API_URL: options.standIn.apiUrl,
      SMSTRATEGY_TEST_NOW: options.now,
      ...options.env,
    },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  children.push(child);
  child.stderr!.resume();
  let out = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // Each pass's result, in order, for pass() to take.
  const results: Pass[] = [];
  let waiting: ((p: Pass) => void) | undefined;
  let partial = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    partial += chunk.toString('utf8');
    const lines = partial.split('\n');
    partial = lines.pop()!;
    for (const line of lines.filter((l) => l.startsWith('{'))) {
      const result = JSON.parse(line) as Pass;
      if (waiting) {
        const w = waiting;
        waiting = undefined;
        w(result);
      } else results.push(result);
    }
  });
  const ready = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`scheduler process not ready within ${START_PATIENCE_MS} ms`)),
      START_PATIENCE_MS,
    );
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      if (out.startsWith('ready\n')) {
        clearTimeout(timer);
        resolve();
      }
    });
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error('scheduler process exited before it was ready'));
    });
  });
  const result = exited.then(() => {
    const line = out.split('\n').find((l) => l.startsWith('{'));
    return line ? (JSON.parse(line) as Pass) : undefined;
  });
  return {
    child,
    ready,
    result,
    exited,
    go: () => child.stdin!.write('go\n'),
    pass(now) {
      options.standIn.clock = new TestClock(now);
      child.stdin!.write(`pass ${now}\n`);
      const ready = results.shift();
      if (ready) return Promise.resolve(ready);
      return new Promise<Pass>((resolve, reject) => {
        waiting = resolve;
        void exited.then(() => reject(new Error('scheduler process exited during a pass')));
      });
    },
    async close() {
      child.stdin!.end();
      await exited;
    },
    async kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
}

/** Kills every child still running (after each test). */
export function killAll(): void {
  for (const c of children.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
}

export interface Shared {
  /** The SQLite file the processes share… */
  dbPath: string;
  /** …as their DATABASE_URL. */
  databaseUrl: string;
  standIn: SlackStandIn;
}

/**
 * For each test: a temporary SQLite file for the processes to share and a stand-in for them.
 * After the test every child still running is killed, and both are removed.
 */
export function sharedSqliteForEachTest(): Shared {
  const shared = {} as Shared;
  let dir = '';
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'smstrategy-shared-'));
    shared.dbPath = join(dir, 'shared.db');
    shared.databaseUrl = `file:${shared.dbPath}`;
    shared.standIn = await SlackStandIn.start();
  });
  afterEach(async () => {
    killAll();
    await shared.standIn.stop();
    rmSync(dir, { recursive: true, force: true });
  });
  return shared;
}
