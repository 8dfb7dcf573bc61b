import type { Kysely } from 'kysely';

// The documented plan names people, and the command line has no Slack to ask: the app records each
// display name it resolves. The plan's canvas is kept per strategy so later plans edit it.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('user_names')
    .addColumn('team_id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('user_names_pk', ['team_id', 'user_id'])
    .execute();
  await db.schema
    .createTable('plan_canvases')
    .addColumn('strategy_id', 'text', (c) => c.primaryKey().references('strategies.id').onDelete('cascade'))
    .addColumn('team_id', 'text', (c) => c.notNull())
    .addColumn('canvas_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('plan_canvases').execute();
  await db.schema.dropTable('user_names').execute();
}
