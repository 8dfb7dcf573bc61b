import type { Kysely } from 'kysely';

// Frozen in time (nothing imported from the app).
//
// Owner nudges go out at the nudge hour in each owner's own Slack time zone, so the zone users.info
// gave is kept (a pass of the scheduler must not ask Slack about every owner). An owner may snooze
// a phase's nudges for a week or say the phase is not theirs. Changes to someone's phase made by
// another person, and a phase marked blocked, wait a short while in `owner_notices` so that several
// changes made together reach the person as one message; `delivery_id` is the scheduler's delivery
// that sends them, set once, so each notice goes out exactly once.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('user_time_zones')
    .addColumn('team_id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .addColumn('checked_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('user_time_zones_pk', ['team_id', 'user_id'])
    .execute();
  await db.schema
    .createTable('phase_nudges')
    .addColumn('strategy_id', 'text', (c) => c.notNull().references('strategies.id').onDelete('cascade'))
    .addColumn('team_id', 'text', (c) => c.notNull())
    .addColumn('phase_key', 'text', (c) => c.notNull())
    // YYYY-MM-DD, the owner's local date from which nudges resume.
    .addColumn('snoozed_until', 'text')
    .addColumn('snoozed_by', 'text')
    // The owner who said the phase is not theirs; nudges stop until someone else owns it.
    .addColumn('disowned_by', 'text')
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('phase_nudges_pk', ['strategy_id', 'phase_key'])
    .execute();
  await db.schema
    .createTable('owner_notices')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('team_id', 'text', (c) => c.notNull())
    .addColumn('strategy_id', 'text', (c) => c.notNull().references('strategies.id').onDelete('cascade'))
    .addColumn('recipient', 'text', (c) => c.notNull())
    // `changed` (a phase of theirs changed by someone else) or `blocked` (to an admin).
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('phase_key', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text', (c) => c.notNull())
    .addColumn('payload_json', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('delivery_id', 'text')
    .execute();
  await db.schema
    .createIndex('owner_notices_pending')
    .on('owner_notices')
    .columns(['delivery_id', 'created_at'])
    .execute();
  await db.schema
    .createIndex('owner_notices_delivery')
    .on('owner_notices')
    .columns(['delivery_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('owner_notices').execute();
  await db.schema.dropTable('phase_nudges').execute();
  await db.schema.dropTable('user_time_zones').execute();
}
