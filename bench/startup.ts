import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../test/support/harness.js';
import { ROOT, waitForHealthy } from '../test/support/process.js';
import { SIGNING_SECRET } from '../test/support/signing.js';
import { SlackStandIn } from '../test/support/slack-stand-in.js';

// Start-up time: from `npm start` (which builds first) to a 200 from /healthz, on a fresh
// SQLite database, against the local Slack stand-in. Prints min / median / max of several runs.

const RUNS = Number(process.env.RUNS ?? 5);

async function once(standIn: SlackStandIn): Promise<number> {
  const cwd = mkdtempSync(join(tmpdir(), 'smstrategy-bench-'));
  const port = await freePort();
  const started = Date.now();
  const child = spawn('npm', ['start', '--silent'], {
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
  });
  try {
    await waitForHealthy(`http://127.0.0.1:${port}`, 20_000);
    return Date.now() - started;
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.on('exit', r));
    rmSync(cwd, { recursive: true, force: true });
  }
}

export async function measureStartup(runs = RUNS): Promise<number[]> {
  const standIn = await SlackStandIn.start();
  try {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) times.push(await once(standIn));
    return times.sort((a, b) => a - b);
  } finally {
    await standIn.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const times = await measureStartup();
  const median = times[Math.floor(times.length / 2)]!;
  console.log(
    `npm start → healthy, ${times.length} runs: min ${times[0]} ms, median ${median} ms, max ${times.at(-1)} ms`,
  );
}
