import type { Kysely } from 'kysely';

// Slack has no Finnish interface language, so a person's Slack locale can never ask for Finnish:
// each person may choose the language of what only they see, per workspace.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('user_languages')
    .addColumn('team_id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('user_languages_pk', ['team_id', 'user_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('user_languages').execute();
}
