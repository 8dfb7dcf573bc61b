import type { Kysely } from 'kysely';

// Frozen in time. The schedule is the source of truth for every recurring message: node-cron only
// wakes each process up; what is due, and whether a slot was already taken, lives here.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('schedules')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('team_id', 'text', (c) => c.notNull())
    .addColumn('strategy_id', 'text', (c) => c.notNull().references('strategies.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    // ISO weekday 1 (Monday) … 7 (Sunday); null for a daily job.
    .addColumn('weekday', 'integer')
    // Local wall-clock time HH:MM in time_zone.
    .addColumn('local_time', 'text', (c) => c.notNull())
    .addColumn('time_zone', 'text', (c) => c.notNull())
    // The next slot as a UTC instant (epoch ms); claims compare-and-set on it.
    .addColumn('next_run_at', 'bigint', (c) => c.notNull())
    .addColumn('enabled', 'integer', (c) => c.notNull())
    .addColumn('paused', 'integer', (c) => c.notNull())
    .addColumn('pause_reason', 'text')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addUniqueConstraint('schedules_strategy_kind', ['strategy_id', 'kind'])
    .execute();
  await db.schema.createIndex('schedules_due').on('schedules').columns(['paused', 'next_run_at']).execute();

  await db.schema
    .createTable('deliveries')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('team_id', 'text', (c) => c.notNull())
    .addColumn('schedule_id', 'text', (c) => c.notNull().references('schedules.id').onDelete('cascade'))
    .addColumn('slot_at', 'bigint', (c) => c.notNull())
    // The channel, or the user a DM goes to: one slot of a nudge schedule reaches several owners.
    .addColumn('recipient', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('lease_until', 'bigint')
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .addColumn('message_ts', 'text')
    .addColumn('error', 'text')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addUniqueConstraint('deliveries_slot', ['schedule_id', 'slot_at', 'recipient'])
    .execute();
  await db.schema
    .createIndex('deliveries_lease')
    .on('deliveries')
    .columns(['state', 'lease_until'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('deliveries').execute();
  await db.schema.dropTable('schedules').execute();
}
