import type { Kysely } from 'kysely';

// Frozen in time (nothing imported from the app).
//
// A metric's history on its way in: the person asked to import (and may still be about to send
// the file to the app's DM), or the rows were read and previewed and wait for their confirmation.
// Nothing reaches `checkins` before that. The rows are JSON text: `[[period, value], …]`.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('metric_imports')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('team_id', 'text', (c) => c.notNull())
    .addColumn('strategy_id', 'text', (c) => c.notNull())
    .addColumn('metric_id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('label', 'text')
    .addColumn('rows', 'text')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('metric_imports_by_user')
    .on('metric_imports')
    .columns(['team_id', 'user_id', 'state'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('metric_imports').execute();
}
