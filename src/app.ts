import { once } from 'node:events';
import { type IncomingMessage, type RequestListener, Server, type ServerResponse } from 'node:http';
import { App, type CustomRoute, HTTPReceiver, SocketModeReceiver } from '@slack/bolt';
import type { WebClient, WebClientOptions } from '@slack/web-api';
import { type ApiOptions, isApiPath, makeApiHandler } from './api/handler.js';
import { sendProblem } from './api/problems.js';
import { type Clock, systemClock } from './clock.js';
import { type Config, ConfigError } from './config.js';
import { Health } from './health.js';
import { withRequestContext } from './last-resort.js';
import { boltLogger, type Logger } from './logger.js';
import { Scheduler } from './scheduler/scheduler.js';
import { schedulerClients } from './scheduler/slack-client.js';
import { userDeactivated } from './services/departures.js';
import { type ScheduledContent, scheduledContent } from './services/scheduled-content.js';
import { workspaceInstalled } from './services/workspaces.js';
import { ChannelDirectory } from './slack/channels.js';
import { dedupeEvents } from './slack/dedupe.js';
import type { SlackDeps } from './slack/deps.js';
import { keepModalOnOutage, makeErrorHandler } from './slack/errors.js';
import { HomePages } from './slack/home-pages.js';
import { BODY_LIMIT, guardSlackRequests } from './slack/http-guard.js';
import { InFlight } from './slack/in-flight.js';
import { SealedInstallationStore } from './slack/installation-store.js';
import { ReplyLanguages } from './slack/languages.js';
import { registerListeners } from './slack/listeners/index.js';
import { SAVING_AFTER_MS } from './slack/listeners/views/submission.js';
import { BOT_SCOPES } from './slack/scopes.js';
import { tokenRefusal } from './slack/slack-errors.js';
import { storableRequest } from './slack/storable-text.js';
import { UserDirectory } from './slack/users.js';
import { boundWorkspaceClients } from './slack/web-clients.js';
import { WorkspaceTokens } from './slack/workspace-tokens.js';
import { type Backoff, keepTrying, START_BACKOFF, StartAborted, tokenRefusedError } from './start-up.js';
import {
  DatabaseUnavailableError,
  type Db,
  databaseProblem,
  migrateToLatest,
  openDatabase,
  unavailableProblem,
} from './storage/db.js';
import { installedTeams } from './storage/installations.js';
import { checkEncryptionKey } from './storage/key-check.js';
import { Sealer } from './storage/sealer.js';

export interface ApplicationOptions {
  config: Config;
  logger: Logger;
  clock?: Clock;
  /** An already open database; by default the one DATABASE_URL names. */
  db?: Db;
  scheduler?: {
    /** node-cron expression (seconds first) for this process's tick; false: only explicit tick() calls. */
    tick?: string | false;
    /** Where the scheduled messages' content comes from; by default the strategy's own data. */
    content?: ScheduledContent;
    /** How retries of Slack calls wait; real time by default. */
    sleep?: (ms: number) => Promise<void>;
  };
  /** How start-up waits between tries at a database or a Slack that is not there yet. */
  startBackoff?: Backoff;
  /** How long a modal's save may run before the modal says "Saving…" (Slack waits 3 s for an answer). */
  savingAfterMs?: number;
  /** The HTTP API's limits (per-token rate, body size); the defaults otherwise. */
  api?: ApiOptions;
}

export interface Application {
  readonly db: Db;
  readonly bolt: App;
  /** The parts this process depends on, as `/healthz` reports them. */
  readonly health: Health;
  /** Sends the digests, check-in prompts and reminders that are due; `tick()` runs one pass now. */
  readonly scheduler: Scheduler;
  /**
   * Listens at once (`/healthz` answers from the start), then waits for the database (and migrates
   * it) and for Slack, trying again with growing pauses while either is out of reach, and only
   * then takes requests. Rejects with a ConfigError, worded as the one line to print, when a
   * configured value is wrong: a token Slack refuses, an ENCRYPTION_KEY that does not open what
   * the database holds.
   */
  start(): Promise<void>;
  /**
   * Only opens the HTTP port, so `/healthz` answers; start() does it first when it has not been
   * done. Rejects when the port cannot be had (EADDRINUSE).
   */
  listen(): Promise<void>;
  /** Resolves once the work already taken in (listeners still running after their ack) has settled. */
  idle(timeoutMs?: number): Promise<boolean>;
  /** Stops taking requests, lets in-flight work finish, then closes the database. */
  stop(): Promise<void>;
}

const SHUTDOWN_GRACE_MS = 10_000;
/** Workspaces whose token is checked with Slack at once, at start in OAuth mode. */
const TOKEN_CHECKS_AT_ONCE = 4;

export async function createApplication(options: ApplicationOptions): Promise<Application> {
  const { config, logger } = options;
  const clock = options.clock ?? systemClock;
  const backoff = options.startBackoff ?? START_BACKOFF;
  const db = options.db ?? openDatabase(config.database, { logger });

  const health = new Health();
  health.set('database', 'starting');
  health.set('slack', 'starting');
  const sealer = config.encryptionKey
    ? new Sealer(config.encryptionKey, [...config.previousEncryptionKeys])
    : undefined;
  if (sealer) health.set('encryption', 'starting');

  const serviceDeps = { db, clock, logger };
  // A failure to record it must not fail the lookup that found it; the next lookup tries again.
  const users = new UserDirectory(clock, (teamId, userId) =>
    userDeactivated(serviceDeps, teamId, userId, true).then(
      () => undefined,
      (err: unknown) => logger.warn({ err, teamId }, 'could not record a deactivated user'),
    ),
  );
  const tokens = new WorkspaceTokens(logger, clock, health);
  const installations =
    config.auth === 'oauth'
      ? new SealedInstallationStore(
          db,
          sealer!,
          clock,
          logger,
          { installed: (teamId) => workspaceInstalled(serviceDeps, teamId) },
          tokens,
        )
      : undefined;
  const deps: SlackDeps = {
    ...serviceDeps,
    config,
    users,
    languages: new ReplyLanguages(serviceDeps, users),
    channels: new ChannelDirectory(clock, logger),
    homePages: new HomePages(),
    botToken: async (teamId) => {
      tokens.assertNotRefused(teamId);
      return installations ? installations.botToken(teamId) : config.slack.botToken;
    },
    forgetWorkspace: async (teamId) => installations?.forget(teamId),
    savingAfterMs: options.savingAfterMs ?? SAVING_AFTER_MS,
  };
  const inFlight = new InFlight();
  let stopping: Promise<void> | undefined;
  let server: Server | undefined;
  /** Set once the database has been reached at start; from then on /healthz checks it itself. */
  let databaseReached = false;
  /** Set once every part is up: until then every request but /healthz is turned away. */
  let ready = false;
  const aborted = new AbortController();

  const healthz: CustomRoute = {
    path: '/healthz',
    method: ['GET'],
    handler: (_req: IncomingMessage, res: ServerResponse) => {
      void (async () => {
        if (databaseReached) health.set('database', (await databaseProblem(db)) ?? 'up');
        const { ok: partsUp, ...parts } = health.snapshot();
        const healthy = partsUp && ready && stopping === undefined;
        res.writeHead(healthy ? 200 : 503, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ ok: healthy, ...parts }));
      })();
    },
  };

  const log = boltLogger(logger);
  const clientOptions: WebClientOptions = {
    slackApiUrl: config.slack.apiUrl,
    // Interactive calls are only useful within seconds (a trigger_id lives ~3 s), so a few quick
    // retries rather than the client's default of ten over half an hour. 429s wait Retry-After.
    retryConfig: { retries: 2, factor: 2, minTimeout: 250, maxTimeout: 2_000 },
    timeout: 10_000,
  };

  // Multi-workspace: Bolt's installer serves /slack/install and /slack/oauth_redirect and looks
  // each request's installation up in our sealed store.
  const oauth = installations
    ? {
        clientId: config.slack.clientId!,
        clientSecret: config.slack.clientSecret!,
        stateSecret: config.slack.stateSecret!,
        installationStore: installations,
        scopes: [...BOT_SCOPES],
      }
    : {};
  const installerOptions = {
    // The installer's client exchanges the OAuth code with the client secret: its request bodies
    // are never logged, at any level.
    clientOptions: { ...clientOptions, logger: boltLogger(logger, { omitRequestBodies: true }) },
    directInstall: true,
  };

  const receiver =
    config.transport === 'socket'
      ? // Socket Mode needs no signature checks: Slack's requests come over a connection the app opened.
        new SocketModeReceiver({
          appToken: config.slack.appToken!,
          logger: log,
          customRoutes: [healthz],
          installerOptions: { ...installerOptions, port: config.port },
          ...oauth,
        })
      : new HTTPReceiver({
          signingSecret: config.slack.signingSecret!,
          logger: log,
          port: config.port,
          customRoutes: [healthz],
          installerOptions,
          bodyLimit: BODY_LIMIT,
          // Checked in front of Bolt instead (http-guard.ts): before the body is read, with Slack's
          // five minutes either way; Bolt gets only what passed.
          signatureVerification: false,
          ...oauth,
        });
  if (receiver instanceof HTTPReceiver) {
    guardSlackRequests(receiver, { signingSecret: config.slack.signingSecret!, logger });
  }
  // The API shares the port with Slack's endpoints but not their authentication: its paths go to
  // its own handler, which takes only its own tokens, before Slack's signature check sees them.
  const api = makeApiHandler(serviceDeps, {
    requestsPerMinute: config.apiRequestsPerMinute,
    ...options.api,
  });
  const withApi =
    (slack: RequestListener): RequestListener =>
    (req, res) => {
      if (!isApiPath(new URL(req.url ?? '/', 'http://localhost').pathname)) return slack(req, res);
      if (!ready || stopping !== undefined) {
        sendProblem(
          res,
          {
            status: 503,
            code: 'unavailable',
            title: 'Service unavailable',
            detail: 'The app is starting or stopping.',
          },
          { 'retry-after': '5', connection: 'close' },
        );
        return;
      }
      void inFlight.track(api(req, res));
    };
  if (receiver instanceof HTTPReceiver) {
    receiver.requestListener = withApi(receiver.requestListener);
  } else {
    const http = Reflect.get(receiver, 'httpServer') as Server | undefined;
    const [serve] = (http?.listeners('request') ?? []) as RequestListener[];
    if (http && serve) {
      http.removeAllListeners('request');
      http.on('request', withApi(serve));
    }
  }

  const bolt = new App({
    token: installations ? undefined : config.slack.botToken,
    receiver,
    logger: log,
    clientOptions,
    extendedErrorHandler: true,
    // Without it Bolt calls auth.test from its constructor and nothing can catch a refusal; start()
    // calls init() itself, to tell a refused token from an unreachable Slack.
    deferInitialization: true,
  });
  boundWorkspaceClients(bolt);
  bolt.use(async ({ next, body }) => {
    const payload = body as { type?: unknown; command?: unknown; event?: { type?: unknown } };
    const kind = [payload.command, payload.event?.type, payload.type].find((k) => typeof k === 'string');
    await withRequestContext({ ...(kind ? { kind: String(kind) } : {}) }, () => inFlight.track(next()));
  });
  bolt.use(storableRequest);
  bolt.use(keepModalOnOutage(deps));
  bolt.use(dedupeEvents(deps));
  registerListeners(bolt, deps);
  bolt.error(makeErrorHandler(deps));

  const scheduler = new Scheduler({
    db,
    clock,
    logger,
    languages: deps.languages,
    content: options.scheduler?.content ?? scheduledContent(deps),
    slack: schedulerClients(config, logger, deps.botToken),
    tokenRefused: (teamId, code) => tokens.refused(teamId, code),
    ...(options.scheduler?.sleep ? { sleep: options.scheduler.sleep } : {}),
  });
  const tick = options.scheduler?.tick ?? '*/15 * * * * *';

  let listening: Promise<void> | undefined;
  /** Starts listening before anything else is up, so /healthz can say what start-up waits for. */
  const listen = (): Promise<void> => {
    listening ??= openPort();
    return listening;
  };
  async function openPort(): Promise<void> {
    if (receiver instanceof HTTPReceiver) {
      const serve: RequestListener = receiver.requestListener;
      receiver.requestListener = (req, res) => {
        if (ready || new URL(req.url ?? '/', 'http://localhost').pathname === '/healthz')
          return serve(req, res);
        res.writeHead(503, { 'content-type': 'application/json', 'retry-after': '5' });
        res.end(JSON.stringify({ ok: false, error: 'starting' }));
      };
      const started: unknown = await receiver.start(config.port);
      if (started instanceof Server) server = started;
      return;
    }
    // Socket Mode's receiver starts its HTTP server (for /healthz and the OAuth pages) together
    // with the connection to Slack; here it must answer while that connection is still awaited.
    const http = Reflect.get(receiver, 'httpServer') as Server | undefined;
    if (!http) return;
    http.listen(config.port);
    await Promise.race([once(http, 'listening'), once(http, 'error').then(([err]) => Promise.reject(err))]);
    server = http;
  }

  /** Waits for the database, then migrates it; a database that is down is tried again. */
  async function reachDatabase(): Promise<void> {
    await keepTrying(
      async () => {
        const problem = await databaseProblem(db);
        if (problem) throw new DatabaseUnavailableError(problem, `the database is ${problem}`);
        const applied = await migrateToLatest(db);
        if (applied.length > 0) logger.info({ migrations: applied }, 'database migrated');
      },
      (err, retryInMs, tries) => {
        const problem = unavailableProblem(err);
        if (!problem) throw err;
        health.set('database', problem);
        logger.warn(
          { err, database: config.database.kind, problem, tries, retryInMs },
          'database not reachable at start: trying again',
        );
      },
      backoff,
      aborted.signal,
    );
    health.set('database', 'up');
    databaseReached = true;
  }

  async function checkKey(): Promise<void> {
    if (!sealer) return;
    const check = await checkEncryptionKey(db, sealer, clock.now().getTime());
    if (!check.ok) {
      throw new ConfigError(
        `ENCRYPTION_KEY does not open the secrets this database holds (sealed with key id ${check.keyId}): set the key they were sealed with, or keep it in ENCRYPTION_KEY_PREVIOUS after a rotation`,
      );
    }
    if (check.outcome !== 'opened') logger.info({ outcome: check.outcome }, 'encryption key check');
    health.set('encryption', 'up');
  }

  /** Tries `attempt` until Slack answers it; a refused token ends start-up naming `variable`. */
  function untilSlackAnswers(
    attempt: () => Promise<unknown>,
    variable: 'SLACK_BOT_TOKEN' | 'SLACK_APP_TOKEN',
  ): Promise<unknown> {
    return keepTrying(
      attempt,
      (err, retryInMs, tries) => {
        const refused = tokenRefusal(err);
        if (refused) throw tokenRefusedError(variable, refused);
        health.set('slack', 'unreachable');
        logger.warn(
          { err, api: config.slack.apiUrl, tries, retryInMs },
          'Slack not reachable at start: trying again',
        );
      },
      backoff,
      aborted.signal,
    );
  }

  async function reachSlack(): Promise<void> {
    // Single workspace: init() checks the bot token with auth.test. OAuth: it only wires the
    // installation store, and api.test (which needs no token) tells whether Slack answers.
    await untilSlackAnswers(async () => {
      await bolt.init();
      if (installations) await bolt.client.api.test();
    }, 'SLACK_BOT_TOKEN');
    if (receiver instanceof SocketModeReceiver) {
      await untilSlackAnswers(() => receiver.client.start(), 'SLACK_APP_TOKEN');
      keepReconnecting(receiver);
    }
    health.set('slack', 'up');
  }

  /**
   * The Socket Mode client reconnects by itself when its connection drops, but gives up (and its
   * promise goes unhandled) when Slack cannot be reached then: its reconnections are retried here
   * instead, for as long as it takes, with /healthz saying Slack is unreachable meanwhile.
   */
  function keepReconnecting(socket: SocketModeReceiver): void {
    const client = socket.client;
    const connect = client.start.bind(client);
    client.start = () =>
      keepTrying(
        connect,
        (err, retryInMs, tries) => {
          health.set('slack', 'unreachable');
          logger.warn({ err, tries, retryInMs }, 'Slack connection lost: reconnecting');
        },
        backoff,
        aborted.signal,
      ).then(
        (connected) => {
          health.set('slack', 'up');
          logger.info('Slack connection restored');
          return connected;
        },
        // Stopped meanwhile: nothing to reconnect, and nobody to hand a rejection to.
        () => undefined as unknown as Awaited<ReturnType<typeof connect>>,
      );
  }

  /**
   * OAuth mode: each installed workspace's token, asked of Slack once at start. One Slack refuses
   * is logged once with its team and its work waits; the others go on.
   */
  async function checkWorkspaceTokens(client: WebClient): Promise<void> {
    const teams = await installedTeams(db);
    let next = 0;
    const worker = async () => {
      while (next < teams.length) {
        const teamId = teams[next++]!;
        try {
          const token = await installations!.botToken(teamId);
          if (token) await client.auth.test({ token });
        } catch (err) {
          const refused = tokenRefusal(err);
          if (refused) tokens.refused(teamId, refused);
          else logger.debug({ err, teamId }, 'workspace token not checked at start');
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(TOKEN_CHECKS_AT_ONCE, teams.length) }, worker));
  }

  return {
    db,
    bolt,
    health,
    scheduler,
    listen,
    async start() {
      try {
        await listen();
        await reachDatabase();
        await checkKey();
        await reachSlack();
      } catch (err) {
        if (err instanceof StartAborted) return;
        throw err;
      }
      ready = true;
      if (tick !== false) scheduler.start(tick);
      if (installations) {
        void inFlight.track(
          checkWorkspaceTokens(bolt.client).catch((err: unknown) =>
            logger.warn({ err }, 'workspace tokens not checked at start'),
          ),
        );
      }
      logger.info(
        { transport: config.transport, port: config.port, database: config.database.kind },
        'smstrategy is up',
      );
    },
    idle(timeoutMs = SHUTDOWN_GRACE_MS) {
      return inFlight.drain(timeoutMs);
    },
    stop() {
      stopping ??= (async () => {
        aborted.abort();
        const receiverStopped = server ? bolt.stop() : Promise.resolve();
        await scheduler.stop();
        const drained = await inFlight.drain(SHUTDOWN_GRACE_MS);
        if (!drained) logger.warn({ pending: inFlight.size }, 'stopped with work still running');
        // Our own work is done; a client still holding a connection open is not waited for.
        server?.closeAllConnections();
        await receiverStopped;
        await db.destroy();
        logger.info('smstrategy stopped');
      })();
      return stopping;
    },
  };
}
