import type { Db } from './db.js';

/** Records an event delivery; true for the first delivery of that event, false for a repeat. */
export async function claimEvent(db: Db, teamId: string, eventId: string, at: number): Promise<boolean> {
  const result = await db
    .insertInto('processed_events')
    .values({ team_id: teamId, event_id: eventId, received_at: at })
    .onConflict((oc) => oc.columns(['team_id', 'event_id']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** Forgets deliveries older than `before` (Slack stops retrying an event after about an hour). */
export async function forgetEventsBefore(db: Db, before: number): Promise<void> {
  await db.deleteFrom('processed_events').where('received_at', '<', before).execute();
}
