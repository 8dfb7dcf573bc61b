import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { type Db, migrateToLatest, openDatabase } from '../src/storage/db.js';
import type { Measurement, Row } from './lib.js';

// What syncing every commit costs on SQLite: the app's own database (openDatabase: WAL mode,
// synchronous=FULL), a stream of small committed transactions like the ones a request makes (an
// audit event and a change to one row), measured with FULL and with NORMAL in alternating
// segments on the same file, so that whatever else the machine does hits both alike.

const COMMITS = Number(process.env.BENCH_DURABILITY_COMMITS ?? 500);
const ROUNDS = Number(process.env.BENCH_DURABILITY_ROUNDS ?? 4);

type Mode = 'FULL' | 'NORMAL';

async function segment(db: Db, mode: Mode, round: number): Promise<number> {
  await sql.raw(`pragma synchronous = ${mode}`).execute(db);
  const started = performance.now();
  for (let i = 0; i < COMMITS; i += 1) {
    await db.transaction().execute(async (trx) => {
      await trx
        .insertInto('audit_events')
        .values({
          id: randomUUID(),
          team_id: 'TBENCH',
          strategy_id: null,
          actor_id: 'UBENCH',
          action: 'bench.write',
          subject: `${mode}-${round}-${i}`,
          before_json: null,
          after_json: JSON.stringify({ i }),
          at: Date.now(),
        })
        .execute();
      await trx
        .insertInto('workspaces')
        .values({ team_id: 'TBENCH', name: null, created_at: 0, updated_at: i })
        .onConflict((oc) => oc.column('team_id').doUpdateSet({ updated_at: i }))
        .execute();
    });
  }
  return performance.now() - started;
}

export async function measureDurability(): Promise<Record<Mode, number>> {
  const dir = mkdtempSync(join(tmpdir(), 'smstrategy-durability-'));
  const db = openDatabase({ kind: 'sqlite', path: join(dir, 'bench.db') });
  const ms: Record<Mode, number> = { FULL: 0, NORMAL: 0 };
  try {
    await migrateToLatest(db);
    await segment(db, 'FULL', -1); // warm-up
    for (let round = 0; round < ROUNDS; round += 1) {
      const order: Mode[] = round % 2 === 0 ? ['FULL', 'NORMAL'] : ['NORMAL', 'FULL'];
      for (const mode of order) ms[mode] += await segment(db, mode, round);
    }
  } finally {
    await db.destroy();
    rmSync(dir, { recursive: true, force: true });
  }
  const commits = COMMITS * ROUNDS;
  return { FULL: (commits / ms.FULL) * 1000, NORMAL: (commits / ms.NORMAL) * 1000 };
}

export const durability: Measurement = {
  name: 'durability',
  async run(): Promise<Row[]> {
    const perSecond = await measureDurability();
    return [
      {
        measure: 'SQLite commits/s, synchronous=FULL (as the app runs) vs NORMAL, WAL mode',
        value: `FULL ${perSecond.FULL.toFixed(0)}/s, NORMAL ${perSecond.NORMAL.toFixed(0)}/s (${(perSecond.FULL / perSecond.NORMAL).toFixed(2)}×)`,
        note: `${COMMITS * ROUNDS} small transactions each (an audit event and an upsert), alternating segments on one file; FULL syncs the log at every commit, so what was acknowledged survives a power loss`,
      },
    ];
  },
};

if (import.meta.url === `file://${process.argv[1]}`) {
  const perSecond = await measureDurability();
  console.log(`SQLite commits/s: FULL ${perSecond.FULL.toFixed(0)}, NORMAL ${perSecond.NORMAL.toFixed(0)}`);
}
