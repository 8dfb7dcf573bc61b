import type { Selectable } from 'kysely';
import type { ScheduleKind, Weekday } from '../domain/schedule.js';
import type { StrategyState } from '../domain/strategy.js';
import type { Db } from './db.js';
import type { DeliveryTable, ScheduleTable } from './schema.js';
import type { Scope } from './strategies.js';

export interface Schedule {
  id: string;
  teamId: string;
  strategyId: string;
  kind: ScheduleKind;
  weekday: Weekday | null;
  localTime: string;
  timeZone: string;
  nextRunAt: number;
  enabled: boolean;
  paused: boolean;
  pauseReason: string | null;
}

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
}

function toSchedule(r: Selectable<ScheduleTable>): Schedule {
  return {
    id: r.id,
    teamId: r.team_id,
    strategyId: r.strategy_id,
    kind: r.kind,
    weekday: r.weekday as Weekday | null,
    localTime: r.local_time,
    timeZone: r.time_zone,
    nextRunAt: Number(r.next_run_at),
    enabled: Number(r.enabled) === 1,
    paused: Number(r.paused) === 1,
    pauseReason: r.pause_reason,
  };
}

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
  };
}

export interface NewSchedule {
  id: string;
  teamId: string;
  strategyId: string;
  kind: ScheduleKind;
  weekday: Weekday | null;
  localTime: string;
  timeZone: string;
  nextRunAt: number;
  enabled: boolean;
  paused: boolean;
  at: number;
}

/** Inserts the strategy's schedules, leaving any kind it already has untouched. */
export async function insertSchedules(db: Db, rows: NewSchedule[]): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('schedules')
    .values(
      rows.map((s) => ({
        id: s.id,
        team_id: s.teamId,
        strategy_id: s.strategyId,
        kind: s.kind,
        weekday: s.weekday,
        local_time: s.localTime,
        time_zone: s.timeZone,
        next_run_at: s.nextRunAt,
        enabled: s.enabled ? 1 : 0,
        paused: s.paused ? 1 : 0,
        pause_reason: s.paused ? 'by_user' : null,
        created_at: s.at,
        updated_at: s.at,
      })),
    )
    .onConflict((oc) => oc.columns(['strategy_id', 'kind']).doNothing())
    .execute();
}

export async function listSchedules(db: Db, scope: Scope, strategyId: string): Promise<Schedule[]> {
  const rows = await db
    .selectFrom('schedules')
    .selectAll()
    .where('team_id', '=', scope.teamId)
    .where('strategy_id', '=', strategyId)
    .orderBy('kind')
    .execute();
  return rows.map(toSchedule);
}

export async function findSchedule(db: Db, scope: Scope, id: string): Promise<Schedule | undefined> {
  const row = await db
    .selectFrom('schedules')
    .selectAll()
    .where('team_id', '=', scope.teamId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row && toSchedule(row);
}

export interface ScheduleChange {
  weekday: Weekday | null;
  localTime: string;
  timeZone: string;
  nextRunAt: number;
  enabled: boolean;
  at: number;
}

export async function updateSchedule(db: Db, scope: Scope, id: string, c: ScheduleChange): Promise<void> {
  await db
    .updateTable('schedules')
    .set({
      weekday: c.weekday,
      local_time: c.localTime,
      time_zone: c.timeZone,
      next_run_at: c.nextRunAt,
      enabled: c.enabled ? 1 : 0,
      updated_at: c.at,
    })
    .where('team_id', '=', scope.teamId)
    .where('id', '=', id)
    .execute();
}

/** Pauses one schedule; true only for the call that actually paused it (so an admin is told once). */
export async function pauseSchedule(
  db: Db,
  scope: Scope,
  id: string,
  reason: string,
  at: number,
): Promise<boolean> {
  const result = await db
    .updateTable('schedules')
    .set({ paused: 1, pause_reason: reason, updated_at: at })
    .where('team_id', '=', scope.teamId)
    .where('id', '=', id)
    .where('paused', '=', 0)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Pauses every running schedule of a workspace (the app was uninstalled); returns how many. */
export async function pauseWorkspaceSchedules(
  db: Db,
  scope: Scope,
  reason: string,
  at: number,
): Promise<number> {
  const result = await db
    .updateTable('schedules')
    .set({ paused: 1, pause_reason: reason, updated_at: at })
    .where('team_id', '=', scope.teamId)
    .where('paused', '=', 0)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** The workspace's schedules paused for `reason`, to resume them. */
export async function listSchedulesPausedFor(db: Db, scope: Scope, reason: string): Promise<Schedule[]> {
  const rows = await db
    .selectFrom('schedules')
    .selectAll()
    .where('team_id', '=', scope.teamId)
    .where('paused', '=', 1)
    .where('pause_reason', '=', reason)
    .execute();
  return rows.map(toSchedule);
}

/** Resumes one schedule from its next future slot, so nothing missed while paused is sent. */
export async function resumeSchedule(
  db: Db,
  scope: Scope,
  id: string,
  nextRunAt: number,
  at: number,
): Promise<void> {
  await db
    .updateTable('schedules')
    .set({ paused: 0, pause_reason: null, next_run_at: nextRunAt, updated_at: at })
    .where('team_id', '=', scope.teamId)
    .where('id', '=', id)
    .execute();
}

export async function updateStrategyState(
  db: Db,
  scope: Scope,
  strategyId: string,
  state: StrategyState,
  at: number,
): Promise<void> {
  await db
    .updateTable('strategies')
    .set({ state, updated_at: at })
    .where('team_id', '=', scope.teamId)
    .where('id', '=', strategyId)
    .execute();
}

/** The schedule modal sets the strategy's time zone along with its schedules'. */
export async function updateStrategyTimeZone(
  db: Db,
  scope: Scope,
  strategyId: string,
  timeZone: string,
  at: number,
): Promise<void> {
  await db
    .updateTable('strategies')
    .set({ time_zone: timeZone, updated_at: at })
    .where('team_id', '=', scope.teamId)
    .where('id', '=', strategyId)
    .execute();
}

// ---- the scheduler's queries ------------------------------------------------------------------
// The scheduler serves every workspace, so these are the only queries not scoped by one team_id;
// whatever they return carries its team_id and every later query is scoped by it.

export async function findDueSchedules(db: Db, now: number, limit: number): Promise<Schedule[]> {
  const rows = await db
    .selectFrom('schedules')
    .selectAll()
    .where('paused', '=', 0)
    .where('enabled', '=', 1)
    .where('next_run_at', '<=', now)
    .orderBy('next_run_at')
    .limit(limit)
    .execute();
  return rows.map(toSchedule);
}

/** Whether the schedule still waits at `slotAt` (no process has taken that slot yet). */
export async function isStillDue(db: Db, scheduleId: string, slotAt: number): Promise<boolean> {
  const row = await db
    .selectFrom('schedules')
    .select('next_run_at')
    .where('id', '=', scheduleId)
    .where('paused', '=', 0)
    .executeTakeFirst();
  return row !== undefined && Number(row.next_run_at) === slotAt;
}

/**
 * Compare-and-set: moves the schedule from `slotAt` to `nextRunAt`. Of several processes trying
 * the same slot, exactly one sees true; atomic on SQLite and on PostgreSQL under READ COMMITTED.
 */
export async function advanceSchedule(
  db: Db,
  scheduleId: string,
  slotAt: number,
  nextRunAt: number,
  at: number,
): Promise<boolean> {
  const result = await db
    .updateTable('schedules')
    .set({ next_run_at: nextRunAt, updated_at: at })
    .where('id', '=', scheduleId)
    .where('next_run_at', '=', slotAt)
    .where('paused', '=', 0)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export interface NewDelivery {
  id: string;
  teamId: string;
  scheduleId: string;
  slotAt: number;
  recipient: string;
  state: DeliveryState;
  leaseUntil: number | null;
  attempts: number;
  error?: string;
  at: number;
}

/** Inserts under the unique (schedule, slot, recipient) key; returns the rows this call created. */
export async function insertDeliveries(db: Db, rows: NewDelivery[]): Promise<Delivery[]> {
  const created: Delivery[] = [];
  for (const d of rows) {
    const result = await db
      .insertInto('deliveries')
      .values({
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
        created_at: d.at,
        updated_at: d.at,
      })
      .onConflict((oc) => oc.columns(['schedule_id', 'slot_at', 'recipient']).doNothing())
      .executeTakeFirst();
    if (Number(result.numInsertedOrUpdatedRows ?? 0) === 1) {
      created.push({ ...d, messageTs: null, error: d.error ?? null });
    }
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

/** Compare-and-set on the lease: one process takes over an expired claim. */
export async function renewLease(
  db: Db,
  d: Delivery,
  leaseUntil: number,
  at: number,
): Promise<Delivery | undefined> {
  const result = await db
    .updateTable('deliveries')
    .set({ lease_until: leaseUntil, attempts: d.attempts + 1, updated_at: at })
    .where('id', '=', d.id)
    .where('state', '=', 'claimed')
    .where('lease_until', '=', d.leaseUntil)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) return undefined;
  return { ...d, leaseUntil, attempts: d.attempts + 1 };
}

/** Ends a claim; only the holder of the current lease can, so a slow old holder cannot overwrite. */
export async function finishDelivery(
  db: Db,
  d: Delivery,
  outcome: { state: Exclude<DeliveryState, 'claimed'>; messageTs?: string; error?: string },
  at: number,
): Promise<void> {
  await db
    .updateTable('deliveries')
    .set({
      state: outcome.state,
      message_ts: outcome.messageTs ?? null,
      error: outcome.error ?? null,
      lease_until: null,
      updated_at: at,
    })
    .where('id', '=', d.id)
    .where('state', '=', 'claimed')
    .where('lease_until', '=', d.leaseUntil)
    .execute();
}

/** A transient failure: keep the claim, and let it be retried once `retryAt` passes. */
export async function deferDelivery(db: Db, d: Delivery, retryAt: number, error: string, at: number) {
  await db
    .updateTable('deliveries')
    .set({ lease_until: retryAt, error, updated_at: at })
    .where('id', '=', d.id)
    .where('state', '=', 'claimed')
    .where('lease_until', '=', d.leaseUntil)
    .execute();
}

export async function listDeliveries(db: Db, scope: Scope, scheduleId: string): Promise<Delivery[]> {
  const rows = await db
    .selectFrom('deliveries')
    .selectAll()
    .where('team_id', '=', scope.teamId)
    .where('schedule_id', '=', scheduleId)
    .orderBy('slot_at')
    .execute();
  return rows.map(toDelivery);
}
