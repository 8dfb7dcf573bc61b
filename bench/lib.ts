import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROOT, waitForHealthy } from '../test/support/process.js';
import type { RecordedCall, SlackStandIn } from '../test/support/slack-stand-in.js';

// What every measurement shares: the table row, percentiles, and app processes of their own.

export interface Row {
  measure: string;
  value: string;
  target?: string;
  /** true: target met, false: missed, undefined: no target. */
  met?: boolean;
  note?: string;
}

export interface Measurement {
  name: string;
  run(): Promise<Row[]>;
}

export const TSX = import.meta.resolve('tsx');
export const BARE_APP = fileURLToPath(new URL('./bare-app.ts', import.meta.url));
export const MAIN_TS = fileURLToPath(new URL('../src/main.ts', import.meta.url));
export const MAIN_JS = fileURLToPath(new URL('../dist/src/main.js', import.meta.url));
export { ROOT };

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

export const ms = (n: number) => `${n < 10 ? n.toFixed(2) : n.toFixed(1)} ms`;
export const mb = (kb: number) => `${(kb / 1024).toFixed(1)} MB`;

export interface Proc {
  child: ChildProcess;
  url: string;
  stderr: () => string;
  stop(): Promise<void>;
}

/** Starts a Node entry point (TypeScript through tsx, or built JavaScript) and waits for /healthz. */
export async function startProcess(
  entry: string,
  env: Record<string, string>,
  port: number,
  options: { nodeArgs?: string[]; cwd?: string; healthyWithinMs?: number } = {},
): Promise<Proc> {
  const nodeArgs = options.nodeArgs ?? [];
  const args = entry.endsWith('.ts') ? ['--import', TSX, ...nodeArgs, entry] : [...nodeArgs, entry];
  return startCommand([process.execPath, ...args], env, port, options);
}

/** Starts a command line (program and arguments) that serves the app, and waits for /healthz. */
export async function startCommand(
  argv: string[],
  env: Record<string, string>,
  port: number,
  options: { cwd?: string; healthyWithinMs?: number } = {},
): Promise<Proc> {
  const [program, ...args] = argv;
  const entry = argv.join(' ');
  const child = spawn(program!, args, {
    cwd: options.cwd ?? ROOT,
    env: { PATH: process.env.PATH ?? '', ...env, PORT: String(port) },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let err = '';
  child.stderr?.on('data', (d) => {
    err += String(d);
  });
  const exited = new Promise<void>((r) => child.on('exit', () => r()));
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForHealthy(url, options.healthyWithinMs ?? 20_000);
  } catch (e) {
    child.kill('SIGKILL');
    throw new Error(`${entry} did not become healthy: ${String(e)}\n${err}`);
  }
  return {
    child,
    url,
    stderr: () => err,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Resident and peak resident size of a process, in kB (Linux /proc). */
export function residentKb(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const field = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rss: field('VmRSS'), peak: field('VmHWM') };
}

/**
 * Resident and peak resident size of a process and every process it started, added up, in kB:
 * a launcher that stayed alive next to the app would count too. Also how many processes that is.
 */
export function treeResidentKb(pid: number): { rss: number; peak: number; processes: number } {
  const parents = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The fields after the command name (which may hold spaces) start with state, then ppid.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parents.set(ppid, [...(parents.get(ppid) ?? []), Number(name)]);
    } catch {
      // The process has exited meanwhile.
    }
  }
  const total = { rss: 0, peak: 0, processes: 0 };
  const visit = (p: number) => {
    const own = residentKb(p);
    total.rss += own.rss;
    total.peak += own.peak;
    total.processes += 1;
    for (const c of parents.get(p) ?? []) visit(c);
  };
  visit(pid);
  return total;
}

export interface PostCount {
  /** How many messages have counted so far. */
  posted(): number;
  /** Resolves once `expected` messages counted, or after `timeoutMs` with fewer. */
  settled(timeoutMs: number): Promise<void>;
  /** Stops counting. */
  off(): void;
}

/**
 * Counts the messages the stand-in receives (chat.postMessage) until `expected` have come.
 * `counts` sees each call once Slack's answer is on it (the stand-in sets it right after it
 * records the call) and says whether it counts; by default every call does.
 */
export function countPosts(
  standIn: SlackStandIn,
  expected: number,
  counts: (call: RecordedCall) => boolean = () => true,
): PostCount {
  let posted = 0;
  let done: () => void = () => {};
  const all = new Promise<void>((r) => {
    done = r;
  });
  const off = standIn.onCall((call) => {
    if (call.method !== 'chat.postMessage') return;
    queueMicrotask(() => {
      if (!counts(call)) return;
      posted += 1;
      if (posted >= expected) done();
    });
  });
  return {
    posted: () => posted,
    async settled(timeoutMs) {
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([all, new Promise((r) => (timer = setTimeout(r, timeoutMs)))]);
      clearTimeout(timer);
    },
    off,
  };
}

/** A command line that starts the built app, as a deployment runs it. */
export interface Launch {
  /** How the table names it. */
  label: string;
  /** As written where it comes from. */
  shown: string;
  argv: string[];
  env: Record<string, string>;
}

/** A command line's words, `node` as this Node and paths of the package made absolute. */
function resolved(words: string[]): string[] {
  return words.map((w, i) =>
    i === 0 && w === 'node'
      ? process.execPath
      : !isAbsolute(w) && !w.startsWith('-') && existsSync(join(ROOT, w))
        ? join(ROOT, w)
        : w,
  );
}

/** What `npm start` runs after its prestart step: the start script, a plain command line. */
export function npmStart(): Launch {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: { start: string } };
  const script = pkg.scripts.start.trim();
  if (/[;&|<>$`'"\\]/.test(script))
    throw new Error(`the start script is more than one plain command, measure it by hand: ${script}`);
  return { label: 'as `npm start` runs it', shown: script, argv: resolved(script.split(/\s+/)), env: {} };
}

/** The Docker image's CMD (exec form) and the ENV of its last stage, with WORKDIR as the package. */
export function dockerCommand(): Launch {
  const dockerfile = readFileSync(join(ROOT, 'Dockerfile'), 'utf8').replace(/\\\n/g, ' ');
  const lastStage = dockerfile.slice(dockerfile.lastIndexOf('\nFROM '));
  const cmd = /^CMD\s+(\[.*\])\s*$/m.exec(lastStage)?.[1];
  if (!cmd) throw new Error('the Dockerfile has no CMD in exec form');
  const words = JSON.parse(cmd) as string[];
  const env: Record<string, string> = {};
  for (const line of lastStage.matchAll(/^ENV\s+(.*)$/gm))
    for (const pair of line[1]!.matchAll(/(\w+)=(\S+)/g)) env[pair[1]!] = pair[2]!;
  // The database and the port are the bench's own.
  delete env.DATABASE_URL;
  delete env.PORT;
  return { label: "in the Docker image's command", shown: words.join(' '), argv: resolved(words), env };
}
