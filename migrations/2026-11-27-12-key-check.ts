import type { Kysely } from 'kysely';

// A known text sealed under the encryption key the first time the app starts with one. At every
// start it must open again: a wrong ENCRYPTION_KEY then stops the start-up instead of every sealed
// token silently failing to open later.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('key_checks')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('key_id', 'text', (c) => c.notNull())
    .addColumn('sealed', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('key_checks').execute();
}
