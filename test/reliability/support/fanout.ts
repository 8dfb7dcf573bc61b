import { type ChildProcess, spawn } from 'node:child_process';
import { ROOT } from '../../support/process.js';
import type { SlackStandIn } from '../../support/slack-stand-in.js';

// App processes for the fan-out faults and kills: each runs test/support/scheduler-process.ts (the
// real application, its clock fixed at `now`) on a shared SQLite file against the test's stand-in.

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
  go(): void;
  kill(): Promise<void>;
}

export const children: ChildProcess[] = [];

export function schedulerChild(
  dbPath: string,
  standIn: SlackStandIn,
  now: string,
  env: Record<string, string> = {},
): SchedulerChild {
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/support/scheduler-process.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      SMSTRATEGY_TEST_DB: dbPath,
      SMSTRATEGY_TEST_API_URL: standIn.apiUrl,
      SMSTRATEGY_TEST_NOW: now,
      ...env,
    },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  children.push(child);
  child.stderr!.resume();
  let out = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      if (out.startsWith('ready\n')) resolve();
    });
    void exited.then(() => reject(new Error('scheduler process exited before it was ready')));
  });
  const result = exited.then(() => {
    const line = out.split('\n').find((l) => l.startsWith('{'));
    return line ? (JSON.parse(line) as Pass) : undefined;
  });
  return {
    child,
    ready,
    result,
    go: () => child.stdin!.write('go\n'),
    async kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
}

export function killAll(): void {
  for (const c of children.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
}

/** Posts Slack completed and answered ok, by channel (a call cut off by a dying process never completed). */
export function postsByChannel(standIn: SlackStandIn): Map<string, string[]> {
  const by = new Map<string, string[]>();
  for (const c of standIn.callsOf('chat.postMessage')) {
    if (!c.result?.ok) continue;
    const channel = String(c.args.channel);
    by.set(channel, [...(by.get(channel) ?? []), String(c.result.ts)]);
  }
  return by;
}
