import type { Kysely } from 'kysely';

// The readiness analysis: every save kept as a numbered revision, and one draft per strategy and
// user so nothing typed in the modal is lost. Answers are JSON text (portable to PostgreSQL).
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('assessment_revisions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('team_id', 'text', (c) => c.notNull())
    .addColumn('strategy_id', 'text', (c) => c.notNull().references('strategies.id').onDelete('cascade'))
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('answers_json', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addUniqueConstraint('assessment_revisions_strategy_revision', ['strategy_id', 'revision'])
    .execute();
  await db.schema
    .createIndex('assessment_revisions_team_strategy')
    .on('assessment_revisions')
    .columns(['team_id', 'strategy_id', 'revision'])
    .execute();

  await db.schema
    .createTable('assessment_drafts')
    .addColumn('strategy_id', 'text', (c) => c.notNull().references('strategies.id').onDelete('cascade'))
    .addColumn('team_id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('answers_json', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('assessment_drafts_pk', ['strategy_id', 'user_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('assessment_drafts').execute();
  await db.schema.dropTable('assessment_revisions').execute();
}
