import { type Insertable, type Selectable, sql } from 'kysely';
import {
  isFrequency,
  isQuarterHourly,
  type Recurrence,
  type ScheduleKind,
  type Weekday,
} from '../domain/schedule.js';
import type { Db } from './db.js';
import { type Delivery, insertDeliveriesAll, type NewDelivery } from './deliveries.js';
import { isPostgres } from './locks.js';
import { columnsOf } from './nested.js';
import type { ScheduleTable } from './schema.js';
import { byTeam, pushTo, type Ref } from './scoped.js';
import type { Scope } from './strategies.js';

export interface Schedule extends Recurrence {
  id: string;
  teamId: string;
  strategyId: string;
  kind: ScheduleKind;
  nextRunAt: number;
  enabled: boolean;
  paused: boolean;
  pauseReason: string | null;
}

/** A schedule to create; `at` is when. A paused one is paused by the user. */
export type NewSchedule = Omit<Schedule, 'pauseReason'> & { at: number };

export type ScheduleChange = Pick<
  Schedule,
  'weekday' | 'localTime' | 'timeZone' | 'frequency' | 'anchor' | 'dayOffset' | 'nextRunAt' | 'enabled'
> & {
  at: number;
};

export function toSchedule(r: Selectable<ScheduleTable>): Schedule {
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
    ...(isQuarterHourly(r.kind) ? { everyQuarterHour: true } : {}),
    frequency: isFrequency(r.frequency) ? r.frequency : 'weekly',
    anchor: r.anchor,
    dayOffset: Number(r.day_offset),
  };
}

function toRow(s: NewSchedule): Insertable<ScheduleTable> {
  return {
    id: s.id,
    team_id: s.teamId,
    strategy_id: s.strategyId,
    kind: s.kind,
    weekday: s.weekday,
    local_time: s.localTime,
    time_zone: s.timeZone,
    frequency: s.frequency ?? 'weekly',
    anchor: s.anchor ?? null,
    day_offset: s.dayOffset ?? 0,
    next_run_at: s.nextRunAt,
    enabled: s.enabled ? 1 : 0,
    paused: s.paused ? 1 : 0,
    pause_reason: s.paused ? 'by_user' : null,
    created_at: s.at,
    updated_at: s.at,
  };
}

/** Inserts the strategy's schedules, leaving any kind it already has untouched. */
export async function insertSchedules(db: Db, rows: NewSchedule[]): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('schedules')
    .values(rows.map(toRow))
    .onConflict((oc) => oc.columns(['strategy_id', 'kind']).doNothing())
    .execute();
}

const SCHEDULE_COLUMNS = columnsOf<ScheduleTable>({
  id: true,
  team_id: true,
  strategy_id: true,
  kind: true,
  weekday: true,
  local_time: true,
  time_zone: true,
  next_run_at: true,
  enabled: true,
  paused: true,
  pause_reason: true,
  frequency: true,
  anchor: true,
  day_offset: true,
  created_at: true,
  updated_at: true,
});

/** The query for the strategy's schedule rows, by kind. */
export function scheduleRows(db: Db, scope: Scope, strategyId: string) {
  return db
    .selectFrom('schedules')
    .select(SCHEDULE_COLUMNS)
    .where('team_id', '=', scope.teamId)
    .where('strategy_id', '=', strategyId)
    .orderBy('kind');
}

export async function listSchedules(db: Db, scope: Scope, strategyId: string): Promise<Schedule[]> {
  const rows = await scheduleRows(db, scope, strategyId).execute();
  return rows.map(toSchedule);
}

/** Several strategies' schedules of these kinds, keyed by strategy id. */
export async function listSchedulesOf(
  db: Db,
  refs: readonly Ref[],
  kinds: readonly ScheduleKind[],
): Promise<Map<string, Schedule[]>> {
  const out = new Map<string, Schedule[]>();
  const groups = byTeam(refs);
  if (groups.length === 0) return out;
  const rows = await db
    .selectFrom('schedules')
    .selectAll()
    .where((eb) =>
      eb.or(
        groups.map(([teamId, ids]) => eb.and([eb('team_id', '=', teamId), eb('strategy_id', 'in', ids)])),
      ),
    )
    .where('kind', 'in', kinds)
    .execute();
  for (const row of rows) pushTo(out, row.strategy_id, toSchedule(row));
  return out;
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

export async function updateSchedule(db: Db, scope: Scope, id: string, c: ScheduleChange): Promise<void> {
  await db
    .updateTable('schedules')
    .set({
      weekday: c.weekday,
      local_time: c.localTime,
      time_zone: c.timeZone,
      frequency: c.frequency ?? 'weekly',
      anchor: c.anchor ?? null,
      day_offset: c.dayOffset ?? 0,
      next_run_at: c.nextRunAt,
      enabled: c.enabled ? 1 : 0,
      updated_at: c.at,
    })
    .where('team_id', '=', scope.teamId)
    .where('id', '=', id)
    .execute();
}

/** Pauses the running schedules of the workspace, or only schedule `id`; returns how many it paused. */
async function pauseRunning(db: Db, scope: Scope, reason: string, at: number, id?: string): Promise<number> {
  const result = await db
    .updateTable('schedules')
    .set({ paused: 1, pause_reason: reason, updated_at: at })
    .where('team_id', '=', scope.teamId)
    .$if(id !== undefined, (qb) => qb.where('id', '=', id!))
    .where('paused', '=', 0)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** Pauses one schedule; true only for the call that actually paused it (so an admin is told once). */
export async function pauseSchedule(
  db: Db,
  scope: Scope,
  id: string,
  reason: string,
  at: number,
): Promise<boolean> {
  return (await pauseRunning(db, scope, reason, at, id)) === 1;
}

/** Pauses every running schedule of a workspace (the app was uninstalled); returns how many. */
export function pauseWorkspaceSchedules(db: Db, scope: Scope, reason: string, at: number): Promise<number> {
  return pauseRunning(db, scope, reason, at);
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

// ---- the scheduler's queries ------------------------------------------------------------------
// The scheduler serves every workspace, so these are the only queries not scoped by one team_id;
// whatever they return carries its team_id and every later query is scoped by it.

/** The first `limit` schedules due at `now`, earliest first. */
function dueRows(db: Db, now: number, limit: number) {
  return db
    .selectFrom('schedules')
    .selectAll()
    .where('paused', '=', 0)
    .where('enabled', '=', 1)
    .where('next_run_at', '<=', now)
    .orderBy('next_run_at')
    .limit(limit);
}

export async function findDueSchedules(db: Db, now: number, limit: number): Promise<Schedule[]> {
  return (await dueRows(db, now, limit).execute()).map(toSchedule);
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

/** One slot to take: the schedule moves from `slotAt` to `nextRunAt`, and `deliveries` are recorded. */
export interface SlotClaim {
  scheduleId: string;
  slotAt: number;
  nextRunAt: number;
  deliveries: NewDelivery[];
}

/**
 * Takes many slots together: one compare-and-set moves every schedule still at its slot, and one
 * insert records the deliveries of those it moved, in one transaction. Returns the created
 * deliveries of each slot taken; a slot another process took first is not in it.
 */
async function takeSlots(db: Db, claims: SlotClaim[], at: number): Promise<Map<string, Delivery[]>> {
  const won = new Map<string, Delivery[]>();
  if (claims.length === 0) return won;
  const byId = (pick: (c: SlotClaim) => number) =>
    sql<number>`case id ${sql.join(
      claims.map((c) => sql`when ${c.scheduleId} then cast(${pick(c)} as bigint)`),
      sql` `,
    )} end`;
  const moved = await db
    .updateTable('schedules')
    .set({ next_run_at: byId((c) => c.nextRunAt), updated_at: at })
    .where(
      'id',
      'in',
      claims.map((c) => c.scheduleId),
    )
    .where(
      'next_run_at',
      '=',
      byId((c) => c.slotAt),
    )
    // Compared as an expression: SQLite would otherwise take the (paused, next_run_at) index, whose
    // paused = 0 part holds nearly every schedule, over the primary key the ids above name, and
    // read them all for each batch.
    .where(sql<number>`${sql.ref('paused')} + 0`, '=', 0)
    .returning('id')
    .execute();
  for (const row of moved) won.set(row.id, []);
  const created = await insertDeliveriesAll(
    db,
    claims.filter((c) => won.has(c.scheduleId)).flatMap((c) => c.deliveries),
  );
  for (const d of created) won.get(d.scheduleId)!.push(d);
  return won;
}

/**
 * Finds up to `limit` due slots, lets `decide` say how to take each (a slot left out stays due),
 * and takes them together (takeSlots). On PostgreSQL the due rows are read FOR UPDATE SKIP
 * LOCKED in the transaction that takes them, so processes ticking together each get slots of
 * their own instead of racing for the same ones; SQLite has one writer, and the compare-and-set
 * in one transaction decides.
 */
export async function claimDueSlots(
  db: Db,
  now: number,
  limit: number,
  decide: (due: Schedule[]) => Promise<SlotClaim[]>,
): Promise<{ due: Schedule[]; won: Map<string, Delivery[]> }> {
  if (isPostgres(db)) {
    return db.transaction().execute(async (trx) => {
      const due = (await dueRows(trx, now, limit).forUpdate().skipLocked().execute()).map(toSchedule);
      const claims = await decide(due);
      return { due, won: await takeSlots(trx, claims, now) };
    });
  }
  const due = (await dueRows(db, now, limit).execute()).map(toSchedule);
  const claims = await decide(due);
  return { due, won: await db.transaction().execute((trx) => takeSlots(trx, claims, now)) };
}
