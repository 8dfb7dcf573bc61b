import { Migrator } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { migrations } from '../../migrations/index.js';
import { type Db, migrateToLatest, openDatabase } from '../../src/storage/db.js';

let db: Db | undefined;
afterEach(async () => {
  await db?.destroy();
  db = undefined;
});

describe('migration 2026-11-27-13-zones-and-lookups', () => {
  it('stores every zone typed or given before it by its canonical IANA name', async () => {
    db = openDatabase({ kind: 'sqlite', path: ':memory:' });
    const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
    expect((await migrator.migrateTo('2026-11-26-09-phases-by-strategy')).error).toBeUndefined();
    const typed = ['europe/helsinki', 'Asia/Calcutta', 'utc', 'America/New_York', 'US/Eastern'];
    for (const [i, zone] of typed.entries()) {
      await db
        .insertInto('strategies')
        .values({
          id: `S${i}`,
          team_id: 'T1',
          channel_id: `C${i}`,
          name: `S${i}`,
          language: 'en',
          time_zone: zone,
          state: 'active',
          created_by: 'U1',
          created_at: 1,
          updated_at: 1,
        })
        .execute();
      await db
        .insertInto('schedules')
        .values({
          id: `K${i}`,
          team_id: 'T1',
          strategy_id: `S${i}`,
          kind: 'digest',
          weekday: 1,
          local_time: '09:00',
          time_zone: zone,
          next_run_at: 1,
          enabled: 1,
          paused: 0,
          pause_reason: null,
          created_at: 1,
          updated_at: 1,
        })
        .execute();
    }
    expect(await migrateToLatest(db)).toContain('2026-11-27-13-zones-and-lookups');
    const canonical = ['Europe/Helsinki', 'Asia/Kolkata', 'UTC', 'America/New_York', 'America/New_York'];
    const zones = async (table: 'strategies' | 'schedules') =>
      (await db!.selectFrom(table).select(['id', 'time_zone']).orderBy('id').execute()).map(
        (r) => r.time_zone,
      );
    expect(await zones('strategies')).toEqual(canonical);
    expect(await zones('schedules')).toEqual(canonical);
  });
});
