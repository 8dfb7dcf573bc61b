import { Migrator, sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { migrations } from '../../migrations/index.js';
import { type Db, migrateToLatest, openDatabase } from '../../src/storage/db.js';

let db: Db | undefined;
afterEach(async () => {
  await db?.destroy();
  db = undefined;
});

/** A database migrated up to the one before the check-ins' comment and confidence, with one value. */
async function beforeNotes(): Promise<Db> {
  db = openDatabase({ kind: 'sqlite', path: ':memory:' });
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  expect((await migrator.migrateTo('2026-11-27-13-zones-and-lookups')).error).toBeUndefined();
  await sql`insert into strategies (id, team_id, channel_id, name, language, time_zone, state, created_by, created_at, updated_at)
    values ('S1', 'T1', 'C1', 'Launch', 'en', 'UTC', 'active', 'U1', 1, 1)`.execute(db);
  await sql`insert into metrics (id, strategy_id, team_id, name, unit, baseline, target, target_date, owner_id, direction, cadence, created_at, updated_at)
    values ('M1', 'S1', 'T1', 'Reach', '', 5000, 8000, '2027-12-31', 'U1', 'up', 'weekly', 1, 1)`.execute(db);
  await sql`insert into checkins (id, metric_id, team_id, period, value, reported_by, reported_at)
    values ('K1', 'M1', 'T1', '2027-W01', 4150, 'U1', 1)`.execute(db);
  return db;
}

describe('migration 2026-11-28-23-checkin-notes', () => {
  it('gives the values reported before it no comment and no confidence, and keeps them', async () => {
    const db = await beforeNotes();
    expect(await migrateToLatest(db)).toContain('2026-11-28-23-checkin-notes');
    expect(await db.selectFrom('checkins').selectAll().execute()).toEqual([
      expect.objectContaining({ id: 'K1', value: 4150, comment: null, confidence: null }),
    ]);
  });

  it('keeps a comment column that values from other routes brought already', async () => {
    const db = await beforeNotes();
    await sql`alter table checkins add column comment text`.execute(db);
    await sql`update checkins set comment = 'kept'`.execute(db);
    await migrateToLatest(db);
    const row = await db.selectFrom('checkins').select(['comment', 'confidence']).executeTakeFirstOrThrow();
    expect(row).toEqual({ comment: 'kept', confidence: null });
  });
});
