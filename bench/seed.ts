import { randomUUID } from 'node:crypto';
import { insertRevision } from '../src/storage/assessments.js';
import { type Db, migrateToLatest, openDatabase } from '../src/storage/db.js';
import { ensureWorkspace, insertStrategy } from '../src/storage/strategies.js';
import { channelOf, seededAnswers, teamOf } from './seed-data.js';

export { channelOf, teamOf };

// Fills a database through the storage layer, as the app itself writes it.

/**
 * `workspaces` workspaces with `perWorkspace` strategies each (channels C00000…), every strategy
 * with one saved readiness revision. Returns the path's database closed again.
 */
export async function seed(path: string, workspaces: number, perWorkspace: number): Promise<void> {
  const db: Db = openDatabase({ kind: 'sqlite', path });
  try {
    await migrateToLatest(db);
    const at = Date.UTC(2026, 10, 26);
    for (let w = 0; w < workspaces; w++) {
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
              createdBy: 'UADMIN',
              at,
            },
          );
        }
      });
    }
  } finally {
    await db.destroy();
  }
}
