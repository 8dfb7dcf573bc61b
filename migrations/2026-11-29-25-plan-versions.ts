import type { Kysely } from 'kysely';

// Frozen in time (nothing imported from the app).
//
// The versions of a strategy's documented plan. A plan made when nothing in it changed since the
// last version keeps that version's number; otherwise it becomes the next version. `sections_json`
// holds a fingerprint of each part of the plan, so the next version can say which parts changed;
// `changed_json` lists the parts this version changed against the one before it.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('plan_versions')
    .addColumn('strategy_id', 'text', (c) => c.notNull().references('strategies.id').onDelete('cascade'))
    .addColumn('team_id', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('fingerprint', 'text', (c) => c.notNull())
    .addColumn('sections_json', 'text', (c) => c.notNull())
    .addColumn('changed_json', 'text', (c) => c.notNull())
    .addColumn('made_by', 'text')
    .addColumn('made_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('plan_versions_pk', ['strategy_id', 'version'])
    .execute();
  await db.schema
    .createIndex('plan_versions_by_team')
    .on('plan_versions')
    .columns(['team_id', 'strategy_id', 'version'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('plan_versions').execute();
}
