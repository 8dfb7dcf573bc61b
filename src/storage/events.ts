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

/** A modal submission as Slack identifies it: the view, and the hash of the view's version. */
export interface SubmissionId {
  viewId: string;
  hash: string;
}

// Kept with the event deliveries (and forgotten with them): a final submission is a delivery
// too, and one Slack never sends twice for the same version of a view.
const submissionKey = (s: SubmissionId) => `view_submission:${s.viewId}:${s.hash}`;

/**
 * Records a final submission as carried out, inside the transaction that carries it out; false
 * when it already was (a replay), and the caller then changes nothing.
 */
export async function claimSubmission(db: Db, teamId: string, s: SubmissionId, at: number): Promise<boolean> {
  return claimEvent(db, teamId, submissionKey(s), at);
}

export async function isSubmissionClaimed(db: Db, teamId: string, s: SubmissionId): Promise<boolean> {
  const row = await db
    .selectFrom('processed_events')
    .select('event_id')
    .where('team_id', '=', teamId)
    .where('event_id', '=', submissionKey(s))
    .executeTakeFirst();
  return row !== undefined;
}
