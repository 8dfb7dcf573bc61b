import type { Kysely } from 'kysely';

// Frozen in time (nothing imported from the app).
//
// How often each schedule comes round: `weekly`, `biweekly` (every other week, counted from the
// Monday in `anchor`), `monthly_first` or `monthly_last` (the weekday's first or last occurrence in
// the month). `day_offset` moves every slot that many days later (the check-in reminder runs the
// day after the prompt). Every schedule before this ran weekly, or daily, with no offset.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('schedules')
    .addColumn('frequency', 'text', (c) => c.notNull().defaultTo('weekly'))
    .execute();
  await db.schema.alterTable('schedules').addColumn('anchor', 'text').execute();
  await db.schema
    .alterTable('schedules')
    .addColumn('day_offset', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('schedules').dropColumn('day_offset').execute();
  await db.schema.alterTable('schedules').dropColumn('anchor').execute();
  await db.schema.alterTable('schedules').dropColumn('frequency').execute();
}
