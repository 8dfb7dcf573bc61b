import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Db } from './db.js';
import type { DeliveryTable } from './schema.js';

// The scheduler's record of each message it owes: one row per (schedule, slot, recipient), held by
// one process at a time under a lease. The scheduler serves every workspace, so these queries go by
// the delivery's id; every row carries its team_id and later queries are scoped by it.

export type DeliveryState = DeliveryTable['state'];

export interface Delivery {
  id: string;
  teamId: string;
  scheduleId: string;
  slotAt: number;
  recipient: string;
  state: DeliveryState;
  leaseUntil: number | null;
  attempts: number;
  messageTs: string | null;
  error: string | null;
  /** The attempt whose end a deferral recorded; null until one did. */
  deferredAttempt: number | null;
  /** That attempt may have posted: its answer was lost and the lookup could not be made. */
  maybePosted: boolean;
  /** Where that attempt's search of the channel stopped (the oldest ts it read), if cut short. */
  searchedTo: string | null;
  /** Attempts that only waited for a lookup. */
  lookupWaits: number;
}

/** A delivery to record; `at` is when. */
export type NewDelivery = Omit<
  Delivery,
  'messageTs' | 'error' | 'deferredAttempt' | 'maybePosted' | 'searchedTo' | 'lookupWaits'
> & { error?: string; at: number };

function toDelivery(r: Selectable<DeliveryTable>): Delivery {
  return {
    id: r.id,
    teamId: r.team_id,
    scheduleId: r.schedule_id,
    slotAt: Number(r.slot_at),
    recipient: r.recipient,
    state: r.state,
    leaseUntil: r.lease_until === null ? null : Number(r.lease_until),
    attempts: Number(r.attempts),
    messageTs: r.message_ts,
    error: r.error,
    deferredAttempt: r.deferred_attempt === null ? null : Number(r.deferred_attempt),
    maybePosted: Number(r.maybe_posted) === 1,
    searchedTo: r.searched_to,
    lookupWaits: Number(r.lookup_waits),
  };
}

function toRow(d: NewDelivery): Insertable<DeliveryTable> {
  return {
    id: d.id,
    team_id: d.teamId,
    schedule_id: d.scheduleId,
    slot_at: d.slotAt,
    recipient: d.recipient,
    state: d.state,
    lease_until: d.leaseUntil,
    attempts: d.attempts,
    message_ts: null,
    error: d.error ?? null,
    deferred_attempt: null,
    maybe_posted: 0,
    searched_to: null,
    lookup_waits: 0,
    created_at: d.at,
    updated_at: d.at,
  };
}

/** Inserts under the unique (schedule, slot, recipient) key; returns the rows this call created. */
export async function insertDeliveries(db: Db, rows: NewDelivery[]): Promise<Delivery[]> {
  const created: Delivery[] = [];
  for (const d of rows) {
    const row = await db
      .insertInto('deliveries')
      .values(toRow(d))
      .onConflict((oc) => oc.columns(['schedule_id', 'slot_at', 'recipient']).doNothing())
      .returningAll()
      .executeTakeFirst();
    if (row) created.push(toDelivery(row));
  }
  return created;
}

/**
 * Inserts many deliveries in one statement under the unique (schedule, slot, recipient) key;
 * returns the rows it created.
 */
export async function insertDeliveriesAll(db: Db, rows: NewDelivery[]): Promise<Delivery[]> {
  const created: Delivery[] = [];
  // Well under SQLite's and PostgreSQL's limits on a statement's parameters.
  for (let i = 0; i < rows.length; i += 500) {
    const inserted = await db
      .insertInto('deliveries')
      .values(rows.slice(i, i + 500).map(toRow))
      .onConflict((oc) => oc.columns(['schedule_id', 'slot_at', 'recipient']).doNothing())
      .returningAll()
      .execute();
    created.push(...inserted.map(toDelivery));
  }
  return created;
}

/** Claimed deliveries whose lease ran out: their process died or gave up mid-send. */
export async function findExpiredClaims(db: Db, now: number, limit: number): Promise<Delivery[]> {
  const rows = await db
    .selectFrom('deliveries')
    .selectAll()
    .where('state', '=', 'claimed')
    .where('lease_until', '<', now)
    .orderBy('lease_until')
    .limit(limit)
    .execute();
  return rows.map(toDelivery);
}

/**
 * Changes a claim only while `d`'s lease is still the current one: a process that took the claim
 * over has renewed the lease, so a slow earlier holder can no longer overwrite its work.
 */
async function updateClaim(db: Db, d: Delivery, changes: Updateable<DeliveryTable>): Promise<boolean> {
  const result = await db
    .updateTable('deliveries')
    .set(changes)
    .where('id', '=', d.id)
    .where('state', '=', 'claimed')
    .where('lease_until', '=', d.leaseUntil)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Compare-and-set on the lease: one process takes over an expired claim. */
export async function renewLease(
  db: Db,
  d: Delivery,
  leaseUntil: number,
  at: number,
): Promise<Delivery | undefined> {
  const attempts = d.attempts + 1;
  if (!(await updateClaim(db, d, { lease_until: leaseUntil, attempts, updated_at: at }))) return undefined;
  return { ...d, leaseUntil, attempts };
}

/** Ends a claim with its outcome. */
export async function finishDelivery(
  db: Db,
  d: Delivery,
  outcome: { state: Exclude<DeliveryState, 'claimed'>; messageTs?: string; error?: string },
  at: number,
): Promise<void> {
  await updateClaim(db, d, {
    state: outcome.state,
    message_ts: outcome.messageTs ?? null,
    error: outcome.error ?? null,
    lease_until: null,
    updated_at: at,
  });
}

/**
 * A transient failure that posted nothing: keep the claim, and let it be retried once `retryAt`
 * passes, with nothing to look for first.
 */
export async function deferDelivery(
  db: Db,
  d: Delivery,
  retryAt: number,
  error: string,
  at: number,
): Promise<void> {
  await updateClaim(db, d, {
    lease_until: retryAt,
    error,
    deferred_attempt: d.attempts,
    maybe_posted: 0,
    searched_to: null,
    updated_at: at,
  });
}

/**
 * The post may have gone out (its answer was lost) and Slack could not be asked: keep the claim,
 * to look again once `retryAt` passes, from where the search stopped. Waiting is no failed try.
 */
export async function deferUnconfirmed(
  db: Db,
  d: Delivery,
  retry: { at: number; error: string; searchedTo: string | undefined },
  at: number,
): Promise<void> {
  await updateClaim(db, d, {
    lease_until: retry.at,
    error: retry.error,
    deferred_attempt: d.attempts,
    maybe_posted: 1,
    searched_to: retry.searchedTo ?? null,
    lookup_waits: d.lookupWaits + 1,
    updated_at: at,
  });
}

/**
 * The delivery cannot be tried now for a reason outside it (the workspace's token is refused or
 * does not open): keep the claim until `retryAt` without counting this as an attempt, so waiting
 * never uses up the tries a delivery has for real failures.
 */
export async function waitDelivery(
  db: Db,
  d: Delivery,
  retryAt: number,
  reason: string,
  at: number,
): Promise<void> {
  // Taking over an expired claim counts an attempt (renewLease); this one is given back.
  await updateClaim(db, d, { lease_until: retryAt, error: reason, attempts: d.attempts - 1, updated_at: at });
}
