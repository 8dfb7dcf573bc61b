import type { Clock } from '../clock.js';
import type { Logger } from '../logger.js';
import type { Db } from '../storage/db.js';

/** What the use cases need, passed in rather than imported, so tests run them on real parts. */
export interface ServiceDeps {
  db: Db;
  clock: Clock;
  logger: Logger;
}
