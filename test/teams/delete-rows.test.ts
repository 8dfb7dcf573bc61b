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
  'user_time_zones',
  'departed_users',
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
  await rowsOfItsOwn(t, channel);
}

/**
 * What the commands above leave empty in this test: the phases' own content, an owner's snooze
 * and a notice waiting to go out, an API token with a remembered request, and an import in
 * progress. Written straight into their tables, each pointing at this strategy the way the app
 * points at it (a register entry's activity through the entry, a request through its token).
 */
async function rowsOfItsOwn(t: TestApp, channel: string): Promise<void> {
  const db = t.app.db;
  const s = await db
    .selectFrom('strategies')
    .select('id')
    .where('team_id', '=', 'T1')
    .where('channel_id', '=', channel)
    .executeTakeFirstOrThrow();
  const metric = await db
    .selectFrom('metrics')
    .select('id')
    .where('strategy_id', '=', s.id)
    .executeTakeFirstOrThrow();
  const own = { strategy_id: s.id, team_id: 'T1' };
  const id = (what: string) => `${what}-${channel}`;
  const at = t.clock.now().getTime();
  await db
    .insertInto('phase_fields')
    .values({
      ...own,
      phase: 'listening',
      field: 'sources',
      value: 'Forums',
      version: 1,
      updated_by: 'U1',
      updated_at: at,
    })
    .execute();
  await db
    .insertInto('phase_goals')
    .values({
      ...own,
      id: id('goal'),
      text: 'Reach',
      metric_ids: JSON.stringify([metric.id]),
      version: 1,
      created_at: at,
      updated_at: at,
    })
    .execute();
  await db
    .insertInto('register_channels')
    .values({
      ...own,
      id: id('account'),
      service: 'Instagram',
      handle: '@launch',
      audience: 'Customers',
      purpose: 'Stories',
      cadence: 'weekly',
      owner_id: 'U1',
      version: 1,
      created_at: at,
      updated_at: at,
    })
    .execute();
  await db
    .insertInto('channel_activity')
    .values({
      id: id('activity'),
      channel_id: id('account'),
      team_id: 'T1',
      period: '2026-W49',
      posted: 1,
      post_count: 2,
      confirmed_by: 'U1',
      confirmed_at: at,
    })
    .execute();
  await db
    .insertInto('action_items')
    .values({
      ...own,
      id: id('action'),
      what: 'Brief',
      owner_id: 'U1',
      due_date: '2026-12-20',
      done: 0,
      version: 1,
      created_at: at,
      updated_at: at,
    })
    .execute();
  await db
    .insertInto('phase_nudges')
    .values({
      ...own,
      phase_key: 'goals',
      snoozed_until: '2026-12-15',
      snoozed_by: 'U1',
      disowned_by: null,
      updated_at: at,
    })
    .execute();
  await db
    .insertInto('owner_notices')
    .values({
      ...own,
      id: id('notice'),
      recipient: 'U2',
      kind: 'changed',
      phase_key: 'goals',
      actor_id: 'U1',
      payload_json: '{}',
      created_at: at,
      delivery_id: null,
    })
    .execute();
  await db
    .insertInto('api_tokens')
    .values({
      ...own,
      id: id('token'),
      label: 'ga4',
      token_hash: id('hash'),
      created_by: 'U1',
      created_at: at,
      last_used_at: null,
      revoked_by: null,
      revoked_at: null,
    })
    .execute();
  await db
    .insertInto('api_idempotency_keys')
    .values({
      team_id: 'T1',
      token_id: id('token'),
      key: 'k1',
      fingerprint: 'f',
      status: 201,
      body: '{}',
      created_at: at,
    })
    .execute();
  await db
    .insertInto('metric_imports')
    .values({
      ...own,
      id: id('import'),
      metric_id: metric.id,
      user_id: 'U1',
      state: 'previewed',
      label: null,
      rows: '[]',
      created_at: at,
      updated_at: at,
    })
    .execute();
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
