import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { freePort } from '../test/support/harness.js';
import { SIGNING_SECRET, sign } from '../test/support/signing.js';
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

// Request path: signed `/smstrategy status` and `/smstrategy assess` at CONCURRENCY requests in
// flight, against the real app and a bare Bolt app (bench/bare-app.ts), both in processes of their
// own, measured in alternating segments of the same run so that a noisy machine hits both alike.
// A request is done when its reply is visible: for assess when views.open reached the stand-in;
// for status either the HTTP response itself, when the ack carries the reply as its body, or
// when the reply posted to response_url reached the stand-in (both are recognised, whichever the
// app does). Throughput counts done requests, latency is reported to the HTTP ack and to the reply.

const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 20);
const SEGMENT = Number(process.env.BENCH_SEGMENT ?? 300);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 8);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 200);
const REPLY_TIMEOUT_MS = 10_000;

export type Command = 'status' | 'assess';
export interface Where {
  team: string;
  channel: string;
}
type Target = 'app' | 'bare';

export interface Samples {
  acks: number[];
  replies: number[];
  elapsedMs: number;
  errors: number;
  /** How many replies came as the ack's body (the rest came to response_url or views.open). */
  inAck: number;
}

/** Whether an ack's body is a reply a user sees: a message with text or blocks. */
export function isReplyBody(body: string): boolean {
  if (!body.trim()) return false;
  try {
    const parsed = JSON.parse(body) as { text?: unknown; blocks?: unknown };
    return (
      (typeof parsed.text === 'string' && parsed.text.length > 0) ||
      (Array.isArray(parsed.blocks) && parsed.blocks.length > 0)
    );
  } catch {
    return false;
  }
}

const TEAM = teamOf(0);
const CHANNEL = channelOf(0);

export class LoadGenerator {
  private seq = 0;
  private readonly pending = new Map<string, () => void>();

  constructor(private readonly standIn: SlackStandIn) {
    standIn.onCall((call) => {
      const key =
        call.method === 'response_url'
          ? String(call.args.response_id)
          : call.method === 'views.open'
            ? String(call.args.trigger_id)
            : undefined;
      if (key) this.pending.get(key)?.();
    });
  }

  private async one(url: string, command: Command, out: Samples, where: Where): Promise<void> {
    this.seq += 1;
    // A different user every time, so nothing the real app caches about a person helps it, each a
    // workspace admin (in the stand-in's directory) so assess opens the editable step.
    const user = `UB${this.seq}`;
    this.standIn.addUser({ id: user, locale: 'en-US', is_admin: true });
    const responseUrl = this.standIn.responseUrl();
    const triggerId = `bench.${this.seq}`;
    const key = command === 'status' ? responseUrl.split('/').pop()! : triggerId;
    let timer: NodeJS.Timeout | undefined;
    const replied = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), REPLY_TIMEOUT_MS);
      this.pending.set(key, () => {
        clearTimeout(timer);
        resolve(true);
      });
    });
    const body = new URLSearchParams({
      token: 'unused',
      team_id: where.team,
      team_domain: 'bench',
      channel_id: where.channel,
      channel_name: 'bench',
      user_id: user,
      user_name: user.toLowerCase(),
      command: '/smstrategy',
      text: command,
      api_app_id: 'A1',
      response_url: responseUrl,
      trigger_id: triggerId,
    }).toString();
    const started = performance.now();
    const timestamp = Math.floor(Date.now() / 1000);
    try {
      const res = await fetch(`${url}/slack/events`, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'x-slack-request-timestamp': String(timestamp),
          'x-slack-signature': sign(body, timestamp),
        },
        body,
      });
      const answer = await res.text();
      const acked = performance.now();
      if (res.status !== 200) {
        out.errors += 1;
        return;
      }
      out.acks.push(acked - started);
      if (command === 'status' && isReplyBody(answer)) {
        out.inAck += 1;
        out.replies.push(acked - started);
      } else if (await replied) out.replies.push(performance.now() - started);
      else out.errors += 1;
    } finally {
      clearTimeout(timer);
      this.pending.delete(key);
    }
  }

  async segment(
    url: string,
    command: Command,
    count: number,
    where: (i: number) => Where = () => ({ team: TEAM, channel: CHANNEL }),
  ): Promise<Samples> {
    const out: Samples = { acks: [], replies: [], elapsedMs: 0, errors: 0, inAck: 0 };
    let left = count;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (left > 0) {
          left -= 1;
          await this.one(url, command, out, where(left));
        }
      }),
    );
    out.elapsedMs = performance.now() - started;
    // Keep the stand-in's record small: nothing here reads it back.
    this.standIn.calls.length = 0;
    return out;
  }
}

function merge(all: Samples[]): Samples {
  return {
    acks: all.flatMap((s) => s.acks).sort((a, b) => a - b),
    replies: all.flatMap((s) => s.replies).sort((a, b) => a - b),
    elapsedMs: all.reduce((n, s) => n + s.elapsedMs, 0),
    errors: all.reduce((n, s) => n + s.errors, 0),
    inAck: all.reduce((n, s) => n + s.inAck, 0),
  };
}

export interface RequestPathOptions {
  /** Extra node flags for the real app (e.g. --cpu-prof). */
  appNodeArgs?: string[];
}

export async function measureRequestPath(options: RequestPathOptions = {}): Promise<Row[]> {
  const dir = mkdtempSync(join(tmpdir(), 'smstrategy-bench-'));
  const standIn = await SlackStandIn.start();
  const procs: Proc[] = [];
  try {
    const dbPath = join(dir, 'bench.db');
    await seed(dbPath, 1, 1);
    const common = {
      SLACK_BOT_TOKEN: 'xoxb-bench-token',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: standIn.apiUrl,
    };
    const app = await startProcess(
      MAIN_TS,
      { ...common, DATABASE_URL: `file:${dbPath}`, LOG_LEVEL: 'info' },
      await freePort(),
      { cwd: dir, ...(options.appNodeArgs ? { nodeArgs: options.appNodeArgs } : {}) },
    );
    procs.push(app);
    const bare = await startProcess(BARE_APP, common, await freePort(), { cwd: dir });
    procs.push(bare);
    const urls: Record<Target, string> = { app: app.url, bare: bare.url };

    const load = new LoadGenerator(standIn);
    const commands: Command[] = ['status', 'assess'];
    for (const target of ['app', 'bare'] as const)
      for (const command of commands) await load.segment(urls[target], command, WARMUP);

    const samples = new Map<string, Samples[]>();
    for (let round = 0; round < ROUNDS; round++) {
      const order: Target[] = round % 2 === 0 ? ['app', 'bare'] : ['bare', 'app'];
      for (const command of commands)
        for (const target of order) {
          const key = `${target}:${command}`;
          samples.set(key, [...(samples.get(key) ?? []), await load.segment(urls[target], command, SEGMENT)]);
        }
    }

    const rows: Row[] = [];
    for (const command of commands) {
      const a = merge(samples.get(`app:${command}`)!);
      const b = merge(samples.get(`bare:${command}`)!);
      const rate = (s: Samples) => s.replies.length / (s.elapsedMs / 1000);
      const throughput = rate(a) / rate(b);
      const p99 = percentile(a.acks, 99) / percentile(b.acks, 99);
      const label = command === 'status' ? '`status`' : '`assess` (modal open)';
      const errors = a.errors + b.errors;
      const n = `${a.replies.length} + ${b.replies.length} requests`;
      // Where the status reply came: in the ack's body, or to response_url.
      const how = (x: Samples) =>
        x.inAck === x.replies.length
          ? 'in the ack'
          : x.inAck === 0
            ? 'to response_url'
            : `${x.inAck} of ${x.replies.length} in the ack`;
      const replies = command === 'status' ? `; reply: app ${how(a)}, yardstick ${how(b)}` : '';
      rows.push(
        {
          measure: `${label}: throughput, ${CONCURRENCY} concurrent`,
          value: `${throughput.toFixed(2)}× (app ${rate(a).toFixed(0)}/s, yardstick ${rate(b).toFixed(0)}/s)`,
          target: '≥ 0.9× the yardstick',
          met: throughput >= 0.9,
          note: `${n}${errors ? `, ${errors} failed` : ''}${replies}`,
        },
        {
          measure: `${label}: p99 to the HTTP ack`,
          value: `${p99.toFixed(2)}× (app ${ms(percentile(a.acks, 99))}, yardstick ${ms(percentile(b.acks, 99))})`,
          target: '≤ 1.2× the yardstick',
          met: p99 <= 1.2,
        },
        {
          measure: `${label}: p50 to the HTTP ack`,
          value: `app ${ms(percentile(a.acks, 50))}, yardstick ${ms(percentile(b.acks, 50))}`,
        },
        {
          measure: `${label}: p50 / p99 until the reply is visible`,
          value: `app ${ms(percentile(a.replies, 50))} / ${ms(percentile(a.replies, 99))}, yardstick ${ms(percentile(b.replies, 50))} / ${ms(percentile(b.replies, 99))}`,
        },
      );
    }
    return rows;
  } finally {
    for (const p of procs) await p.stop();
    await standIn.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** BENCH_APP_NODE_ARGS: node flags for the real app, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`. */
const appNodeArgs = process.env.BENCH_APP_NODE_ARGS?.split(' ').filter(Boolean);

export const requestPath: Measurement = {
  name: 'request path',
  run: () => measureRequestPath(appNodeArgs ? { appNodeArgs } : {}),
};

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const row of await measureRequestPath()) console.log(row);
}
