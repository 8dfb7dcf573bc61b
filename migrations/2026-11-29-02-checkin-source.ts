import type { Kysely } from 'kysely';

// Frozen in time (nothing imported from the app).
//
// Where a reported value came from: the check-in window (`modal`), the HTTP API (`api`), a CSV
// import (`import`) or a Workflow Builder step (`workflow`), and for the API the label of the
// token that wrote it. Values reported before this came from the window.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('checkins')
    .addColumn('source', 'text', (c) => c.notNull().defaultTo('modal'))
    .execute();
  await db.schema.alterTable('checkins').addColumn('source_label', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('checkins').dropColumn('source_label').execute();
  await db.schema.alterTable('checkins').dropColumn('source').execute();
}
