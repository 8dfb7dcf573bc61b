import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOT_TOKEN, freePort } from '../support/harness.js';
import { PROCESS_TEST_MS, type Spawned, spawnApp } from '../support/process.js';
import { SIGNING_SECRET, sign } from '../support/signing.js';
import { type Json, SlackStandIn } from '../support/slack-stand-in.js';

// The built-up attacks, against the app as `npm start` runs it, in a process of its own: a flood of
// large unsigned bodies must not cost it its memory, and no body, however malformed, may take it
// down. `npm test` fuzzes a few hundred bodies; `npm run test:reliability` 5,000.

const FUZZ_RUNS = process.env.SMSTRATEGY_RELIABILITY ? 5_000 : 300;
const FLOOD = 100;
const FLOOD_BODY = 4 * 1024 * 1024;
const MEMORY_BOUND_MB = 50;
const FORGED_BOUND_MB = 100;
const FORM = 'application/x-www-form-urlencoded';
const JSON_TYPE = 'application/json';

let standIn: SlackStandIn;
let cwd: string;
let app: Spawned;
let url: string;

beforeAll(async () => {
  standIn = await SlackStandIn.start();
  cwd = mkdtempSync(join(tmpdir(), 'smstrategy-hostile-'));
  const port = await freePort();
  url = `http://127.0.0.1:${port}`;
  app = spawnApp(
    {
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: standIn.apiUrl,
      PORT: String(port),
      LOG_LEVEL: 'info',
    },
    cwd,
  );
  await app.up;
}, PROCESS_TEST_MS);

afterAll(async () => {
  app?.child.kill('SIGTERM');
  await app?.exited;
  await standIn?.stop();
  rmSync(cwd, { recursive: true, force: true });
});

/** One POST on a connection of its own; the status, or 0 when the server hung up without one. */
function post(
  body: Buffer | string,
  headers: Record<string, string>,
  options: { chunked?: boolean } = {},
): Promise<number> {
  return new Promise((resolve) => {
    const req = request(`${url}/slack/events`, { method: 'POST', agent: false, headers }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
      res.on('error', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', () => resolve(0));
    if (!options.chunked) {
      req.end(body);
      return;
    }
    // Streamed without a length, 64 kB at a time, until the server answers or hangs up.
    const data = Buffer.isBuffer(body) ? body : Buffer.from(body);
    let at = 0;
    const pump = () => {
      while (at < data.length && !req.destroyed) {
        const more = req.write(data.subarray(at, at + 65_536));
        at += 65_536;
        if (!more) return void req.once('drain', pump);
      }
      req.end();
    };
    pump();
  });
}

function signedHeaders(body: string, contentType: string): Record<string, string> {
  const ts = Math.floor(Date.now() / 1000);
  return {
    'content-type': contentType,
    'content-length': String(Buffer.byteLength(body)),
    'x-slack-request-timestamp': String(ts),
    'x-slack-signature': sign(body, ts),
  };
}

const status = (pid: number) => readFileSync(`/proc/${pid}/status`, 'utf8');
const kb = (text: string, field: string) =>
  Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(text)?.[1]);

describe('a flood of large unsigned bodies', () => {
  it(
    `costs little memory: ${FLOOD} concurrent 4 MB bodies without a signature add at most ${MEMORY_BOUND_MB} MB, ${FLOOD} streamed with a forged one at most ${FORGED_BOUND_MB} MB`,
    async () => {
      const pid = app.child.pid!;
      const body = Buffer.alloc(FLOOD_BODY, 'x');
      // The same flood with one-byte bodies first, so that what the requests themselves cost (the
      // heap growing to its working size, sockets, log lines) is in the baseline; then the peak
      // (VmHWM) starts again from the resident size now.
      for (let round = 0; round < 3; round++) {
        const tiny = Buffer.from('x');
        await Promise.all(
          Array.from({ length: FLOOD }, () => post(tiny, { 'content-type': FORM, 'content-length': '1' })),
        );
      }
      /** What `flood` added to the process's resident size at its peak, in MB. */
      const peakOf = async (flood: () => Promise<number[]>): Promise<[number, number[]]> => {
        writeFileSync(`/proc/${pid}/clear_refs`, '5');
        const before = kb(status(pid), 'VmRSS');
        const statuses = await flood();
        return [(kb(status(pid), 'VmHWM') - before) / 1024, statuses];
      };
      const [unsignedMb, unsigned] = await peakOf(() =>
        Promise.all(
          Array.from({ length: FLOOD }, () =>
            post(body, { 'content-type': FORM, 'content-length': String(body.length) }),
          ),
        ),
      );
      const ts = String(Math.floor(Date.now() / 1000));
      const [forgedMb, forged] = await peakOf(() =>
        Promise.all(
          Array.from({ length: FLOOD }, () =>
            post(
              body,
              {
                'content-type': FORM,
                'x-slack-request-timestamp': ts,
                'x-slack-signature': `v0=${'0'.repeat(64)}`,
              },
              { chunked: true },
            ),
          ),
        ),
      );
      const count = (all: number[]) => {
        const by = new Map<number, number>();
        for (const s of all) by.set(s, (by.get(s) ?? 0) + 1);
        return [...by].map(([s, n]) => `${n}× ${s === 0 ? 'reset' : s}`).join(', ');
      };
      console.log(
        `reliability: ${FLOOD} concurrent unsigned 4 MB bodies added ${unsignedMb.toFixed(1)} MB at peak (${count(unsigned)}); ` +
          `${FLOOD} streamed with a forged signature added ${forgedMb.toFixed(1)} MB (${count(forged)})`,
      );
      // Refused unread: the answer, or a reset when the server closed on an upload still under way.
      expect(unsigned.every((s) => s === 401 || s === 0)).toBe(true);
      expect(unsigned).toContain(401);
      expect(forged.every((s) => [401, 413, 503, 0].includes(s))).toBe(true);
      expect(unsignedMb).toBeLessThanOrEqual(MEMORY_BOUND_MB);
      // A body streamed without a length must be read up to the limit before it can be refused:
      // at most 8 MiB of it is held at once, but what was read and dropped waits for the garbage
      // collector, which V8 runs on such memory only after some 64 MB of it.
      expect(forgedMb).toBeLessThanOrEqual(FORGED_BOUND_MB);
      expect((await fetch(`${url}/healthz`)).status).toBe(200);
    },
    PROCESS_TEST_MS,
  );
});

// ---- fuzzing -----------------------------------------------------------------------------------

let seq = 0;
const responseUrl = () => standIn.responseUrl();

/** Bodies of every kind the app handles, as Slack sends them; the fuzzer breaks them. */
function wellFormed(): { kind: 'command' | 'interaction' | 'event'; body: Json }[] {
  seq += 1;
  const who = { team: { id: 'T1', domain: 'acme' }, user: { id: 'U1', team_id: 'T1' }, api_app_id: 'A1' };
  const view = (callback: string) => ({
    id: `V${seq}`,
    type: 'modal',
    team_id: 'T1',
    callback_id: callback,
    private_metadata: JSON.stringify({ strategyId: 's1', step: 0, k: 'listening', s: 's1' }),
    state: { values: { b1: { a1: { type: 'plain_text_input', value: 'text' } } } },
    hash: 'h',
  });
  return [
    {
      kind: 'command',
      body: {
        command: '/smstrategy',
        text: 'status',
        team_id: 'T1',
        user_id: 'U1',
        channel_id: 'C1',
        channel_name: 'fuzz',
        response_url: responseUrl(),
        trigger_id: `t.${seq}`,
      },
    },
    {
      kind: 'interaction',
      body: {
        ...who,
        type: 'block_actions',
        trigger_id: `t.${seq}`,
        channel: { id: 'C1', name: 'fuzz' },
        container: { type: 'message', message_ts: '1.000001', channel_id: 'C1' },
        message: { ts: '1.000001', text: '' },
        response_url: responseUrl(),
        actions: [{ action_id: 'help_status', block_id: 'b', type: 'button', value: 'v', action_ts: '1' }],
      },
    },
    {
      kind: 'interaction',
      body: {
        ...who,
        type: 'block_actions',
        trigger_id: `t.${seq}`,
        container: { type: 'view', view_id: 'V1' },
        view: view('assessment'),
        actions: [{ action_id: 'assessment_back', block_id: 'b', type: 'button', action_ts: '1' }],
      },
    },
    ...['assessment', 'phase_modal', 'metric_add', 'metric_checkin', 'schedule_modal'].map((callback) => ({
      kind: 'interaction' as const,
      body: { ...who, type: 'view_submission', view: view(callback), response_urls: [] },
    })),
    {
      kind: 'interaction',
      body: { ...who, type: 'view_closed', view: view('assessment'), is_cleared: false },
    },
    ...['app_home_opened', 'tokens_revoked', 'user_change'].map((type) => ({
      kind: 'event' as const,
      body: {
        token: 'unused',
        team_id: 'T1',
        api_app_id: 'A1',
        type: 'event_callback',
        event_id: `EvFuzz${seq}`,
        event_time: 1,
        event: { type, user: 'U1', tab: 'home', tokens: { oauth: ['U1'] }, event_ts: '1.0' },
        authorizations: [{ team_id: 'T1', user_id: 'UBOT', is_bot: true, is_enterprise_install: false }],
      },
    })),
  ];
}

type Mutation =
  | { op: 'replace'; at: number; value: unknown }
  | { op: 'delete'; at: number }
  | { op: 'whole'; value: unknown };

/** Every path into a JSON value, so a mutation can pick one. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [prefix];
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return [prefix, ...entries.flatMap(([k, v]) => paths(v, [...prefix, k]))];
}

function mutate(body: Json, mutations: Mutation[]): unknown {
  let current: unknown = structuredClone(body);
  for (const m of mutations) {
    if (m.op === 'whole') {
      current = structuredClone(m.value);
      continue;
    }
    const all = paths(current).filter((p) => p.length > 0);
    if (all.length === 0) continue;
    const path = all[m.at % all.length]!;
    const parent = path.slice(0, -1).reduce<any>((o, k) => o[k], current);
    const key = path.at(-1)!;
    if (m.op === 'delete') {
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete parent[key];
    } else parent[key] = structuredClone(m.value);
  }
  return current;
}

const oddValue = fc.oneof(
  fc.constantFrom(null, true, false, 0, -1, 1e308, '', 'x', [], {}, [null], { id: null }),
  fc.jsonValue({ maxDepth: 2 }),
);
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ op: fc.constant('replace' as const), at: fc.nat(), value: oddValue }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('delete' as const), at: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('whole' as const), value: oddValue }) },
);

/** How a mutated body travels: as Slack would send its kind, or in the other encoding. */
function encode(kind: 'command' | 'interaction' | 'event', value: unknown, swap: boolean): [string, string] {
  const asForm = kind === 'event' ? swap : !swap;
  if (!asForm) return [JSON.stringify(value) ?? 'null', JSON_TYPE];
  if (kind === 'command' && value && typeof value === 'object' && !Array.isArray(value)) {
    const form = new URLSearchParams();
    for (const [k, v] of Object.entries(value))
      for (const item of Array.isArray(v) ? v : [v])
        form.append(k, typeof item === 'string' ? item : JSON.stringify(item));
    return [form.toString(), FORM];
  }
  return [new URLSearchParams({ payload: JSON.stringify(value) ?? 'null' }).toString(), FORM];
}

describe('malformed signed bodies', () => {
  it(
    `never crash the process: ${FUZZ_RUNS} bodies, each answered 2xx or 4xx`,
    async () => {
      const statuses = new Map<number, number>();
      const sample = fc.sample(
        fc.record({
          base: fc.nat(),
          mutations: fc.array(mutation, { minLength: 1, maxLength: 3 }),
          swap: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
        }),
        { numRuns: FUZZ_RUNS, seed: Number(process.env.FUZZ_SEED ?? 20261127) },
      );
      const server: string[] = [];
      let next = 0;
      await Promise.all(
        Array.from({ length: 8 }, async () => {
          while (next < sample.length) {
            const { base, mutations, swap } = sample[next++]!;
            const bases = wellFormed();
            const { kind, body } = bases[base % bases.length]!;
            const [text, contentType] = encode(kind, mutate(body, mutations), swap);
            const s = await post(text, signedHeaders(text, contentType));
            statuses.set(s, (statuses.get(s) ?? 0) + 1);
            if (s >= 500 || s === 0) server.push(`${s}: ${text.slice(0, 300)}`);
          }
        }),
      );
      const health = await fetch(`${url}/healthz`);
      const log = app.stdout();
      const lastResort = log
        .split('\n')
        .filter((l) => /unhandled promise rejection|uncaught exception/.test(l));
      console.log(
        `reliability: fuzzed ${FUZZ_RUNS} malformed signed bodies: ` +
          [...statuses.entries()]
            .sort(([a], [b]) => a - b)
            .map(([s, n]) => `${n}× ${s}`)
            .join(', ') +
          `; ${app.child.exitCode === null ? 0 : 1} crashes, /healthz ${health.status}`,
      );
      expect(server).toEqual([]);
      expect(lastResort).toEqual([]);
      expect(app.child.exitCode).toBeNull();
      expect(health.status).toBe(200);
    },
    PROCESS_TEST_MS,
  );
});
