import type { Kysely } from 'kysely';

// People Slack reported deactivated in a workspace. What they own is flagged "owner left" from
// this one list rather than a flag on every kind of item, so a returning person clears every flag
// at once and kinds of items added later are covered without a migration of their own.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('departed_users')
    .addColumn('team_id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('left_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('departed_users_pk', ['team_id', 'user_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('departed_users').execute();
}
