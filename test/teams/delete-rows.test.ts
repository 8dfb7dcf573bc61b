import { PostgresAdapter, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { openAssess, stepValues, typingFor } from '../assessment/support.js';
import { fillStrategy } from '../plan/support.js';
import { appForEachTest } from '../support/app-per-test.js';
import type { TestApp } from '../support/harness.js';
import { valuesAsOpened } from '../support/view-values.js';
import { openedBy, USERS } from './support.js';

// Deleting a strategy must remove its rows from every table, including tables added after this
// test was written: the tables are read from the live schema (SQLite's catalogue, PostgreSQL's
// information schema), on whichever database the run uses (`npm run test:pg` for PostgreSQL).

const t = appForEachTest({ users: USERS });

/** Tables that hold no strategy's rows: the workspace, its installation, people, the migrations. */
const WORKSPACE_LEVEL = new Set([
  'workspaces',
  'installations',
  'key_checks',
  'processed_events',
  'user_names',
  'user_languages',
  'kysely_migration',
  'kysely_migration_lock',
]);

async function tableNames(t: TestApp): Promise<string[]> {
  const db = t.app.db;
  const rows =
    db.getExecutor().adapter instanceof PostgresAdapter
      ? await sql<{ name: string }>`select table_name as name from information_schema.tables
          where table_schema = current_schema() and table_type = 'BASE TABLE'`.execute(db)
      : await sql<{ name: string }>`select name from sqlite_master
          where type = 'table' and name not like 'sqlite_%'`.execute(db);
  return rows.rows.map((r) => r.name).sort();
}

async function counts(t: TestApp): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const table of await tableNames(t)) {
    const r = await sql<{ n: string | number }>`select count(*) as n from ${sql.table(table)}`.execute(
      t.app.db,
    );
    out[table] = Number(r.rows[0]!.n);
  }
  return out;
}

/** A strategy with a row in every table a strategy can have rows in, through the app itself. */
async function everything(t: TestApp, channel: string): Promise<void> {
  await t.reply('start Launch', { channel });
  await fillStrategy(t, channel, 'U1');
  await t.reply('admin add <@U2>', { channel });
  // A draft of the analysis: the first step taken, the window left open.
  const view = await openAssess(t, { channel });
  await t.submit(view, stepValues(0, typingFor({}, 'clear', 'draft ')), { channel });
  await t.reply('plan', { channel });
  // The digest goes out (Tuesday 08:30 Helsinki, as fillStrategy set it): a delivery.
  t.clock.set('2026-12-08T06:30:00Z');
  await t.app.scheduler.tick();
  await t.app.idle();
}

describe('delete', () => {
  it('removes the strategy’s rows from every table and nothing of another strategy', async () => {
    await everything(t, 'C2');
    const before = await counts(t);
    await everything(t, 'C1');
    const withBoth = await counts(t);

    const view = await openedBy(t, 'delete', { channel: 'C1' });
    const done = await t.submit(view, valuesAsOpened(view, { strategy_delete_name: { value: 'Launch' } }), {
      channel: 'C1',
    });
    expect(done.body).toEqual({});
    await t.app.idle();
    const after = await counts(t);

    const tables = Object.keys(withBoth);
    expect(tables).toContain('strategies');
    for (const table of tables) {
      if (WORKSPACE_LEVEL.has(table)) {
        expect(after[table], table).toBe(withBoth[table]);
        continue;
      }
      // A table this test does not fill for a strategy would prove nothing: fill it in `everything`
      // (or, if it holds no strategy's rows, name it in WORKSPACE_LEVEL).
      expect(withBoth[table], `${table} gets rows from a second strategy`).toBeGreaterThan(before[table]!);
      // The deletion itself is recorded: one workspace-level audit row.
      const expected = table === 'audit_events' ? before[table]! + 1 : before[table]!;
      expect(after[table], table).toBe(expected);
    }
    const trail = await t.app.db
      .selectFrom('audit_events')
      .selectAll()
      .where('action', '=', 'strategy.deleted')
      .execute();
    expect(trail).toHaveLength(1);
    expect(trail[0]).toMatchObject({ strategy_id: null, actor_id: 'U1', subject: 'C1' });
    // The other strategy still answers, whole.
    expect((await t.reply('status', { channel: 'C2' })).text).toBe('Launch');
  });
});
