import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../test/support/harness.js';
import { ROOT, waitForHealthy } from '../test/support/process.js';
import { SIGNING_SECRET } from '../test/support/signing.js';
import { SlackStandIn } from '../test/support/slack-stand-in.js';
import { dockerCommand, type Measurement, type Row } from './lib.js';

// Start-up time: from spawning the process to a 200 from /healthz, on a fresh SQLite database,
// against the local Slack stand-in. Prints min / median / max of several runs. Two ways to start:
// the Docker image's CMD (the built app through bin/start.sh, which sizes the heap; run without
// Docker) and `npm start`, which also runs the TypeScript build first.

const RUNS = Number(process.env.RUNS ?? 5);

export type StartCommand = 'image' | 'npm';
const image = dockerCommand();
const COMMANDS: Record<StartCommand, [string, string[]]> = {
  image: [image.argv[0]!, image.argv.slice(1)],
  npm: ['npm', ['start', '--silent']],
};

async function once(standIn: SlackStandIn, how: StartCommand): Promise<number> {
  const cwd = mkdtempSync(join(tmpdir(), 'smstrategy-bench-'));
  const port = await freePort();
  const started = Date.now();
  const [command, args] = COMMANDS[how];
  const child = spawn(command, args, {
    cwd: ROOT,
    env: {
      ...process.env,
      SLACK_BOT_TOKEN: 'xoxb-bench-token',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: standIn.apiUrl,
      DATABASE_URL: `file:${join(cwd, 'bench.db')}`,
      PORT: String(port),
      LOG_LEVEL: 'warn',
    },
    stdio: 'ignore',
    // Its own process group: npm does not pass SIGTERM on to the app it started, so the whole
    // group is stopped (otherwise every run leaves a running app behind).
    detached: true,
  });
  const exited = new Promise((r) => child.on('exit', r));
  try {
    await waitForHealthy(`http://127.0.0.1:${port}`, 20_000);
    return Date.now() - started;
  } finally {
    process.kill(-child.pid!, 'SIGTERM');
    await exited;
    // The app itself may outlive npm by a moment; wait until the group is gone.
    for (let i = 0; i < 100 && groupAlive(child.pid!); i++) await new Promise((r) => setTimeout(r, 20));
    rmSync(cwd, { recursive: true, force: true });
  }
}

function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

export async function measureStartup(runs = RUNS, how: StartCommand = 'npm'): Promise<number[]> {
  const standIn = await SlackStandIn.start();
  try {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) times.push(await once(standIn, how));
    return times.sort((a, b) => a - b);
  } finally {
    await standIn.stop();
  }
}

export const startup: Measurement = {
  name: 'start-up',
  async run(): Promise<Row[]> {
    const built = await measureStartup(RUNS, 'image');
    const npm = await measureStartup(Math.min(RUNS, 3), 'npm');
    const median = (t: number[]) => t[Math.floor(t.length / 2)]!;
    return [
      {
        measure: `start-up: \`${image.shown}\` (the Docker image's command) → healthy`,
        value: `${median(built)} ms median (min ${built[0]}, max ${built.at(-1)}, ${built.length} runs)`,
        target: '< 1,500 ms',
        met: median(built) < 1_500,
        note: 'fresh SQLite file, migrations included',
      },
      {
        measure: 'start-up: `npm start` → healthy',
        value: `${median(npm)} ms median (min ${npm[0]}, max ${npm.at(-1)}, ${npm.length} runs)`,
        note: 'includes the incremental TypeScript build npm start runs first',
      },
    ];
  },
};

if (import.meta.url === `file://${process.argv[1]}`) {
  const times = await measureStartup();
  const median = times[Math.floor(times.length / 2)]!;
  console.log(
    `npm start → healthy, ${times.length} runs: min ${times[0]} ms, median ${median} ms, max ${times.at(-1)} ms`,
  );
}
