import { sql } from 'kysely';
import type { Db } from './db.js';
import { parseStoredJson } from './json.js';
import type { OwnerNoticeTable } from './schema.js';
import { byTeam, pushTo, type Ref } from './scoped.js';
import type { Scope } from './strategies.js';

// The owner nudges' own records: each owner's Slack time zone, what an owner did about a phase's
// nudges (snooze, "not mine"), and the notices of changes waiting to be sent together.

// ---- time zones -------------------------------------------------------------------------------

export interface StoredZone {
  timeZone: string;
  checkedAt: number;
}

export async function findUserZone(db: Db, scope: Scope, userId: string): Promise<StoredZone | undefined> {
  const row = await db
    .selectFrom('user_time_zones')
    .select(['time_zone', 'checked_at'])
    .where('team_id', '=', scope.teamId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row && { timeZone: row.time_zone, checkedAt: Number(row.checked_at) };
}

export async function saveUserZone(
  db: Db,
  scope: Scope,
  userId: string,
  timeZone: string,
  at: number,
): Promise<void> {
  await db
    .insertInto('user_time_zones')
    .values({ team_id: scope.teamId, user_id: userId, time_zone: timeZone, checked_at: at })
    .onConflict((oc) =>
      oc.columns(['team_id', 'user_id']).doUpdateSet({ time_zone: timeZone, checked_at: at }),
    )
    .execute();
}

// ---- snooze and "not mine" --------------------------------------------------------------------

export interface PhaseNudgeState {
  phase: string;
  snoozedUntil: string | null;
  disownedBy: string | null;
}

export async function listPhaseNudgeStates(
  db: Db,
  scope: Scope,
  strategyId: string,
): Promise<PhaseNudgeState[]> {
  const rows = await db
    .selectFrom('phase_nudges')
    .select(['phase_key', 'snoozed_until', 'disowned_by'])
    .where('team_id', '=', scope.teamId)
    .where('strategy_id', '=', strategyId)
    .execute();
  return rows.map((r) => ({ phase: r.phase_key, snoozedUntil: r.snoozed_until, disownedBy: r.disowned_by }));
}

/** Several strategies' phase nudge states at once, keyed by strategy id. */
export async function listPhaseNudgeStatesOf(
  db: Db,
  refs: readonly Ref[],
): Promise<Map<string, PhaseNudgeState[]>> {
  const out = new Map<string, PhaseNudgeState[]>();
  const groups = byTeam(refs);
  if (groups.length === 0) return out;
  const rows = await db
    .selectFrom('phase_nudges')
    .select(['strategy_id', 'phase_key', 'snoozed_until', 'disowned_by'])
    .where((eb) =>
      eb.or(
        groups.map(([teamId, ids]) => eb.and([eb('team_id', '=', teamId), eb('strategy_id', 'in', ids)])),
      ),
    )
    .execute();
  for (const r of rows) {
    pushTo(out, r.strategy_id, {
      phase: r.phase_key,
      snoozedUntil: r.snoozed_until,
      disownedBy: r.disowned_by,
    });
  }
  return out;
}

async function upsertPhaseNudge(
  db: Db,
  scope: Scope,
  strategyId: string,
  phase: string,
  set: { snoozed_until?: string; snoozed_by?: string; disowned_by?: string },
  at: number,
): Promise<void> {
  await db
    .insertInto('phase_nudges')
    .values({
      strategy_id: strategyId,
      team_id: scope.teamId,
      phase_key: phase,
      snoozed_until: set.snoozed_until ?? null,
      snoozed_by: set.snoozed_by ?? null,
      disowned_by: set.disowned_by ?? null,
      updated_at: at,
    })
    .onConflict((oc) => oc.columns(['strategy_id', 'phase_key']).doUpdateSet({ ...set, updated_at: at }))
    .execute();
}

export function snoozePhase(
  db: Db,
  scope: Scope,
  strategyId: string,
  phase: string,
  by: string,
  until: string,
  at: number,
): Promise<void> {
  return upsertPhaseNudge(db, scope, strategyId, phase, { snoozed_until: until, snoozed_by: by }, at);
}

export function disownPhase(db: Db, scope: Scope, strategyId: string, phase: string, by: string, at: number) {
  return upsertPhaseNudge(db, scope, strategyId, phase, { disowned_by: by }, at);
}

// ---- notices of changes -----------------------------------------------------------------------

export type NoticeKind = OwnerNoticeTable['kind'];

export interface Notice {
  id: string;
  strategyId: string;
  recipient: string;
  kind: NoticeKind;
  phase: string;
  actorId: string;
  payload: Record<string, unknown>;
  createdAt: number;
}

export type NewNotice = Omit<Notice, 'createdAt'> & { teamId: string; at: number };

export async function insertNotices(db: Db, notices: NewNotice[]): Promise<void> {
  if (notices.length === 0) return;
  await db
    .insertInto('owner_notices')
    .values(
      notices.map((n) => ({
        id: n.id,
        team_id: n.teamId,
        strategy_id: n.strategyId,
        recipient: n.recipient,
        kind: n.kind,
        phase_key: n.phase,
        actor_id: n.actorId,
        payload_json: JSON.stringify(n.payload),
        created_at: n.at,
        delivery_id: null,
      })),
    )
    .execute();
}

function toNotice(r: {
  id: string;
  strategy_id: string;
  recipient: string;
  kind: NoticeKind;
  phase_key: string;
  actor_id: string;
  payload_json: string;
  created_at: number;
}): Notice {
  const payload = parseStoredJson(r.payload_json);
  return {
    id: r.id,
    strategyId: r.strategy_id,
    recipient: r.recipient,
    kind: r.kind,
    phase: r.phase_key,
    actorId: r.actor_id,
    payload: payload && typeof payload === 'object' ? (payload as Record<string, unknown>) : {},
    createdAt: Number(r.created_at),
  };
}

/** The notices one delivery sends, oldest first. */
export async function listDeliveryNotices(db: Db, scope: Scope, deliveryId: string): Promise<Notice[]> {
  const rows = await db
    .selectFrom('owner_notices')
    .selectAll()
    .where('team_id', '=', scope.teamId)
    .where('delivery_id', '=', deliveryId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map(toNotice);
}

/** The notices still waiting for one person about one strategy. */
export async function listWaitingNotices(
  db: Db,
  scope: Scope,
  strategyId: string,
  recipient: string,
): Promise<Notice[]> {
  const rows = await db
    .selectFrom('owner_notices')
    .selectAll()
    .where('team_id', '=', scope.teamId)
    .where('strategy_id', '=', strategyId)
    .where('recipient', '=', recipient)
    .where('delivery_id', 'is', null)
    .execute();
  return rows.map(toNotice);
}

/**
 * Marks the notices as sent by `deliveryId`, only those still waiting: of two processes claiming
 * the same notices, one gets them all and the other none. Returns how many it marked.
 */
export async function claimNotices(db: Db, scope: Scope, ids: string[], deliveryId: string): Promise<number> {
  if (ids.length === 0) return 0;
  const result = await db
    .updateTable('owner_notices')
    .set({ delivery_id: deliveryId })
    .where('team_id', '=', scope.teamId)
    .where('id', 'in', ids)
    .where('delivery_id', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function dropNotices(db: Db, scope: Scope, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await db.deleteFrom('owner_notices').where('team_id', '=', scope.teamId).where('id', 'in', ids).execute();
}

// The scheduler serves every workspace, so this query is not scoped by one team_id; what it
// returns carries its team_id and every later query is scoped by it.

export interface NoticeBatch {
  teamId: string;
  strategyId: string;
  recipient: string;
}

/**
 * The people whose waiting notices are ready: nothing new for `quietSince`, or the oldest waiting
 * since `oldestBefore` (a stream of changes does not hold them back for ever).
 */
export async function findReadyNoticeBatches(
  db: Db,
  quietSince: number,
  oldestBefore: number,
  limit: number,
): Promise<NoticeBatch[]> {
  const rows = await db
    .selectFrom('owner_notices')
    .select(['team_id', 'strategy_id', 'recipient'])
    .where('delivery_id', 'is', null)
    .groupBy(['team_id', 'strategy_id', 'recipient'])
    .having((eb) =>
      eb.or([
        eb(sql<number>`max(created_at)`, '<=', quietSince),
        eb(sql<number>`min(created_at)`, '<=', oldestBefore),
      ]),
    )
    .limit(limit)
    .execute();
  return rows.map((r) => ({ teamId: r.team_id, strategyId: r.strategy_id, recipient: r.recipient }));
}

/** A new owner starts afresh: the previous owner's snooze and "not mine" no longer apply. */
export async function clearPhaseNudge(
  db: Db,
  scope: Scope,
  strategyId: string,
  phase: string,
): Promise<void> {
  await db
    .deleteFrom('phase_nudges')
    .where('team_id', '=', scope.teamId)
    .where('strategy_id', '=', strategyId)
    .where('phase_key', '=', phase)
    .execute();
}
