import type { Kysely } from 'kysely';

// Slack may deliver one event more than once (its retries, or to two replicas). Each event id
// is recorded once per workspace; a second delivery finds it and does nothing.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('processed_events')
    .addColumn('team_id', 'text', (c) => c.notNull())
    .addColumn('event_id', 'text', (c) => c.notNull())
    .addColumn('received_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('processed_events_pk', ['team_id', 'event_id'])
    .execute();
  await db.schema
    .createIndex('processed_events_received_at')
    .on('processed_events')
    .column('received_at')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('processed_events').execute();
}
