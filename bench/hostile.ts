import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '../src/storage/db.js';
import { insertMetric } from '../src/storage/metrics.js';
import { freePort } from '../test/support/harness.js';
import { SIGNING_SECRET, sign } from '../test/support/signing.js';
import { SlackStandIn } from '../test/support/slack-stand-in.js';
import { MAIN_TS, type Measurement, ms, type Proc, type Row, startProcess } from './lib.js';
import { channelOf, seed, teamOf } from './seed.js';

// Hostile input: the worst delay of the app's event loop (perf_hooks monitorEventLoopDelay, in
// the app's own process) while CONCURRENCY requests at a time come from an attacker: commands of
// 400,000 characters, typos of a long metric name against 60 metrics, modal submissions with 100
// fields of 3,000 characters, bodies of 4 MB unsigned and 1 MB with a forged signature, signed
// bodies that are JSON null. Then the same for ordinary `status` commands, for comparison.

const CONCURRENCY = Number(process.env.BENCH_HOSTILE_CONCURRENCY ?? 20);
const REQUESTS = Number(process.env.BENCH_HOSTILE_REQUESTS ?? 1_500);
const TARGET_MS = 50;
const PROBE = fileURLToPath(new URL('./loop-delay-probe.ts', import.meta.url));
const TEAM = teamOf(0);
const CHANNEL = channelOf(0);
const FORM = 'application/x-www-form-urlencoded';

interface Shot {
  kind: string;
  body: Buffer;
  headers: Record<string, string>;
}

function signedForm(fields: Record<string, string>): Omit<Shot, 'kind'> {
  const body = new URLSearchParams(fields).toString();
  const ts = Math.floor(Date.now() / 1000);
  return {
    body: Buffer.from(body),
    headers: {
      'content-type': FORM,
      'x-slack-request-timestamp': String(ts),
      'x-slack-signature': sign(body, ts),
    },
  };
}

function command(text: string, standIn: SlackStandIn): Omit<Shot, 'kind'> {
  return signedForm({
    command: '/smstrategy',
    text,
    team_id: TEAM,
    user_id: 'UATTACK',
    channel_id: CHANNEL,
    channel_name: 'bench',
    response_url: standIn.responseUrl(),
    trigger_id: `hostile.${randomUUID()}`,
  });
}

/** The attacker's repertoire, signed when the attacker would have the secret. */
function hostileShots(standIn: SlackStandIn): Shot[] {
  const metricName = `Newsletter subscribers from the ${'very '.repeat(8)}long campaign`;
  const typo = metricName.replace('subscribers', 'subscirbers');
  const fields = Object.fromEntries(
    Array.from({ length: 100 }, (_, i) => [
      `b${i}`,
      { a: { type: 'plain_text_input', value: 'x'.repeat(3_000) } },
    ]),
  );
  const submission = signedForm({
    payload: JSON.stringify({
      type: 'view_submission',
      team: { id: TEAM },
      user: { id: 'UATTACK', team_id: TEAM },
      view: {
        id: 'V1',
        callback_id: 'metric_add',
        private_metadata: '{}',
        state: { values: fields },
        hash: 'h',
      },
    }),
  });
  const huge = Buffer.alloc(4 * 1024 * 1024, 'x');
  const ts = String(Math.floor(Date.now() / 1000));
  const nullBody = 'payload=null';
  const nts = Math.floor(Date.now() / 1000);
  return [
    { kind: 'command of 400,000 characters', ...command('x'.repeat(400_000), standIn) },
    { kind: 'metric edit, a long name mistyped', ...command(`metric edit ${typo}`, standIn) },
    { kind: 'metric edit, 900 characters', ...command(`metric edit ${'n'.repeat(900)}`, standIn) },
    { kind: 'typo of a subcommand', ...command('stauts', standIn) },
    { kind: 'typo of a phase', ...command('phase lisetning', standIn) },
    { kind: 'submission, 100 fields of 3,000 characters', ...submission },
    { kind: 'unsigned 4 MB', body: huge, headers: { 'content-type': FORM } },
    {
      kind: 'forged signature, 1 MB',
      body: huge.subarray(0, 1024 * 1024 - 1),
      headers: {
        'content-type': FORM,
        'x-slack-request-timestamp': ts,
        'x-slack-signature': `v0=${'0'.repeat(64)}`,
      },
    },
    {
      kind: 'signed payload=null',
      body: Buffer.from(nullBody),
      headers: {
        'content-type': FORM,
        'x-slack-request-timestamp': String(nts),
        'x-slack-signature': sign(nullBody, nts),
      },
    },
  ];
}

function send(url: string, shot: Omit<Shot, 'kind'>): Promise<number> {
  return new Promise((resolve) => {
    const req = request(
      `${url}/slack/events`,
      {
        method: 'POST',
        agent: false,
        headers: { ...shot.headers, 'content-length': String(shot.body.length) },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', () => resolve(0));
    req.end(shot.body);
  });
}

async function flood(url: string, shots: () => Omit<Shot, 'kind'>[], count: number): Promise<number> {
  let left = count;
  let errors = 0;
  const all = shots();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (left > 0) {
        left -= 1;
        const status = await send(url, all[left % all.length]!);
        if (status >= 500) errors += 1;
      }
    }),
  );
  return errors;
}

/** What the probe in the app saw since the last reading. */
async function loopDelay(app: Proc): Promise<{ max: number; p99: number; own: number }> {
  const seen = app.stderr().length;
  app.child.kill('SIGUSR2');
  for (let i = 0; i < 200; i++) {
    const line = /loop-delay (\{.*\})/.exec(app.stderr().slice(seen));
    if (line) return JSON.parse(line[1]!);
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`the app's loop-delay probe did not answer: ${app.stderr()}`);
}

export async function measureHostile(): Promise<Row[]> {
  const dir = mkdtempSync(join(tmpdir(), 'smstrategy-bench-'));
  const standIn = await SlackStandIn.start();
  let app: Proc | undefined;
  try {
    const dbPath = join(dir, 'bench.db');
    await seed(dbPath, 1, 1);
    // Sixty metrics for the typo matcher to weigh a mistyped name against.
    const db = openDatabase({ kind: 'sqlite', path: dbPath });
    const strategy = await db.selectFrom('strategies').select('id').executeTakeFirstOrThrow();
    for (let i = 0; i < 60; i++)
      await insertMetric(
        db,
        { teamId: TEAM },
        {
          id: randomUUID(),
          strategyId: strategy.id,
          name: `Newsletter subscribers from the ${'very '.repeat(i % 9)}long campaign ${i}`,
          unit: 'subs',
          baseline: 1,
          target: 2,
          targetDate: '2030-01-01',
          ownerId: 'UADMIN',
          direction: 'up',
          cadence: 'weekly',
          at: Date.now(),
        },
      );
    await db.destroy();
    standIn.addUser({ id: 'UATTACK', locale: 'en-US' });
    app = await startProcess(
      MAIN_TS,
      {
        SLACK_BOT_TOKEN: 'xoxb-bench-token',
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        SLACK_API_URL: standIn.apiUrl,
        DATABASE_URL: `file:${dbPath}`,
        LOG_LEVEL: 'error',
      },
      await freePort(),
      { cwd: dir, nodeArgs: ['--import', PROBE] },
    );
    const shots = () => hostileShots(standIn);
    await flood(app.url, shots, 100);
    await loopDelay(app);
    const started = Date.now();
    const errors = await flood(app.url, shots, REQUESTS);
    const hostile = await loopDelay(app);
    const took = (Date.now() - started) / 1000;
    standIn.calls.length = 0;

    await flood(app.url, () => [command('status', standIn)], REQUESTS);
    const ordinary = await loopDelay(app);
    standIn.calls.length = 0;

    const kinds = hostileShots(standIn).length;
    return [
      {
        measure: `hostile input: worst event-loop delay, ${CONCURRENCY} concurrent`,
        value: `max ${ms(hostile.max)}, p99 ${ms(hostile.p99)}; the app's own work at most ${ms(hostile.own)}`,
        target: `< ${TARGET_MS} ms`,
        met: hostile.max < TARGET_MS,
        note:
          `${REQUESTS} requests of ${kinds} kinds in ${took.toFixed(1)} s (400,000-character commands, mistyped long metric names ` +
          `against 60 metrics, 100 fields of 3,000 characters, unsigned 4 MB, forged 1 MB, signed null)` +
          `${errors ? `, ${errors} answered 5xx` : ''}; ordinary \`status\` traffic: max ${ms(ordinary.max)}, p99 ${ms(ordinary.p99)}, own work at most ${ms(ordinary.own)}`,
      },
    ];
  } finally {
    await app?.stop();
    await standIn.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

export const hostile: Measurement = { name: 'hostile', run: () => measureHostile() };

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const row of await measureHostile()) console.log(row);
}
