import type { Migration } from 'kysely';
import * as foundation from './2026-11-26-01-foundation.js';
import * as schedules from './2026-11-26-05-schedules.js';

// Listed here rather than read from the folder, so the same list works from source and from dist/.
// Names sort by date; append new migrations at the end.
export const migrations: Record<string, Migration> = {
  '2026-11-26-01-foundation': foundation,
  '2026-11-26-05-schedules': schedules,
};
