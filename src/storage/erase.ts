import { PostgresAdapter, type RawBuilder, sql } from 'kysely';
import type { Db } from './db.js';

// Deleting a strategy removes every row that belongs to it, in every table, including tables added
// after this was written. The schema is read as it is at the time (not from a list kept here): a
// table belongs to a strategy when it has a `strategy_id` column, or hangs under such a table by a
// `<parent>_id` column naming the parent table in the singular (`metric_id` → `metrics`,
// `schedule_id` → `schedules`), or the last word of its name (`channel_id` → `register_channels`,
// `token_id` → `api_tokens`), at any depth.

export interface TableShape {
  name: string;
  columns: string[];
  /** The columns that hold text (text, varchar, char). */
  textColumns: string[];
}

const isText = (dataType: string) => /text|char/i.test(dataType);

/** Every table of the database the app uses (on PostgreSQL, of its current schema), with its columns. */
export async function tablesOf(
  db: Db,
  options: { withMigrationTables?: boolean } = {},
): Promise<TableShape[]> {
  const withMigrationTables = options.withMigrationTables ?? false;
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    // Read for the current schema alone: a server holding many schemas (one per tenant, or per
    // test) would make a catalogue-wide read slow enough to outlast Slack's three seconds.
    const rows = await sql<{ table_name: string; column_name: string; data_type: string }>`
      select c.table_name, c.column_name, c.data_type
      from information_schema.columns c
      join information_schema.tables t
        on t.table_schema = c.table_schema and t.table_name = c.table_name
      where c.table_schema = current_schema() and t.table_type = 'BASE TABLE'
      order by c.table_name, c.ordinal_position`.execute(db);
    const byTable = new Map<string, TableShape>();
    for (const r of rows.rows) {
      const table = byTable.get(r.table_name) ?? { name: r.table_name, columns: [], textColumns: [] };
      table.columns.push(r.column_name);
      if (isText(r.data_type)) table.textColumns.push(r.column_name);
      byTable.set(r.table_name, table);
    }
    return [...byTable.values()]
      .filter(({ name }) => withMigrationTables || !name.startsWith('kysely_migration'))
      .sort((a, b) => a.name.localeCompare(b.name));
  }
  const tables = await db.introspection.getTables({ withInternalKyselyTables: withMigrationTables });
  return tables
    .filter((t) => !t.isView)
    .map((t) => ({
      name: t.name,
      columns: t.columns.map((c) => c.name),
      textColumns: t.columns.filter((c) => isText(c.dataType)).map((c) => c.name),
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** How many rows the table holds, all workspaces together. */
export async function countRows(db: Db, table: string): Promise<number> {
  const result = await sql<{ n: number | string }>`select count(*) as n from ${sql.table(table)}`.execute(db);
  return Number(result.rows[0]?.n ?? 0);
}

/**
 * `metric_id` → `metrics`, `delivery_id` → `deliveries`, `token_id` → `api_tokens`: the tables a
 * `<parent>_id` column may point to, among those given; an exact name first.
 */
function parentTable(column: string, names: Iterable<string>): string[] {
  const stem = column.slice(0, -'_id'.length);
  const plurals = [`${stem}s`, `${stem}es`, stem.endsWith('y') ? `${stem.slice(0, -1)}ies` : `${stem}s`];
  const suffixed = [...names].filter((name) => plurals.some((plural) => name.endsWith(`_${plural}`)));
  return [...plurals, ...suffixed];
}

interface Owned {
  table: TableShape;
  /** The ids of this table's rows that belong to the strategy (for tables that hang under it). */
  rows: RawBuilder<unknown>;
  depth: number;
}

/**
 * Each table holding rows of the strategy, with the condition that picks them; deepest first, so
 * that no row is deleted before the rows that point at it.
 */
function ownedTables(tables: TableShape[], teamId: string, strategyId: string): Owned[] {
  const byName = new Map(tables.map((t) => [t.name, t]));
  const owned = new Map<string, Owned>();
  const teamScoped = (t: TableShape, alias = sql.table(t.name)) =>
    t.columns.includes('team_id') ? sql`and ${alias}.team_id = ${teamId}` : sql``;
  const root = byName.get('strategies');
  if (root)
    owned.set(root.name, {
      table: root,
      rows: sql`${sql.ref('id')} = ${strategyId} and team_id = ${teamId}`,
      depth: 0,
    });
  for (const t of tables) {
    if (t.name !== 'strategies' && t.columns.includes('strategy_id'))
      owned.set(t.name, {
        table: t,
        rows: sql`${sql.ref('strategy_id')} = ${strategyId} ${teamScoped(t)}`,
        depth: 1,
      });
  }
  for (let changed = true; changed; ) {
    changed = false;
    for (const t of tables) {
      if (owned.has(t.name)) continue;
      for (const column of t.columns) {
        if (!column.endsWith('_id') || column === 'team_id') continue;
        const parent = parentTable(column, owned.keys())
          .map((name) => owned.get(name))
          .find((p) => p?.table.columns.includes('id'));
        if (!parent || parent.table.name === 'strategies') continue;
        const parentRows = sql`select id from ${sql.table(parent.table.name)} where ${parent.rows}`;
        owned.set(t.name, {
          table: t,
          rows: sql`${sql.ref(column)} in (${parentRows}) ${teamScoped(t)}`,
          depth: parent.depth + 1,
        });
        changed = true;
        break;
      }
    }
  }
  return [...owned.values()].sort((a, b) => b.depth - a.depth);
}

/**
 * Deletes the strategy and every row of every table that belongs to it; call inside a transaction.
 * Returns how many rows went from each table.
 */
export async function eraseStrategy(
  db: Db,
  scope: { teamId: string },
  strategyId: string,
): Promise<Record<string, number>> {
  const deleted: Record<string, number> = {};
  for (const { table, rows } of ownedTables(await tablesOf(db), scope.teamId, strategyId)) {
    const result = await sql`delete from ${sql.table(table.name)} where ${rows}`.execute(db);
    deleted[table.name] = Number(result.numAffectedRows ?? 0n);
  }
  return deleted;
}
