import { type IncomingMessage, Server, type ServerResponse } from 'node:http';
import { App, type CustomRoute, HTTPReceiver, type Receiver, SocketModeReceiver } from '@slack/bolt';
import type { WebClientOptions } from '@slack/web-api';
import { type Clock, systemClock } from './clock.js';
import type { Config } from './config.js';
import { Health } from './health.js';
import { boltLogger, type Logger } from './logger.js';
import { Scheduler } from './scheduler/scheduler.js';
import { schedulerClients } from './scheduler/slack-client.js';
import { type ScheduledContent, scheduledContent } from './services/scheduled-content.js';
import { workspaceInstalled } from './services/workspaces.js';
import { dedupeEvents } from './slack/dedupe.js';
import type { SlackDeps } from './slack/deps.js';
import { makeErrorHandler } from './slack/errors.js';
import { InFlight } from './slack/in-flight.js';
import { SealedInstallationStore } from './slack/installation-store.js';
import { registerListeners } from './slack/listeners/index.js';
import { SAVING_AFTER_MS } from './slack/listeners/views/submission.js';
import { BOT_SCOPES } from './slack/scopes.js';
import { storableRequest } from './slack/storable-text.js';
import { UserDirectory } from './slack/users.js';
import { type Db, isHealthy, migrateToLatest, openDatabase } from './storage/db.js';
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
  /** How long a modal's save may run before the modal says "Saving…" (Slack waits 3 s for an answer). */
  savingAfterMs?: number;
}

export interface Application {
  readonly db: Db;
  readonly bolt: App;
  /** The parts this process depends on, as `/healthz` reports them. */
  readonly health: Health;
  /** Sends the digests, check-in prompts and reminders that are due; `tick()` runs one pass now. */
  readonly scheduler: Scheduler;
  start(): Promise<void>;
  /** Resolves once the work already taken in (listeners still running after their ack) has settled. */
  idle(timeoutMs?: number): Promise<boolean>;
  /** Stops taking requests, lets in-flight work finish, then closes the database. */
  stop(): Promise<void>;
}

const SHUTDOWN_GRACE_MS = 10_000;

export async function createApplication(options: ApplicationOptions): Promise<Application> {
  const { config, logger } = options;
  const clock = options.clock ?? systemClock;
  const db = options.db ?? openDatabase(config.database);
  const applied = await migrateToLatest(db);
  if (applied.length > 0) logger.info({ migrations: applied }, 'database migrated');

  const users = new UserDirectory(clock);
  const serviceDeps = { db, clock, logger };
  const installations =
    config.auth === 'oauth'
      ? new SealedInstallationStore(
          db,
          new Sealer(config.encryptionKey!, [...config.previousEncryptionKeys]),
          clock,
          logger,
          { installed: (teamId) => workspaceInstalled(serviceDeps, teamId) },
        )
      : undefined;
  const deps: SlackDeps = {
    ...serviceDeps,
    config,
    users,
    botToken: async (teamId) => (installations ? installations.botToken(teamId) : config.slack.botToken),
    forgetWorkspace: async (teamId) => installations?.forget(teamId),
    savingAfterMs: options.savingAfterMs ?? SAVING_AFTER_MS,
  };
  const inFlight = new InFlight();
  let stopping: Promise<void> | undefined;
  let server: Server | undefined;

  const health = new Health();
  const healthz: CustomRoute = {
    path: '/healthz',
    method: ['GET'],
    handler: (_req: IncomingMessage, res: ServerResponse) => {
      void isHealthy(db).then((ok) => {
        health.set('database', ok ? 'up' : 'down');
        const { ok: partsUp, ...parts } = health.snapshot();
        const healthy = partsUp && stopping === undefined;
        res.writeHead(healthy ? 200 : 503, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ ok: healthy, ...parts }));
      });
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
  const installerOptions = { clientOptions, directInstall: true };

  const receiver: Receiver =
    config.transport === 'socket'
      ? new SocketModeReceiver({
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
          ...oauth,
        });

  const bolt = new App({
    token: installations ? undefined : config.slack.botToken,
    receiver,
    logger: log,
    clientOptions,
    extendedErrorHandler: true,
  });
  bolt.use(async ({ next }) => {
    await inFlight.track(next());
  });
  bolt.use(storableRequest);
  bolt.use(dedupeEvents(deps));
  registerListeners(bolt, deps);
  bolt.error(makeErrorHandler(deps));

  const scheduler = new Scheduler({
    db,
    clock,
    logger,
    users: deps.users,
    content: options.scheduler?.content ?? scheduledContent(deps),
    slack: schedulerClients(config, logger, deps.botToken),
    ...(options.scheduler?.sleep ? { sleep: options.scheduler.sleep } : {}),
  });
  const tick = options.scheduler?.tick ?? '*/15 * * * * *';

  return {
    db,
    bolt,
    health,
    scheduler,
    async start() {
      const started: unknown = await bolt.start();
      if (started instanceof Server) server = started;
      if (tick !== false) scheduler.start(tick);
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
        const receiverStopped = bolt.stop();
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
