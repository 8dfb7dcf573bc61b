import { createApplication } from './app.js';
import { ConfigError, loadConfig, readDotEnv } from './config.js';
import { installLastResortHandlers } from './last-resort.js';
import { createLogger } from './logger.js';

try {
  readDotEnv();
  const config = loadConfig(process.env);
  const logger = createLogger(config.logLevel);
  installLastResortHandlers(logger);
  const app = await createApplication({ config, logger });
  await app.start();

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
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
} catch (err) {
  if (!(err instanceof ConfigError)) throw err;
  console.error(`smstrategy: ${err.message}`);
  process.exit(1);
}
