import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';
import { checkMessage, checkView, viewTooLarge } from './block-kit.js';

// A local stand-in for the Slack Web API: it answers the methods the app calls, records every
// call, and can be told to fail. Tests read what a user would have seen from its records.

export type Json = Record<string, any>;

export interface RecordedCall {
  method: string;
  args: Json;
  token: string | undefined;
  at: number;
  /** What the stand-in answered (absent for faults). */
  result?: Json;
  /** The caller hung up (or died) before a held call was answered: Slack never completed it. */
  aborted?: boolean;
  /** A reply Slack shows: in which channel, and for an ephemeral one, to whom alone. */
  shown?: { channel: string; to?: string };
}

export interface StandInUser {
  id: string;
  name?: string;
  real_name?: string;
  locale?: string;
  tz?: string;
  is_admin?: boolean;
  is_owner?: boolean;
  is_bot?: boolean;
  deleted?: boolean;
  team_id?: string;
}

export type Fault =
  | { error: string }
  | { status: 429; retryAfter: number }
  | { status: 500 | 502 | 503 }
  /**
   * A response URL's refusal, as incoming webhooks answer: the status and the error as plain text
   * (404 channel_not_found, 410 channel_is_archived, 403 action_prohibited).
   */
  | { status: 400 | 403 | 404 | 410; body: string }
  | { delayMs: number }
  /** Answers (normally) only once `until` has settled: the test decides when. */
  | { until: Promise<unknown> }
  | { drop: true }
  /**
   * Slack does the call but the answer never reaches the caller (a timeout after the post);
   * `followedBy`: people post that many messages in the channel before the caller can look.
   */
  | { lost: true; followedBy?: number };

interface ArmedFault {
  method: string;
  fault: Fault;
  remaining: number;
  match: ((args: Json) => boolean) | undefined;
}

/**
 * A channel as Slack knows it. Channels no test described are public, with the bot in them and
 * every known user a member.
 */
export interface StandInChannel {
  id: string;
  name?: string;
  is_private?: boolean;
  /** User ids of the members (the bot aside). */
  members?: string[];
  /**
   * Whether the bot is a member; a private channel it is not in does not exist for it, and in a
   * public one it cannot post (the app has chat:write, not chat:write.public): not_in_channel.
   */
  bot_member?: boolean;
  /** Archived: conversations.info says so, and posting there fails with is_archived. */
  is_archived?: boolean;
}

/** conversations.members: Slack's default page, and the largest it accepts. */
const MEMBERS_PAGE = { defaultLimit: 100, maxLimit: 1000 } as const;

/** A message as conversations.history returns it. */
export interface StoredMessage {
  type: 'message';
  ts: string;
  text?: string;
  user?: string;
  bot_id?: string;
  blocks?: Json[];
  metadata?: Json;
}

/** Slack's 2025 limits for commercially distributed apps outside the Marketplace. */
export const REDUCED_HISTORY = { perMinute: 1, maxLimit: 15 } as const;
/** conversations.history's own `limit` rules for every other app. */
const STANDARD_HISTORY = { defaultLimit: 100, maxLimit: 999 } as const;
const RATE_WINDOW_MS = 60_000;
/**
 * How long to wait for a call, an ack or a connection the app is expected to make. A passing wait
 * ends when it comes; only a broken app waits this long, and a busy CI machine is never that slow.
 */
export const PATIENCE_MS = 10_000;
const RATELIMITED = { ok: false, error: 'ratelimited' };
/** What Slack itself writes in `<…>`: a person, a channel, a group or `@here`, a link. */
const SLACK_TOKEN = /<(@[UW][A-Z0-9]+|#[CG][A-Z0-9]+|![\w^]+|(?:https?|mailto):[^\s<>|]+)(\|[^<>]*)?>/g;

/** Block Kit breaches seen by any stand-in in this test file; test/setup.ts fails the test on them. */
export const blockKitViolations: string[] = [];

const VIEW_METHODS = new Set(['views.open', 'views.update', 'views.push', 'views.publish']);
const MESSAGE_METHODS = new Set([
  'chat.postMessage',
  'chat.postEphemeral',
  'chat.update',
  'response_url',
  'command_ack',
]);

export class SlackStandIn {
  readonly calls: RecordedCall[] = [];
  readonly users = new Map<string, StandInUser>();
  readonly channelInfo = new Map<string, StandInChannel>();
  readonly uploads = new Map<string, Buffer>();
  private readonly faults: ArmedFault[] = [];
  private readonly events = new EventEmitter();
  private readonly sockets = new Set<WebSocket>();
  private wss: WebSocketServer | undefined;
  private seq = 0;
  /** The team auth.test reports for the bot token. */
  team = { id: 'T1', name: 'Acme' };
  /** oauth.v2.access answers by the code Slack would have handed the browser. */
  readonly oauthGrants = new Map<string, Json>();
  /** Which workspace and bot each token belongs to (auth.test); unknown tokens belong to `team`. */
  readonly tokens = new Map<string, { teamId: string; botUserId: string; botId: string }>();
  /**
   * Tokens Slack no longer accepts, with the error it gives (`invalid_auth`, `account_inactive`,
   * `token_revoked`, `not_authed`): every method called with one answers that error, as Slack's
   * common errors do.
   */
  readonly refusedTokens = new Map<string, string>();
  /**
   * Slack's clock, which stamps every message's ts. Slack's clock and the app's agree, so tests
   * give it the app's (test/support/harness.ts does); real time otherwise.
   */
  clock: { now(): Date } = { now: () => new Date() };
  /**
   * Applies the conversations.history limits Slack has imposed since 2025 on commercially
   * distributed apps outside the Marketplace: one call a minute per workspace (beyond it HTTP 429
   * with Retry-After, as Slack's rate limiting answers), and at most 15 messages a page, which is
   * also the default page.
   */
  reducedHistoryLimits = false;
  /** Files people shared, by the path Slack serves them on (url_private). */
  private readonly files = new Map<string, { content: Buffer; teamId: string }>();
  /** Workflow step executions Slack started, and how the app ended each (functions.complete*). */
  readonly functionExecutions = new Map<
    string,
    { state: 'running' | 'completed' | 'failed'; token: string }
  >();
  /** The port it answers on again after goOffline(). */
  private offlinePort: number | undefined;
  /** Each channel's messages, oldest first. */
  private readonly channels = new Map<string, StoredMessage[]>();
  /** When each workspace's last conversations.history call was let through (reduced limits). */
  private readonly lastHistoryCall = new Map<string, number>();

  private constructor(private readonly server: Server) {
    this.events.setMaxListeners(0);
  }

  /** On a free port, or on `port` (a test that lets the app start before Slack answers). */
  static async start(options: { port?: number } = {}): Promise<SlackStandIn> {
    const server = createServer();
    const standIn = new SlackStandIn(server);
    server.on('request', (req, res) => {
      standIn.handle(req, res).catch((err) => {
        res.writeHead(500);
        res.end(String(err));
      });
    });
    standIn.wss = new WebSocketServer({ server, path: '/socket' });
    standIn.wss.on('connection', (ws) => {
      standIn.sockets.add(ws);
      ws.on('close', () => standIn.sockets.delete(ws));
      ws.on('message', (data) => standIn.events.emit('socket-message', JSON.parse(String(data))));
      ws.send(JSON.stringify({ type: 'hello', num_connections: 1, debug_info: { host: 'stand-in' } }));
      standIn.events.emit('socket-connected');
    });
    await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
    return standIn;
  }

  get baseUrl(): string {
    const port = this.offlinePort ?? (this.server.address() as AddressInfo).port;
    return `http://127.0.0.1:${port}`;
  }

  get apiUrl(): string {
    return `${this.baseUrl}/api/`;
  }

  /**
   * Stops answering, as a Slack that cannot be reached: connections to its port are refused until
   * `comeBack()`, on the same port.
   */
  async goOffline(): Promise<void> {
    this.offlinePort = (this.server.address() as AddressInfo).port;
    for (const ws of this.sockets) ws.terminate();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  async comeBack(): Promise<void> {
    const port = this.offlinePort;
    if (port === undefined) return;
    this.offlinePort = undefined;
    await new Promise<void>((resolve) => this.server.listen(port, '127.0.0.1', resolve));
  }

  async stop(): Promise<void> {
    for (const ws of this.sockets) ws.terminate();
    this.wss?.close();
    if (this.offlinePort !== undefined) return;
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** Lets a workspace install the app: the code `code` will be exchanged for `token`. */
  grantInstall(code: string, teamId: string, token: string): void {
    const botUserId = `UBOT${teamId}`;
    this.tokens.set(token, { teamId, botUserId, botId: `B${teamId}` });
    this.oauthGrants.set(code, {
      ok: true,
      app_id: 'A1',
      authed_user: { id: 'UINSTALLER' },
      scope: 'commands,chat:write,users:read',
      token_type: 'bot',
      access_token: token,
      bot_user_id: botUserId,
      team: { id: teamId, name: `Team ${teamId}` },
      enterprise: null,
      is_enterprise_install: false,
    });
  }

  addUser(user: StandInUser): void {
    // Slack's interface has no Finnish: no user's locale is ever fi-*. A test that wants Finnish
    // must get it the way a Finnish team does, from the app's own language settings.
    if (user.locale?.toLowerCase().startsWith('fi'))
      throw new Error(
        `Slack has no Finnish interface language; ${user.id} cannot have the locale ${user.locale}`,
      );
    this.users.set(user.id, user);
  }

  /**
   * The `text` Slack sends with a slash command whose `should_escape` is on, for what a person typed
   * (tests write a picked person, channel or link in Slack's own `<…>` form). Slack's docs: escaping
   * "will wrap URLs in angle brackets and it will translate channel or user mentions into their
   * correlated IDs"; a public channel comes with its name, a private one as `<#C…|>`; `&`, `<` and `>`
   * typed as text arrive as `&amp;`, `&lt;` and `&gt;` (all text in Slack is escaped so). A person
   * Slack knows comes with their handle: `<@U2|olli>`.
   */
  commandText(typed: string): string {
    const entities = (text: string) =>
      text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    const plain = (text: string) =>
      entities(text).replace(/\bhttps?:\/\/[^\s<>&]+(?:&amp;[^\s<>&]+)*/g, (url) => `<${url}>`);
    let out = '';
    let at = 0;
    for (const m of typed.matchAll(SLACK_TOKEN)) {
      out += plain(typed.slice(at, m.index));
      const [, target, label] = m as unknown as [string, string, string | undefined];
      const user = /^@([UW][A-Z0-9]+)$/.exec(target)?.[1];
      const known = user ? this.users.get(user) : undefined;
      const shown =
        label !== undefined ? entities(label.slice(1)) : known && (known.name ?? known.id.toLowerCase());
      out += `<${target}${shown === undefined ? '' : `|${shown}`}>`;
      at = m.index + m[0].length;
    }
    return out + plain(typed.slice(at));
  }

  /** Describes a channel (its privacy and members); see StandInChannel for the default. */
  addChannel(channel: StandInChannel): void {
    this.channelInfo.set(channel.id, channel);
  }

  /** A message someone else wrote in a channel (the app's own posts are stored as it makes them). */
  addMessage(channel: string, message: { text: string; user?: string }): string {
    const ts = this.nextTs();
    this.store(channel, { type: 'message', ts, text: message.text, user: message.user ?? 'UPERSON' });
    return ts;
  }

  /** What a channel holds, oldest first. */
  messagesIn(channel: string): StoredMessage[] {
    return [...(this.channels.get(channel) ?? [])];
  }

  /** Makes the next `times` calls of `method` (matching `match`, if given) fail with `fault`. */
  fail(
    method: string,
    fault: Fault,
    options: { times?: number; match?: (args: Json) => boolean } = {},
  ): void {
    this.faults.push({ method, fault, remaining: options.times ?? 1, match: options.match });
  }

  callsOf(method: string): RecordedCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** Resolves with the first call of `method` (or of any of them) matching `match`, made or to come. */
  waitFor(
    method: string | readonly string[],
    match: (args: Json) => boolean = () => true,
    timeoutMs = PATIENCE_MS,
  ): Promise<RecordedCall> {
    const methods: readonly string[] = typeof method === 'string' ? [method] : method;
    const found = this.calls.find((c) => methods.includes(c.method) && match(c.args));
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.events.off('call', listener);
        const seen = this.calls.map((c) => c.method).join(', ') || 'none';
        reject(new Error(`no ${methods.join(' or ')} call within ${timeoutMs} ms (calls seen: ${seen})`));
      }, timeoutMs);
      const listener = (call: RecordedCall) => {
        if (methods.includes(call.method) && match(call.args)) {
          clearTimeout(timer);
          this.events.off('call', listener);
          resolve(call);
        }
      };
      this.events.on('call', listener);
    });
  }

  /** Calls `listener` on every call from now on (benchmarks match replies without scanning `calls`). */
  onCall(listener: (call: RecordedCall) => void): () => void {
    this.events.on('call', listener);
    return () => this.events.off('call', listener);
  }

  /**
   * A slash command's ack, as Slack takes it: a body with a message (`text` or `blocks`) is the
   * command's reply, shown at once as Slack shows a response URL's, to the caller alone unless its
   * `response_type` is `in_channel`; it is recorded as `command_ack`, with the response id of the
   * command's response URL. An empty ack shows nothing and records nothing. Over HTTP the ack is the
   * answer to the app's request, which the test's harness hands here; over Socket Mode the
   * stand-in receives it itself.
   */
  commandAnswered(command: Json, body: Json | undefined): RecordedCall | undefined {
    if (!body || (body.text === undefined && body.blocks === undefined)) return undefined;
    const call = this.record(
      'command_ack',
      { ...body, response_id: String(command.response_url).split('/').pop() },
      undefined,
    );
    const channel = String(command.channel_id);
    call.shown = body.response_type === 'in_channel' ? { channel } : { channel, to: String(command.user_id) };
    return call;
  }

  /**
   * The first reply to the request that carried `responseUrl`, wherever the app sent it: a slash
   * command's may be its ack; any other goes to the response URL (a button's ack has no message).
   */
  waitForReply(responseUrl: string, timeoutMs = PATIENCE_MS): Promise<RecordedCall> {
    const id = responseUrl.split('/').pop();
    return this.waitFor(['command_ack', 'response_url'], (a) => a.response_id === id, timeoutMs);
  }

  /** A response_url for one slash command or interaction; replies to it are recorded as `response_url`. */
  responseUrl(): string {
    this.seq += 1;
    return `${this.baseUrl}/response/R${this.seq}`;
  }

  // ---- Files people share -------------------------------------------------------------------

  /**
   * A file someone uploaded, as a `message` event's `files` carry it. Slack serves its bytes at
   * `url_private` / `url_private_download` only to a request with a token of its workspace in an
   * `Authorization: Bearer` header; any other request is redirected to the sign-in page (Slack
   * does not answer 401 or 403 there).
   */
  addFile(file: {
    name: string;
    content: string | Buffer;
    filetype?: string;
    mimetype?: string;
    team?: string;
  }): Json {
    this.seq += 1;
    const id = `F${String(this.seq).padStart(8, '0')}`;
    const teamId = file.team ?? this.team.id;
    const content = typeof file.content === 'string' ? Buffer.from(file.content, 'utf8') : file.content;
    const path = `/files-pri/${teamId}-${id}/${encodeURIComponent(file.name)}`;
    const downloadPath = `/files-pri/${teamId}-${id}/download/${encodeURIComponent(file.name)}`;
    this.files.set(path, { content, teamId });
    this.files.set(downloadPath, { content, teamId });
    const filetype = file.filetype ?? (file.name.split('.').pop() ?? 'text').toLowerCase();
    return {
      id,
      created: Math.floor(this.clock.now().getTime() / 1000),
      name: file.name,
      title: file.name,
      mimetype: file.mimetype ?? (filetype === 'csv' ? 'text/csv' : 'text/plain'),
      filetype,
      pretty_type: filetype.toUpperCase(),
      user_team: teamId,
      mode: 'hosted',
      is_external: false,
      size: content.length,
      url_private: `${this.baseUrl}${path}`,
      url_private_download: `${this.baseUrl}${downloadPath}`,
    };
  }

  private serveFile(url: URL, req: IncomingMessage, res: ServerResponse): void {
    const file = this.files.get(url.pathname);
    const token = bearer(req.headers.authorization);
    const owner = token
      ? (this.tokens.get(token)?.teamId ?? (this.refusedTokens.has(token) ? undefined : this.team.id))
      : undefined;
    this.record('file_download', { path: url.pathname, authorized: owner !== undefined }, token);
    if (!file || owner !== file.teamId) {
      res.writeHead(302, { location: `${this.baseUrl}/?redir=${encodeURIComponent(url.pathname)}` });
      res.end();
      return;
    }
    res.writeHead(200, {
      'content-type': 'application/octet-stream',
      'content-length': String(file.content.length),
    });
    res.end(file.content);
  }

  // ---- Workflow steps ------------------------------------------------------------------------

  /**
   * A `function_executed` event for one of the app's workflow steps, as Slack sends it when a
   * workflow reaches the step: the step's definition, the inputs the workflow mapped, and a
   * token for this execution, which the app uses to complete or fail it.
   */
  functionExecuted(callbackId: string, inputs: Json, team = this.team.id): Json {
    this.seq += 1;
    const executionId = `Fx${String(this.seq).padStart(10, '0')}`;
    const token = `xwfp-${team}-${this.seq}-functiontoken`;
    this.tokens.set(token, {
      teamId: team,
      botUserId: `UBOT${team === this.team.id ? '' : team}`,
      botId: 'BBOT',
    });
    this.functionExecutions.set(executionId, { state: 'running', token });
    return {
      type: 'function_executed',
      function: {
        id: `Fn${this.seq}`,
        callback_id: callbackId,
        title: callbackId,
        type: 'app',
        app_id: 'A1',
        input_parameters: [],
        output_parameters: [],
        date_created: 1_700_000_000,
        date_updated: 1_700_000_000,
        date_deleted: 0,
      },
      inputs,
      function_execution_id: executionId,
      workflow_execution_id: `Wx${this.seq}`,
      event_ts: `${Math.floor(this.clock.now().getTime() / 1000)}.000100`,
      bot_access_token: token,
    };
  }

  /** functions.completeSuccess / completeError as Slack documents them. */
  private completeFunction(args: Json, outcome: 'completed' | 'failed'): Json {
    const execution = this.functionExecutions.get(String(args.function_execution_id));
    if (!execution) return { ok: false, error: 'function_execution_not_found' };
    if (execution.state !== 'running') return { ok: false, error: 'execution_not_in_running_state' };
    if (outcome === 'failed' && (typeof args.error !== 'string' || args.error === ''))
      return { ok: false, error: 'invalid_arguments' };
    execution.state = outcome;
    return { ok: true };
  }

  // ---- Socket Mode -------------------------------------------------------------------------

  async waitForSocket(timeoutMs = PATIENCE_MS): Promise<void> {
    if (this.sockets.size > 0) return;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error('the app never opened a Socket Mode connection')),
        timeoutMs,
      );
      this.events.once('socket-connected', () => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  /** Sends one envelope to the connected app and resolves with its ack. */
  /** A user as Slack describes one, in users.info and in user_change events alike. */
  userObject(id: string): Json {
    const u = this.users.get(id) ?? { id };
    return {
      id,
      team_id: u.team_id ?? this.team.id,
      name: u.name ?? id.toLowerCase(),
      real_name: u.real_name ?? u.name ?? id,
      // Slack gives the zone's IANA name, its label and its offset from UTC now, in seconds.
      ...zoneFields(u.tz ?? 'Europe/Helsinki'),
      is_admin: u.is_admin ?? false,
      is_owner: u.is_owner ?? false,
      is_bot: u.is_bot ?? false,
      deleted: u.deleted ?? false,
      profile: { display_name: u.name ?? '', real_name: u.real_name ?? u.name ?? id },
    };
  }

  /**
   * Deactivates (or reactivates) a user, as a workspace admin does: users.info then says
   * `deleted`, and the user_change event Slack sends every app subscribed to it is returned for the
   * test to deliver. Slack's user_change carries the whole user object, with `cache_ts`.
   */
  setDeactivated(id: string, deleted = true): Json {
    const user = this.users.get(id) ?? { id };
    this.users.set(id, { ...user, deleted });
    return {
      type: 'user_change',
      user: this.userObject(id),
      cache_ts: Math.floor(this.clock.now().getTime() / 1000),
    };
  }

  sendEnvelope(type: 'slash_commands' | 'interactive' | 'events_api', payload: Json): Promise<Json> {
    const ws = [...this.sockets][0];
    if (!ws) throw new Error('no Socket Mode connection');
    this.seq += 1;
    const envelopeId = `E${this.seq}`;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ack for envelope ${envelopeId}`)), PATIENCE_MS);
      const listener = (message: Json) => {
        if (message.envelope_id !== envelopeId) return;
        clearTimeout(timer);
        this.events.off('socket-message', listener);
        if (type === 'slash_commands') this.commandAnswered(payload, message.payload);
        resolve(message);
      };
      this.events.on('socket-message', listener);
      ws.send(
        JSON.stringify({
          envelope_id: envelopeId,
          type,
          payload,
          accepts_response_payload: type !== 'events_api',
          retry_attempt: 0,
          retry_reason: '',
        }),
      );
    });
  }

  // ---- HTTP --------------------------------------------------------------------------------

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.baseUrl);
    const body = await readBody(req);

    if (url.pathname.startsWith('/files-pri/')) {
      this.serveFile(url, req, res);
      return;
    }
    if (url.pathname.startsWith('/upload/')) {
      this.uploads.set(url.pathname.slice('/upload/'.length), body);
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end('OK');
      return;
    }
    if (url.pathname.startsWith('/response/')) {
      const args = JSON.parse(body.toString('utf8') || '{}') as Json;
      const call = this.record(
        'response_url',
        { ...args, response_id: url.pathname.slice('/response/'.length) },
        undefined,
      );
      const fault = this.takeFault('response_url', call.args);
      if (fault && 'body' in fault) {
        call.result = { ok: false, error: fault.body };
        res.writeHead(fault.status, { 'content-type': 'text/plain' });
        res.end(fault.body);
        return;
      }
      call.result = { ok: true };
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end('ok');
      return;
    }
    if (!url.pathname.startsWith('/api/')) {
      res.writeHead(404);
      res.end();
      return;
    }

    const method = url.pathname.slice('/api/'.length);
    const args = parseArgs(req.headers['content-type'], body);
    const token =
      bearer(req.headers.authorization) ?? (typeof args.token === 'string' ? args.token : undefined);
    delete args.token;
    const call = this.record(method, args, token);

    const refusal = token === undefined ? undefined : this.refusedTokens.get(token);
    if (refusal) {
      call.result = { ok: false, error: refusal };
      return json(res, call.result);
    }
    const fault = this.takeFault(method, args);
    if (fault) {
      if ('delayMs' in fault) {
        res.on('close', () => {
          if (!res.writableEnded) call.aborted = true;
        });
        await new Promise((r) => setTimeout(r, fault.delayMs));
        if (call.aborted) return;
      } else if ('until' in fault) {
        await fault.until.catch(() => {});
      } else if ('drop' in fault) {
        req.socket.destroy();
        return;
      } else if ('lost' in fault) {
        call.result = this.answer(call);
        for (let i = 0; i < (fault.followedBy ?? 0); i += 1)
          this.addMessage(String(call.result.channel ?? args.channel), { text: `meanwhile ${i}` });
        req.socket.destroy();
        return;
      } else if ('status' in fault) {
        res.writeHead(fault.status, 'retryAfter' in fault ? { 'retry-after': String(fault.retryAfter) } : {});
        res.end('retryAfter' in fault ? JSON.stringify({ ok: false, error: 'ratelimited' }) : 'server error');
        return;
      } else {
        return json(res, { ok: false, error: fault.error });
      }
    }
    const retryAfter = this.rateLimited(call);
    if (retryAfter !== undefined) {
      call.result = RATELIMITED;
      res.writeHead(429, {
        'content-type': 'application/json; charset=utf-8',
        'retry-after': String(retryAfter),
      });
      res.end(JSON.stringify(RATELIMITED));
      return;
    }
    call.result = this.answer(call);
    json(res, call.result);
  }

  /** Seconds to wait when the call is beyond its method's rate limit; undefined when within. */
  private rateLimited(call: RecordedCall): number | undefined {
    if (!this.reducedHistoryLimits || call.method !== 'conversations.history') return undefined;
    const workspace = (call.token && this.tokens.get(call.token)?.teamId) ?? this.team.id;
    const now = this.clock.now().getTime();
    const last = this.lastHistoryCall.get(workspace);
    const window = RATE_WINDOW_MS / REDUCED_HISTORY.perMinute;
    if (last !== undefined && now - last < window) return Math.ceil((last + window - now) / 1000);
    this.lastHistoryCall.set(workspace, now);
    return undefined;
  }

  private takeFault(method: string, args: Json): Fault | undefined {
    const armed = this.faults.find(
      (f) => f.method === method && f.remaining > 0 && (!f.match || f.match(args)),
    );
    if (!armed) return undefined;
    armed.remaining -= 1;
    return armed.fault;
  }

  private record(method: string, args: Json, token: string | undefined): RecordedCall {
    const call = { method, args, token, at: Date.now() };
    const problems = VIEW_METHODS.has(method)
      ? checkView(args.view ?? {})
      : MESSAGE_METHODS.has(method)
        ? checkMessage(args)
        : [];
    for (const p of problems) blockKitViolations.push(`${method}: ${p}`);
    this.calls.push(call);
    this.events.emit('call', call);
    return call;
  }

  private nextTs(): string {
    this.seq += 1;
    // A ts names its message in the channel, so two posts in one second must differ: the sequence
    // fills the six digits Slack puts after the seconds.
    return `${Math.floor(this.clock.now().getTime() / 1000)}.${String(this.seq % 1_000_000).padStart(6, '0')}`;
  }

  private store(channel: string, message: StoredMessage): void {
    const messages = this.channels.get(channel) ?? [];
    const last = messages.at(-1);
    messages.push(message);
    // A clock moved back (tests do) can stamp a message older than the channel's last.
    if (last && tsMicros(last.ts)! > tsMicros(message.ts)!) {
      messages.sort((a, b) => tsMicros(a.ts)! - tsMicros(b.ts)!);
    }
    this.channels.set(channel, messages);
  }

  /**
   * conversations.history as Slack documents it: newest first; only messages after `oldest` and
   * before `latest` (either bound itself too with `inclusive`); pages of `limit` (default 100, at
   * most 999) continued with the `next_cursor` of `response_metadata` while `has_more`; message
   * metadata only with `include_all_metadata`.
   */
  private history(args: Json): Json {
    const oldest = args.oldest === undefined ? undefined : tsMicros(String(args.oldest));
    if (oldest === null) return { ok: false, error: 'invalid_ts_oldest' };
    const latest = args.latest === undefined ? undefined : tsMicros(String(args.latest));
    if (latest === null) return { ok: false, error: 'invalid_ts_latest' };
    const cursor = args.cursor ? cursorMicros(String(args.cursor)) : undefined;
    if (cursor === null) return { ok: false, error: 'invalid_cursor' };
    const inclusive = isTrue(args.inclusive);
    const limits = this.reducedHistoryLimits
      ? { defaultLimit: REDUCED_HISTORY.maxLimit, maxLimit: REDUCED_HISTORY.maxLimit }
      : STANDARD_HISTORY;
    const asked = Number(args.limit);
    const limit =
      Number.isInteger(asked) && asked > 0 ? Math.min(asked, limits.maxLimit) : limits.defaultLimit;

    const matching = this.messagesIn(String(args.channel))
      .reverse()
      .filter((m) => {
        const at = tsMicros(m.ts)!;
        if (oldest !== undefined && (at < oldest || (at === oldest && !inclusive))) return false;
        if (latest !== undefined && (at > latest || (at === latest && !inclusive))) return false;
        return cursor === undefined || at <= cursor;
      });
    const page = matching.slice(0, limit);
    const next = matching[limit];
    const withMetadata = isTrue(args.include_all_metadata);
    return {
      ok: true,
      messages: page.map(({ metadata, ...m }) => (withMetadata && metadata ? { ...m, metadata } : m)),
      has_more: next !== undefined,
      pin_count: 0,
      ...(next
        ? { response_metadata: { next_cursor: Buffer.from(`next_ts:${next.ts}`).toString('base64') } }
        : {}),
    };
  }

  /** The channel as the bot sees it: a private channel the bot is not in is not found. */
  private visibleChannel(id: string): StandInChannel | undefined {
    const channel = this.channelInfo.get(id) ?? { id };
    if (channel.is_private && channel.bot_member === false) return undefined;
    return channel;
  }

  /**
   * Why Slack refuses a bot's post to a channel the stand-in was told about: one it cannot see is
   * not found, an archived one is_archived, a public one it is not in not_in_channel.
   */
  private postRefusal(id: string): string | undefined {
    if (!this.channelInfo.has(id)) return undefined;
    const channel = this.visibleChannel(id);
    if (!channel) return 'channel_not_found';
    if (channel.is_archived) return 'is_archived';
    if (channel.bot_member === false) return 'not_in_channel';
    return undefined;
  }

  /** conversations.info as Slack documents it: the conversation object, or channel_not_found. */
  private conversationInfo(id: string): Json {
    const channel = this.visibleChannel(id);
    if (!channel) return { ok: false, error: 'channel_not_found' };
    const isPrivate = channel.is_private ?? false;
    return {
      ok: true,
      channel: {
        id,
        name: channel.name ?? id.toLowerCase(),
        is_channel: !isPrivate,
        is_group: isPrivate,
        is_im: false,
        is_mpim: false,
        is_private: isPrivate,
        is_archived: channel.is_archived ?? false,
        is_member: channel.bot_member ?? true,
      },
    };
  }

  /**
   * conversations.members as Slack documents it: the member ids a page at a time (`limit`,
   * default 100, at most 1000), continued with `response_metadata.next_cursor` until it is "".
   */
  private conversationMembers(args: Json): Json {
    const channel = this.visibleChannel(String(args.channel));
    if (!channel) return { ok: false, error: 'channel_not_found' };
    const all = channel.members ?? [...this.users.keys()];
    const asked = args.limit === undefined ? MEMBERS_PAGE.defaultLimit : Number(args.limit);
    if (!Number.isInteger(asked) || asked < 1 || asked > MEMBERS_PAGE.maxLimit)
      return { ok: false, error: 'invalid_limit' };
    let from = 0;
    if (args.cursor) {
      const decoded = /^members:(\d+)$/.exec(Buffer.from(String(args.cursor), 'base64').toString('utf8'));
      if (!decoded) return { ok: false, error: 'invalid_cursor' };
      from = Number(decoded[1]);
    }
    const next = from + asked < all.length ? Buffer.from(`members:${from + asked}`).toString('base64') : '';
    return { ok: true, members: all.slice(from, from + asked), response_metadata: { next_cursor: next } };
  }

  private botOf(token: string | undefined): string {
    return (token && this.tokens.get(token)?.botId) || 'BBOT';
  }

  private answer(call: RecordedCall): Json {
    const { method, args } = call;
    switch (method) {
      case 'auth.test': {
        const owner = call.token ? this.tokens.get(call.token) : undefined;
        return {
          ok: true,
          url: 'https://acme.slack.com/',
          team: this.team.name,
          team_id: owner?.teamId ?? this.team.id,
          user: 'smstrategy',
          user_id: owner?.botUserId ?? 'UBOT',
          bot_id: owner?.botId ?? 'BBOT',
          is_enterprise_install: false,
        };
      }
      case 'users.info':
        // Slack knows only its own ids; anything else is no user at all.
        if (!/^[UW][A-Z0-9]+$/.test(String(args.user))) return { ok: false, error: 'user_not_found' };
        return {
          ok: true,
          user: {
            ...this.userObject(String(args.user)),
            // Only on request, as Slack documents: "If you don't include the parameter, no locale
            // will be provided."
            ...(args.include_locale === true || args.include_locale === 'true'
              ? { locale: this.users.get(String(args.user))?.locale ?? 'en-US' }
              : {}),
          },
        };
      case 'conversations.open':
        return { ok: true, channel: { id: imOf(String(args.users).split(',')[0]!) } };
      case 'chat.postMessage': {
        const refused = this.postRefusal(String(args.channel));
        if (refused) return { ok: false, error: refused };
        const ts = this.nextTs();
        // A user id opens (or reuses) the app's direct message with them; Slack answers with its D… id.
        const channel = /^[UW]/.test(String(args.channel))
          ? imOf(String(args.channel))
          : String(args.channel);
        this.store(channel, {
          type: 'message',
          ts,
          text: args.text,
          bot_id: this.botOf(call.token),
          ...(args.blocks ? { blocks: args.blocks } : {}),
          ...(args.metadata ? { metadata: args.metadata } : {}),
        });
        return { ok: true, channel, ts, message: { text: args.text, blocks: args.blocks } };
      }
      case 'conversations.history':
        return this.history(args);
      case 'conversations.info':
        return this.conversationInfo(String(args.channel));
      case 'conversations.members':
        return this.conversationMembers(args);
      case 'chat.postEphemeral':
        return { ok: true, message_ts: this.nextTs() };
      case 'chat.update': {
        const stored = this.channels.get(String(args.channel))?.find((m) => m.ts === args.ts);
        if (stored) Object.assign(stored, { text: args.text }, args.blocks ? { blocks: args.blocks } : {});
        return { ok: true, channel: args.channel, ts: args.ts, text: args.text };
      }
      case 'chat.delete': {
        const messages = this.channels.get(String(args.channel));
        if (messages)
          this.channels.set(
            String(args.channel),
            messages.filter((m) => m.ts !== args.ts),
          );
        return { ok: true, channel: args.channel, ts: args.ts };
      }
      case 'views.open':
      case 'views.push':
      case 'views.update':
      case 'views.publish': {
        if (viewTooLarge(args.view ?? {})) return { ok: false, error: 'view_too_large' };
        this.seq += 1;
        const id = args.view_id ?? `V${this.seq}`;
        return { ok: true, view: { ...args.view, id, hash: `h${this.seq}` } };
      }
      case 'files.getUploadURLExternal': {
        // Slack refuses an upload without a name or with no length ("typically when length is 0").
        if (!args.filename || !(Number(args.length) > 0)) return { ok: false, error: 'missing_argument' };
        this.seq += 1;
        const fileId = `F${this.seq}`;
        return { ok: true, file_id: fileId, upload_url: `${this.baseUrl}/upload/${fileId}` };
      }
      case 'files.completeUploadExternal': {
        const files = typeof args.files === 'string' ? JSON.parse(args.files) : args.files;
        return { ok: true, files: (files ?? []).map((f: Json) => ({ id: f.id, title: f.title })) };
      }
      case 'functions.completeSuccess':
        return this.completeFunction(args, 'completed');
      case 'functions.completeError':
        return this.completeFunction(args, 'failed');
      case 'canvases.create':
        this.seq += 1;
        return { ok: true, canvas_id: `F0CANVAS${this.seq}` };
      case 'canvases.edit':
        return { ok: true };
      case 'oauth.v2.access':
        return this.oauthGrants.get(String(args.code)) ?? { ok: false, error: 'invalid_code' };
      case 'api.test':
        return { ok: true, args: {} };
      case 'apps.connections.open':
        return { ok: true, url: `${this.baseUrl.replace('http', 'ws')}/socket` };
      case 'team.info':
        return { ok: true, team: { id: this.team.id, name: this.team.name } };
      default:
        return { ok: false, error: 'unknown_method' };
    }
  }
}

/** users.info's time zone fields for an IANA zone, as they read at the real current time. */
function zoneFields(tz: string): { tz: string; tz_label: string; tz_offset: number } {
  const now = new Date();
  const label =
    new Intl.DateTimeFormat('en-US', { timeZone: tz, timeZoneName: 'long' })
      .formatToParts(now)
      .find((p) => p.type === 'timeZoneName')?.value ?? tz;
  const wall = new Date(now.toLocaleString('en-US', { timeZone: tz }));
  const utc = new Date(now.toLocaleString('en-US', { timeZone: 'UTC' }));
  return { tz, tz_label: label, tz_offset: Math.round((wall.getTime() - utc.getTime()) / 60_000) * 60 };
}

/** The id of the app's direct message with a user, as conversations.open and chat.postMessage give it. */
export function imOf(userId: string): string {
  return `D${userId}`;
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

const JSON_ARGS = [
  'view',
  'blocks',
  'attachments',
  'files',
  'document_content',
  'changes',
  'metadata',
  'outputs',
];

function parseArgs(contentType: string | undefined, body: Buffer): Json {
  const text = body.toString('utf8');
  if (contentType?.includes('application/json')) return text ? (JSON.parse(text) as Json) : {};
  const args: Json = Object.fromEntries(new URLSearchParams(text));
  for (const key of JSON_ARGS) {
    if (typeof args[key] === 'string') {
      try {
        args[key] = JSON.parse(args[key]);
      } catch {
        // not JSON: keep the string
      }
    }
  }
  return args;
}

/** A Slack ts ("1700000000.000100", or whole seconds) in microseconds; null when it is not one. */
function tsMicros(ts: string): number | null {
  const m = /^(\d+)(?:\.(\d{1,6}))?$/.exec(ts);
  if (!m) return null;
  return Number(m[1]) * 1_000_000 + Number((m[2] ?? '').padEnd(6, '0'));
}

/** Where a history cursor continues: the ts of the newest message of the next page. */
function cursorMicros(cursor: string): number | null {
  const decoded = /^next_ts:(.+)$/.exec(Buffer.from(cursor, 'base64').toString('utf8'));
  return decoded ? tsMicros(decoded[1]!) : null;
}

function isTrue(value: unknown): boolean {
  return value === true || value === 'true' || value === '1' || value === 1;
}

function bearer(header: string | undefined): string | undefined {
  return header?.startsWith('Bearer ') ? header.slice('Bearer '.length) : undefined;
}

function json(res: ServerResponse, body: Json): void {
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}
