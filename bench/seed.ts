import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { createDefaultSchedules } from '../src/services/schedules.js';
import { insertRevision } from '../src/storage/assessments.js';
import { type Db, migrateToLatest, openDatabase } from '../src/storage/db.js';
import { ensurePhases } from '../src/storage/phases.js';
import { ensureWorkspace, insertStrategy } from '../src/storage/strategies.js';
import { channelOf, seededAnswers, teamOf } from './seed-data.js';

export { channelOf, teamOf };

// Fills a database through the storage layer, as the app itself writes it.

/**
 * Written an hour before Monday 2026-11-30 09:00 in Helsinki, the next slot of every digest (and
 * of the daily owner nudges); the check-in prompts and reminders come later in the week.
 */
export const SEEDED_AT = Date.parse('2026-11-30T06:00:00Z');
/** That slot, and a moment just after it when every seeded digest is due. */
export const DIGEST_SLOT = '2026-11-30T07:00:00.000Z';
export const DIGEST_DUE = '2026-11-30T07:00:30Z';

/** The seeded database: a SQLite file path or a postgres:// URL. */
export function openTarget(target: string): Db {
  return target.startsWith('postgres')
    ? openDatabase({ kind: 'postgres', url: target })
    : openDatabase({ kind: 'sqlite', path: target });
}

async function seedWorkspace(db: Db, w: number, perWorkspace: number, at: number): Promise<void> {
  const teamId = teamOf(w);
  await db.transaction().execute(async (trx) => {
    await ensureWorkspace(trx, teamId, at);
    for (let s = 0; s < perWorkspace; s++) {
      const id = randomUUID();
      await insertStrategy(trx, {
        id,
        teamId,
        channelId: channelOf(s),
        name: `Strategy ${w}/${s}`,
        language: s % 2 ? 'fi' : 'en',
        timeZone: 'Europe/Helsinki',
        createdBy: 'UADMIN',
        at,
      });
      await insertRevision(
        trx,
        { teamId },
        {
          strategyId: id,
          revision: 1,
          answers: seededAnswers(w + s),
          judgements: {},
          gapBasis: {},
          createdBy: 'UADMIN',
          at,
        },
      );
      // As startStrategy writes them: the eight phases and the default schedules.
      await ensurePhases(trx, { teamId }, id, at);
      await createDefaultSchedules(trx, { id, teamId, timeZone: 'Europe/Helsinki' }, at);
    }
  });
}

/**
 * `workspaces` workspaces with `perWorkspace` strategies each (channels C00000…), every strategy
 * with one saved readiness revision, its phases and its default schedules; one transaction per
 * workspace (ten at a time on PostgreSQL, one per pooled connection). `target` is a SQLite file
 * path or a postgres:// URL. Leaves the database closed again.
 * `from` numbers the first workspace (to add workspaces to a seeded database); `at` is when they
 * are written (SEEDED_AT by default, so that DIGEST_SLOT is their digests' next slot).
 * SQLite files are written without syncing each commit: only the data is wanted, not the speed.
 */
export async function seed(
  target: string,
  workspaces: number,
  perWorkspace: number,
  options: { from?: number; at?: number } = {},
): Promise<void> {
  const db = openTarget(target);
  const postgres = target.startsWith('postgres');
  const parallel = postgres ? 10 : 1;
  const from = options.from ?? 0;
  const at = options.at ?? SEEDED_AT;
  try {
    await migrateToLatest(db);
    if (!postgres) await sql`pragma synchronous = off`.execute(db);
    for (let w = from; w < from + workspaces; w += parallel) {
      await Promise.all(
        Array.from({ length: Math.min(parallel, from + workspaces - w) }, (_, k) =>
          seedWorkspace(db, w + k, perWorkspace, at),
        ),
      );
    }
  } finally {
    await db.destroy();
  }
}
