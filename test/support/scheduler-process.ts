// One app process for the multi-process scheduler tests: boots the real application on a shared
// database (SMSTRATEGY_TEST_DATABASE_URL, or the SQLite file SMSTRATEGY_TEST_DB) against the
// parent's Slack stand-in, with its clock fixed at SMSTRATEGY_TEST_NOW.
// It prints "ready", runs one scheduler pass when it reads "go" on stdin, prints the pass's result
// as one JSON line (with its wall and CPU time and resident size), and exits. "pass <ISO time>"
// instead sets its clock to that time, runs a pass, prints its result and waits for more.
import { createInterface } from 'node:readline';
import { createApplication } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { TestClock } from './clock.js';
import { BOT_TOKEN } from './harness.js';
import { SIGNING_SECRET } from './signing.js';

const env = process.env;
const config = loadConfig({
  SLACK_BOT_TOKEN: BOT_TOKEN,
  SLACK_SIGNING_SECRET: SIGNING_SECRET,
  SLACK_API_URL: env.SMSTRATEGY_TEST_API_URL,
  DATABASE_URL: env.SMSTRATEGY_TEST_DATABASE_URL ?? `file:${env.SMSTRATEGY_TEST_DB}`,
  PORT: '0',
  LOG_LEVEL: 'info',
});
const logger = createLogger(config.logLevel, process.stderr);
const clock = new TestClock(env.SMSTRATEGY_TEST_NOW);
const app = await createApplication({
  config,
  logger,
  clock,
  scheduler: {
    tick: false,
    // SMSTRATEGY_TEST_SLEEP_SCALE shortens the waits between retries (Retry-After, backoff) for
    // tests that inject many faults; the order of events is the same.
    ...(env.SMSTRATEGY_TEST_SLEEP_SCALE
      ? {
          sleep: (ms: number) =>
            new Promise<void>((r) => setTimeout(r, ms * Number(env.SMSTRATEGY_TEST_SLEEP_SCALE))),
        }
      : {}),
  },
});

const lines = createInterface({ input: process.stdin });
process.stdout.write('ready\n');
async function pass(): Promise<void> {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const result = await app.scheduler.tick();
  const used = process.cpuUsage(cpu);
  const ms = Math.round(performance.now() - started);
  const cpuMs = Math.round((used.user + used.system) / 1000);
  process.stdout.write(
    `${JSON.stringify({ ...result, ms, cpuMs, rssKb: Math.round(process.memoryUsage().rss / 1024) })}\n`,
  );
}

for await (const line of lines) {
  const [word, at] = line.trim().split(/\s+/);
  if (word === 'pass' && at) {
    clock.set(at);
    await pass();
    continue;
  }
  if (word !== 'go') continue;
  await pass();
  break;
}
await app.db.destroy();
process.exit(0);
