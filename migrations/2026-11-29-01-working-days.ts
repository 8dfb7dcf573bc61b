import type { Kysely } from 'kysely';

// Frozen in time (nothing imported from the app).
//
// The days a strategy's people work, as ISO weekday numbers (1 = Monday … 7 = Sunday) joined by
// commas. Nudges go out only on these days; Monday to Friday unless the admins choose otherwise.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('strategies')
    .addColumn('working_days', 'text', (c) => c.notNull().defaultTo('1,2,3,4,5'))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('strategies').dropColumn('working_days').execute();
}
