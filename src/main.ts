import { ConfigError, loadConfig, readDotEnv } from './config.js';
import { installLastResortHandlers } from './last-resort.js';
import { configSecrets, createLogger } from './logger.js';

/** How long after start-up the PDF fonts are parsed, ready for the first plan. */
const FONT_WARM_UP_MS = 30_000;

// A configuration problem, found before start-up or during it (a token Slack refuses, an
// ENCRYPTION_KEY that does not open the database, a database file SQLite cannot read), ends the
// process with one line naming the variable: under a supervisor, restarting cannot fix it.
const refuse = (err: unknown): never => {
  if (!(err instanceof ConfigError)) throw err;
  console.error(`smstrategy: ${err.message}`);
  process.exit(1);
};

try {
  readDotEnv();
  const config = loadConfig(process.env);
  const logger = createLogger(config.logLevel, undefined, { secrets: configSecrets(config) });
  installLastResortHandlers(logger);
  // The app's modules are loaded once the configuration holds: a refused one is told at once.
  const { createApplication } = await import('./app.js');
  const app = await createApplication({ config, logger });

  let stopping = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    app.stop().then(
      () => process.exit(0),
      (err: unknown) => {
        logger.error({ err }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  // Registered before start: start-up may wait a long while for the database or Slack.
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
  await app.start().catch(refuse);
  // Parsing the PDF fonts takes a second or so of CPU: better in a quiet moment after start-up
  // than in the first plan, and not in the middle of start-up's own work.
  setTimeout(() => {
    import('./views/plan-pdf.js').then(
      ({ preparePlanFonts }) => preparePlanFonts(),
      (err: unknown) => logger.warn({ err }, 'the PDF fonts could not be prepared; the first plan will'),
    );
  }, FONT_WARM_UP_MS).unref();
} catch (err) {
  refuse(err);
}
