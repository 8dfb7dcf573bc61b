import { randomUUID } from 'node:crypto';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { type Application, type ApplicationOptions, createApplication } from '../../src/app.js';
import { type Config, loadConfig } from '../../src/config.js';
import type { LanguageChoice } from '../../src/domain/language.js';
import { configSecrets, createLogger } from '../../src/logger.js';
import { type Db, migrateToLatest, openDatabase } from '../../src/storage/db.js';
import { TestClock } from './clock.js';
import { SIGNING_SECRET, type SignedPostOptions, signedPost } from './signing.js';
import { type Json, PATIENCE_MS, SlackStandIn, type StandInUser } from './slack-stand-in.js';

export const BOT_TOKEN = 'xoxb-1111-2222-standintoken';
export const APP_TOKEN = 'xapp-1-A111-2222-standinapptoken';

/** Someone in Slack, and the language they have chosen in the app (none: the defaults decide). */
export type TestUser = StandInUser & { chosenLanguage?: LanguageChoice };

/**
 * The two people most tests need, both in Helsinki and both using Slack in English (Slack has no
 * Finnish): U1 has chosen nothing, UFI has chosen Finnish for themselves with
 * `/smstrategy language me fi` in workspace T1 (TestApp.start sends it).
 */
export const U1: TestUser = { id: 'U1', locale: 'en-US', tz: 'Europe/Helsinki' };
export const UFI: TestUser = { id: 'UFI', locale: 'en-US', tz: 'Europe/Helsinki', chosenLanguage: 'fi' };

/** A message or reply as one text: its fallback text and every block, to search for what it says. */
export const textOf = (message: Json): string =>
  [message.text, ...(message.blocks ?? []).map((b: Json) => JSON.stringify(b))].join('\n');

export interface Who {
  team?: string;
  user?: string;
  channel?: string;
  channelName?: string;
}

export interface TestAppOptions {
  /** Extra or replacing environment variables. */
  env?: Record<string, string | undefined>;
  clock?: TestClock;
  users?: TestUser[];
  transport?: 'http' | 'socket';
  /** Reuse a stand-in (several app processes against one Slack). */
  standIn?: SlackStandIn;
  /** Reuse a database (a restart, or a second process on the same data): a DATABASE_URL. */
  databaseUrl?: string;
  /** Scheduler options; by default no automatic tick: tests call `app.scheduler.tick()`. */
  scheduler?: ApplicationOptions['scheduler'];
  /** How start-up waits between tries at an unreachable database or Slack; short by default. */
  startBackoff?: ApplicationOptions['startBackoff'];
  /** How long a modal's save may run before the modal says "Saving…" (10 s by default: see start). */
  savingAfterMs?: number;
  /** Wraps the database the app opens (e.g. with a plugin that holds some writes back). */
  wrapDb?: (db: Db) => Db;
  /** The HTTP API's limits (per-token rate, body size). */
  api?: ApplicationOptions['api'];
}

/** Tests wait for a database or a Slack to come back: they try again often. */
const TEST_BACKOFF = { firstMs: 50, maxMs: 500 };

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * A fresh, empty database for one test app: a temporary SQLite file, or a new schema in the
 * PostgreSQL database TEST_DATABASE_URL names (`npm run test:pg`). `drop` removes the file; the
 * schemas of a run are dropped together when it ends (test/global-setup.ts).
 */
let sqliteTemplate: Promise<string> | undefined;

/**
 * A SQLite file with every migration applied, made once per test worker: each test's database
 * starts as a copy of it, so hundreds of tests do not each run the migrations again (the app still
 * checks them at start-up, and finds none pending).
 */
function migratedSqliteTemplate(): Promise<string> {
  sqliteTemplate ??= (async () => {
    const dir = mkdtempSync(join(tmpdir(), 'smstrategy-template-'));
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    const path = join(dir, 'template.db');
    const db = openDatabase({ kind: 'sqlite', path });
    try {
      await migrateToLatest(db);
    } finally {
      // Closing checkpoints the write-ahead log into the file, so the file alone is the database.
      await db.destroy();
    }
    return path;
  })();
  return sqliteTemplate;
}

export async function freshDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const server = process.env.TEST_DATABASE_URL;
  if (!server) {
    const dir = mkdtempSync(join(tmpdir(), 'smstrategy-test-'));
    copyFileSync(await migratedSqliteTemplate(), join(dir, 'test.db'));
    return {
      url: `file:${join(dir, 'test.db')}`,
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const run = process.env.SMSTRATEGY_TEST_RUN ?? 'norun';
  const schema = `t_${run}_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
  const client = new pg.Client({ connectionString: server });
  await client.connect();
  try {
    await client.query(`create schema ${schema}`);
  } finally {
    await client.end();
  }
  const url = new URL(server);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return { url: url.toString(), drop: async () => {} };
}

let triggerSeq = 0;

/** What every interaction payload carries: its type, the workspace and user, and a fresh trigger. */
function envelope(type: string, who: Who): Json {
  triggerSeq += 1;
  const team = who.team ?? 'T1';
  const user = who.user ?? 'U1';
  return {
    type,
    team: { id: team, domain: 'acme' },
    user: { id: user, username: user.toLowerCase(), team_id: team },
    api_app_id: 'A1',
    token: 'verification-token-unused',
    trigger_id: `trigger.${triggerSeq}`,
  };
}

// A view the app answered with (`response_action: update`) has no id or hash of its own in the
// test: Slack keeps the modal's id and gives each version a new hash. Each such view object gets
// one here, the same every time it is submitted, as a replayed submission would carry.
const identities = new WeakMap<object, { id: string; hash: string }>();
let viewSeq = 0;

function identityOf(view: Json): { id: string; hash: string } {
  if (typeof view.id === 'string' && typeof view.hash === 'string') return { id: view.id, hash: view.hash };
  let identity = identities.get(view);
  if (!identity) {
    viewSeq += 1;
    identity = { id: view.id ?? `VANSWER${viewSeq}`, hash: `hanswer.${viewSeq}` };
    identities.set(view, identity);
  }
  return identity;
}

/** A view as Slack sends it back with a submission or a close: the inputs' values in its state. */
function viewState(view: Json, values: Json, who: Who): Json {
  return { ...view, ...identityOf(view), team_id: who.team ?? 'T1', state: { values } };
}

/** The real app, booted on a free port against a stand-in Slack and a fresh SQLite file. */
export class TestApp {
  private ownsStandIn = false;
  private dropDatabase: (() => Promise<void>) | undefined;

  private constructor(
    readonly standIn: SlackStandIn,
    readonly app: Application,
    readonly config: Config,
    readonly clock: TestClock,
    readonly databaseUrl: string,
    /** Every log line the app wrote, as JSON text. */
    readonly logs: string[],
  ) {}

  static async start(options: TestAppOptions = {}): Promise<TestApp> {
    const { t, started } = await TestApp.launch(options);
    try {
      await started;
    } catch (err) {
      await t.stop();
      throw err;
    }
    return t;
  }

  /**
   * The app created and its start-up under way, not awaited: for tests of what it does while the
   * database or Slack is not there yet. `started` is its app.start().
   */
  static async launch(options: TestAppOptions = {}): Promise<{ t: TestApp; started: Promise<void> }> {
    const standIn = options.standIn ?? (await SlackStandIn.start());
    for (const { chosenLanguage: _, ...u } of options.users ?? []) standIn.addUser(u);
    const fresh = options.databaseUrl ? undefined : await freshDatabase();
    const databaseUrl = options.databaseUrl ?? fresh!.url;
    const logs: string[] = [];
    const clock = options.clock ?? new TestClock();
    standIn.clock = clock;
    // A free port can be taken by another test's server between our check and the app's listen:
    // then the app is created again on another one.
    let opened: { app: Application; config: Config } | undefined;
    for (let attempt = 1; !opened; attempt += 1) {
      const config = loadConfig({
        SLACK_BOT_TOKEN: BOT_TOKEN,
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        SLACK_API_URL: standIn.apiUrl,
        DATABASE_URL: databaseUrl,
        PORT: String(await freePort()),
        LOG_LEVEL: 'debug',
        ...(options.transport === 'socket' ? { SLACK_APP_TOKEN: APP_TOKEN } : {}),
        ...options.env,
      });
      const logger = createLogger(
        config.logLevel,
        { write: (line: string) => void logs.push(line) },
        { secrets: configSecrets(config) },
      );
      const app = await createApplication({
        config,
        logger,
        clock,
        scheduler: options.scheduler ?? { tick: false },
        startBackoff: options.startBackoff ?? TEST_BACKOFF,
        // A busy test machine can make an ordinary save take two seconds; only the slow-save tests
        // want the "Saving…" answer, and they ask for it with a short wait of their own.
        savingAfterMs: options.savingAfterMs ?? 10_000,
        ...(options.wrapDb ? { db: options.wrapDb(openDatabase(config.database)) } : {}),
        ...(options.api ? { api: options.api } : {}),
      });
      try {
        await app.listen();
        opened = { app, config };
      } catch (err) {
        await app.stop().catch(() => app.db.destroy());
        const inUse = (err as { code?: string }).code === 'EADDRINUSE';
        if (!inUse || options.env?.PORT || attempt >= 5) throw err;
      }
    }
    const { app, config } = opened;
    const testApp = new TestApp(standIn, app, config, clock, databaseUrl, logs);
    testApp.ownsStandIn = !options.standIn;
    testApp.dropDatabase = fresh?.drop;
    const started = app.start().then(async () => {
      if (config.transport === 'socket') await standIn.waitForSocket();
      for (const u of options.users ?? [])
        if (u.chosenLanguage) await testApp.chooseLanguage(u.id, u.chosenLanguage, { team: u.team_id });
    });
    // A test that expects start-up to fail awaits `started` itself.
    started.catch(() => {});
    return { t: testApp, started };
  }

  /** `/healthz` as a load balancer sees it: the status and the parts. */
  async health(): Promise<{ status: number; body: Record<string, unknown> }> {
    const res = await fetch(`${this.url}/healthz`);
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  }

  /** Asks `/healthz` until it answers as `wanted` says (start-up waiting, an outage noticed). */
  async healthUntil(
    wanted: (h: { status: number; body: Record<string, unknown> }) => boolean,
    timeoutMs = PATIENCE_MS,
  ): Promise<{ status: number; body: Record<string, unknown> }> {
    const deadline = Date.now() + timeoutMs;
    let last: { status: number; body: Record<string, unknown> } | undefined;
    for (;;) {
      last = await this.health().catch(() => undefined);
      if (last && wanted(last)) return last;
      if (Date.now() > deadline)
        throw new Error(`/healthz never answered as wanted; last: ${JSON.stringify(last)}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  get url(): string {
    return `http://127.0.0.1:${this.config.port}`;
  }

  get eventsUrl(): string {
    return `${this.url}/slack/events`;
  }

  async stop(): Promise<void> {
    await this.app.stop();
    if (this.ownsStandIn) await this.standIn.stop();
    await this.dropDatabase?.();
  }

  // ---- requests, signed as Slack signs them ---------------------------------------------------

  postForm(fields: Record<string, string>, options?: SignedPostOptions): Promise<Response> {
    return signedPost(
      this.eventsUrl,
      new URLSearchParams(fields).toString(),
      'application/x-www-form-urlencoded',
      options,
    );
  }

  postJson(body: Json, options?: SignedPostOptions): Promise<Response> {
    return signedPost(this.eventsUrl, JSON.stringify(body), 'application/json', options);
  }

  /** A slash command's form fields, `text` as Slack sends what the person typed (see `commandText`). */
  commandPayload(text: string, who: Who = {}): Record<string, string> {
    triggerSeq += 1;
    return {
      token: 'verification-token-unused',
      team_id: who.team ?? 'T1',
      team_domain: 'acme',
      channel_id: who.channel ?? 'C1',
      channel_name: who.channelName ?? 'marketing',
      user_id: who.user ?? 'U1',
      user_name: (who.user ?? 'U1').toLowerCase(),
      command: '/smstrategy',
      text: this.standIn.commandText(text),
      api_app_id: 'A1',
      response_url: this.standIn.responseUrl(),
      trigger_id: `trigger.${triggerSeq}`,
    };
  }

  /**
   * A person's own language, chosen as people choose it: `/smstrategy language me …` in a direct
   * message with the app (no strategy there, so nothing else changes).
   */
  async chooseLanguage(user: string, choice: LanguageChoice, who: Who = {}): Promise<void> {
    await this.reply(`language me ${choice}`, {
      ...who,
      user,
      channel: `D${user}`,
      channelName: 'directmessage',
    });
  }

  /**
   * Sends `/smstrategy text` and returns the HTTP answer (or the Socket Mode ack): its status, the
   * payload sent, and the ack's body (undefined when empty), which Slack shows as the reply.
   */
  async command(
    text: string,
    who: Who = {},
  ): Promise<{ status: number; payload: Record<string, string>; ack: Json | undefined }> {
    const payload = this.commandPayload(text, who);
    if (this.config.transport === 'socket') {
      const message = await this.standIn.sendEnvelope('slash_commands', payload);
      const body = message.payload as Json | undefined;
      return { status: 200, payload, ack: body && Object.keys(body).length > 0 ? body : undefined };
    }
    const res = await this.postForm(payload);
    const body = await res.text();
    const ack = res.status === 200 && body !== '' ? (JSON.parse(body) as Json) : undefined;
    if (ack) this.standIn.commandAnswered(payload, ack);
    return { status: res.status, payload, ack };
  }

  /** Sends `/smstrategy text` and returns the reply, wherever the app sent it (see `replyTo`). */
  async reply(text: string, who: Who = {}): Promise<Json> {
    const sent = await this.command(text, who);
    if (sent.status !== 200) throw new Error(`/smstrategy ${text} answered HTTP ${sent.status}`);
    return this.replyTo(sent);
  }

  /**
   * A command's first reply as the person sees it: the ack's body when the app answered in the
   * ack, else what it sent to the command's response URL.
   */
  async replyTo(sent: { payload: Record<string, string>; ack?: Json | undefined }): Promise<Json> {
    if (sent.ack && (sent.ack.text !== undefined || sent.ack.blocks !== undefined)) return sent.ack;
    return (await this.standIn.waitForReply(sent.payload.response_url!)).args;
  }

  async interaction(payload: Json): Promise<Response> {
    if (this.config.transport === 'socket') {
      const ack = await this.standIn.sendEnvelope('interactive', payload);
      return new Response(JSON.stringify(ack.payload ?? {}), { status: 200 });
    }
    return this.postForm({ payload: JSON.stringify(payload) });
  }

  /** Clicks a button (or another block element) in a message or view. */
  async action(
    actionId: string,
    who: Who & {
      value?: string;
      blockId?: string;
      view?: Json;
      messageTs?: string;
      selected?: Json;
      /** A person picked in a users_select. */
      selectedUser?: string;
    } = {},
  ): Promise<{ status: number; responseUrl: string }> {
    const responseUrl = this.standIn.responseUrl();
    const res = await this.interaction({
      ...envelope('block_actions', who),
      ...(who.view
        ? { container: { type: 'view', view_id: who.view.id }, view: who.view }
        : {
            container: {
              type: 'message',
              message_ts: who.messageTs ?? '1.000001',
              channel_id: who.channel ?? 'C1',
            },
            channel: { id: who.channel ?? 'C1', name: who.channelName ?? 'marketing' },
            message: { ts: who.messageTs ?? '1.000001', text: '' },
            response_url: responseUrl,
          }),
      actions: [
        {
          action_id: actionId,
          block_id: who.blockId ?? 'b',
          type: who.selectedUser ? 'users_select' : who.selected ? 'static_select' : 'button',
          ...(who.value === undefined ? {} : { value: who.value }),
          ...(who.selected ? { selected_option: who.selected } : {}),
          ...(who.selectedUser ? { selected_user: who.selectedUser } : {}),
          action_ts: String(Date.now() / 1000),
        },
      ],
    });
    await res.text();
    return { status: res.status, responseUrl };
  }

  /** The view_submission payload Slack sends for a modal the app opened, with these state values. */
  submissionPayload(view: Json, values: Json, who: Who = {}): Json {
    return { ...envelope('view_submission', who), view: viewState(view, values, who), response_urls: [] };
  }

  /** Submits a modal the app opened, with the given state values. */
  async submit(view: Json, values: Json, who: Who = {}): Promise<{ status: number; body: Json }> {
    return this.send(this.submissionPayload(view, values, who));
  }

  /** Sends a submission payload (again, for a replay) and returns the app's answer. */
  async send(payload: Json): Promise<{ status: number; body: Json }> {
    const res = await this.interaction(payload);
    const text = await res.text();
    return { status: res.status, body: text ? (JSON.parse(text) as Json) : {} };
  }

  async closeView(view: Json, values: Json, who: Who = {}): Promise<number> {
    const { trigger_id: _none, ...closed } = envelope('view_closed', who);
    const res = await this.interaction({
      ...closed,
      view: viewState(view, values, who),
      is_cleared: false,
    });
    await res.text();
    return res.status;
  }

  /** A workspace admin deactivates (or reactivates) the user in Slack, and Slack tells the app. */
  async setDeactivated(
    userId: string,
    deleted = true,
    options: { team?: string } = {},
  ): Promise<{ status: number }> {
    return this.event(this.standIn.setDeactivated(userId, deleted), options);
  }

  /** Delivers an Events API event. */
  async event(
    event: Json,
    options: { team?: string; eventId?: string; retryNum?: number } = {},
  ): Promise<{ status: number }> {
    const team = options.team ?? 'T1';
    const body = {
      token: 'verification-token-unused',
      team_id: team,
      api_app_id: 'A1',
      event: { event_ts: String(Date.now() / 1000), ...event },
      type: 'event_callback',
      event_id: options.eventId ?? `Ev${++triggerSeq}`,
      event_time: Math.floor(Date.now() / 1000),
      authorizations: [{ team_id: team, user_id: 'UBOT', is_bot: true, is_enterprise_install: false }],
    };
    if (this.config.transport === 'socket') {
      await this.standIn.sendEnvelope('events_api', body);
      return { status: 200 };
    }
    const res = await this.postJson(
      body,
      options.retryNum === undefined
        ? {}
        : {
            headers: {
              'x-slack-retry-num': String(options.retryNum),
              'x-slack-retry-reason': 'http_timeout',
            },
          },
    );
    await res.text();
    return { status: res.status };
  }
}
