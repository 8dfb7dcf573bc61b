import { type Kysely, PostgresAdapter, sql } from 'kysely';

// Frozen in time (nothing imported from the app).
//
// A reported value may carry what explains it (a comment) and how its reporter sees the goal
// (`on_track`, `at_risk`, `off_track`). Values reported before this carry neither. Values that
// arrive by other routes than the check-in modal may carry a comment too, so the column may have
// been added with those already: it is added here only when it is not there.

async function hasColumn(db: Kysely<unknown>, table: string, column: string): Promise<boolean> {
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    const found = await sql<{ n: number }>`
      select 1 as n from information_schema.columns
      where table_schema = current_schema() and table_name = ${table} and column_name = ${column}`.execute(
      db,
    );
    return found.rows.length > 0;
  }
  const columns = await sql<{ name: string }>`select name from pragma_table_info(${table})`.execute(db);
  return columns.rows.some((c) => c.name === column);
}

export async function up(db: Kysely<unknown>): Promise<void> {
  if (!(await hasColumn(db, 'checkins', 'comment')))
    await db.schema.alterTable('checkins').addColumn('comment', 'text').execute();
  await db.schema.alterTable('checkins').addColumn('confidence', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('checkins').dropColumn('confidence').execute();
  await db.schema.alterTable('checkins').dropColumn('comment').execute();
}
