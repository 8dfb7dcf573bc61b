import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
// Resolved from the project, since the child runs in a directory of its own.
const TSX = import.meta.resolve('tsx');

/**
 * How to run one of the app's entry points (`src/main.ts`, `src/cli.ts`) as its own process: the
 * JavaScript compiled once for this test run (test/global-setup.ts), as `npm start` runs it, or the
 * TypeScript through tsx when a test file runs without that setup.
 */
function entryPoint(name: 'main' | 'cli'): string[] {
  const build = process.env.SMSTRATEGY_TEST_BUILD;
  if (build) return [join(build, 'src', `${name}.js`)];
  return ['--import', TSX, fileURLToPath(new URL(`../../src/${name}.ts`, import.meta.url))];
}

/**
 * How long a child process may take to start. A tsx process on a busy two-core CI machine can take
 * tens of seconds to compile and boot; a correct build must not fail for it, and a passing wait
 * ends the moment the process is up.
 */
export const START_PATIENCE_MS = 60_000;
/** The timeout of a test that starts processes: room for two slow starts and the test's own work. */
export const PROCESS_TEST_MS = 2 * START_PATIENCE_MS + 30_000;

export interface Spawned {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
  /**
   * Resolves with the milliseconds from spawn to the app's own readiness line ("smstrategy is up",
   * logged once it listens); rejects if the process exits first or is not up within
   * START_PATIENCE_MS.
   */
  up: Promise<number>;
}

/** Runs the real entry point (src/main.ts) as its own process, as `npm start` would. */
export function spawnApp(env: Record<string, string>, cwd: string): Spawned {
  const started = performance.now();
  const child = spawn(process.execPath, entryPoint('main'), {
    cwd,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  let markUp: (ms: number) => void = () => {};
  child.stdout?.on('data', (d) => {
    out += String(d);
    if (isUp(out)) markUp(Math.round(performance.now() - started));
  });
  child.stderr?.on('data', (d) => {
    err += String(d);
  });
  // 'close', not 'exit': the process can be gone while the last of its output is still unread.
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  const up = new Promise<number>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`not up within ${START_PATIENCE_MS} ms; stderr: ${err}`)),
      START_PATIENCE_MS,
    );
    markUp = (ms) => {
      clearTimeout(timer);
      resolve(ms);
    };
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code} before it was up; stderr: ${err}`));
    });
  });
  // A test that expects the process to refuse to start never awaits `up`.
  up.catch(() => {});
  return { child, stdout: () => out, stderr: () => err, exited, up };
}

/** Whether the app's log (one JSON object a line) holds its readiness line. */
function isUp(log: string): boolean {
  return log.split('\n').some((line) => {
    try {
      return (JSON.parse(line) as { msg?: string }).msg === 'smstrategy is up';
    } catch {
      return false;
    }
  });
}

export async function waitForHealthy(url: string, timeoutMs = START_PATIENCE_MS): Promise<number> {
  const started = Date.now();
  for (;;) {
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.status === 200) return Date.now() - started;
    } catch {
      // not listening yet
    }
    if (Date.now() - started > timeoutMs) throw new Error(`not healthy within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Runs the operator CLI (src/cli.ts) as its own process and collects what it printed. */
export async function runCli(
  args: string[],
  env: Record<string, string>,
  cwd: string,
): Promise<{ code: number | null; stdout: Buffer; stderr: string }> {
  const child = spawn(process.execPath, [...entryPoint('cli'), ...args], {
    cwd,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const out: Buffer[] = [];
  let err = '';
  child.stdout?.on('data', (d: Buffer) => out.push(d));
  child.stderr?.on('data', (d) => {
    err += String(d);
  });
  // 'close', not 'exit': on a busy machine the process can exit before its last output is read.
  const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
  return { code, stdout: Buffer.concat(out), stderr: err };
}
