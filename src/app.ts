import type { IncomingMessage, ServerResponse } from 'node:http';
import { App, type CustomRoute, HTTPReceiver, type Receiver, SocketModeReceiver } from '@slack/bolt';
import type { WebClientOptions } from '@slack/web-api';
import { type Clock, systemClock } from './clock.js';
import { type Config, ConfigError } from './config.js';
import { boltLogger, type Logger } from './logger.js';
import { Scheduler } from './scheduler/scheduler.js';
import { schedulerClient } from './scheduler/slack-client.js';
import { type ScheduledContent, scheduledContent } from './services/scheduled-content.js';
import type { SlackDeps } from './slack/deps.js';
import { makeErrorHandler } from './slack/errors.js';
import { InFlight } from './slack/in-flight.js';
import { registerListeners } from './slack/listeners/index.js';
import { UserDirectory } from './slack/users.js';
import { type Db, isHealthy, migrateToLatest, openDatabase } from './storage/db.js';

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
}

export interface Application {
  readonly db: Db;
  readonly bolt: App;
  /** Sends the digests, check-in prompts and reminders that are due; `tick()` runs one pass now. */
  readonly scheduler: Scheduler;
  start(): Promise<void>;
  /** Stops taking requests, lets in-flight work finish, then closes the database. */
  stop(): Promise<void>;
}

const SHUTDOWN_GRACE_MS = 10_000;

export async function createApplication(options: ApplicationOptions): Promise<Application> {
  const { config, logger } = options;
  if (config.auth === 'oauth') {
    throw new ConfigError(
      'SLACK_CLIENT_ID is set, but multi-workspace install is not available in this version: unset the SLACK_CLIENT_* variables and set SLACK_BOT_TOKEN',
    );
  }
  const clock = options.clock ?? systemClock;
  const db = options.db ?? openDatabase(config.database);
  const applied = await migrateToLatest(db);
  if (applied.length > 0) logger.info({ migrations: applied }, 'database migrated');

  const deps: SlackDeps = { db, clock, logger, config, users: new UserDirectory(clock) };
  const inFlight = new InFlight();
  let stopping = false;

  const healthz: CustomRoute = {
    path: '/healthz',
    method: ['GET'],
    handler: (_req: IncomingMessage, res: ServerResponse) => {
      void isHealthy(db).then((ok) => {
        const healthy = ok && !stopping;
        res.writeHead(healthy ? 200 : 503, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ ok: healthy, database: ok ? 'up' : 'down' }));
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

  const receiver: Receiver =
    config.transport === 'socket'
      ? new SocketModeReceiver({
          appToken: config.slack.appToken!,
          logger: log,
          customRoutes: [healthz],
          installerOptions: { port: config.port, clientOptions },
        })
      : new HTTPReceiver({
          signingSecret: config.slack.signingSecret!,
          logger: log,
          port: config.port,
          customRoutes: [healthz],
        });

  const bolt = new App({
    token: config.slack.botToken,
    receiver,
    logger: log,
    clientOptions,
    extendedErrorHandler: true,
  });
  bolt.use(async ({ next }) => {
    await inFlight.track(next());
  });
  registerListeners(bolt, deps);
  bolt.error(makeErrorHandler(deps));

  const slack = schedulerClient(config, logger);
  const scheduler = new Scheduler({
    db,
    clock,
    logger,
    users: deps.users,
    content: options.scheduler?.content ?? scheduledContent(deps),
    slack: () => slack,
    ...(options.scheduler?.sleep ? { sleep: options.scheduler.sleep } : {}),
  });
  const tick = options.scheduler?.tick ?? '*/15 * * * * *';

  return {
    db,
    bolt,
    scheduler,
    async start() {
      await bolt.start();
      if (tick !== false) scheduler.start(tick);
      logger.info(
        { transport: config.transport, port: config.port, database: config.database.kind },
        'smstrategy is up',
      );
    },
    async stop() {
      stopping = true;
      await bolt.stop();
      await scheduler.stop();
      const drained = await inFlight.drain(SHUTDOWN_GRACE_MS);
      if (!drained) logger.warn({ pending: inFlight.size }, 'stopped with work still running');
      await db.destroy();
      logger.info('smstrategy stopped');
    },
  };
}
