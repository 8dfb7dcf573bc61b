import { Migrator } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { migrations } from '../../migrations/index.js';
import { PHASE_KEYS } from '../../src/domain/method.js';
import { type Db, migrateToLatest, openDatabase } from '../../src/storage/db.js';

let db: Db | undefined;
afterEach(async () => {
  await db?.destroy();
  db = undefined;
});

describe('migration 2026-11-26-03-phases', () => {
  it('gives strategies started before it their eight phases', async () => {
    db = openDatabase({ kind: 'sqlite', path: ':memory:' });
    const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
    const first = await migrator.migrateTo('2026-11-26-01-foundation');
    expect(first.error).toBeUndefined();
    await db
      .insertInto('strategies')
      .values({
        id: 'S-old',
        team_id: 'T1',
        channel_id: 'C1',
        name: 'Old',
        language: 'en',
        time_zone: 'UTC',
        state: 'active',
        created_by: 'U1',
        created_at: 1,
        updated_at: 1,
      })
      .execute();
    expect(await migrateToLatest(db)).toContain('2026-11-26-03-phases');
    const rows = await db.selectFrom('phases').selectAll().where('strategy_id', '=', 'S-old').execute();
    expect(rows.map((r) => r.key).sort()).toEqual([...PHASE_KEYS].sort());
    expect(rows.every((r) => r.team_id === 'T1' && r.status === 'not_started')).toBe(true);
  });
});
