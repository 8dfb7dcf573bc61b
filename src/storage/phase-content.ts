import { randomUUID } from 'node:crypto';
import type { Selectable } from 'kysely';
import type { PhaseKey } from '../domain/method.js';
import {
  type ActionItem,
  type ChannelEntry,
  type GoalItem,
  isPostingCadence,
} from '../domain/phase-content.js';
import type { Db } from './db.js';
import { parseStoredJson } from './json.js';
import { forUpdate } from './locks.js';
import type {
  ActionItemTable,
  ChannelActivityTable,
  PhaseGoalTable,
  RegisterChannelTable,
} from './schema.js';
import { byTeam, pushTo, type Ref } from './scoped.js';
import type { Scope } from './strategies.js';

// What the phases hold beyond their status: free-text fields, goals, the channel register with
// its confirmed activity, and the action plan. Every query is scoped by workspace.

export interface StoredField {
  phase: string;
  field: string;
  value: string;
  version: number;
}

export async function listFields(db: Db, scope: Scope, strategyId: string): Promise<StoredField[]> {
  return db
    .selectFrom('phase_fields')
    .select(['phase', 'field', 'value', 'version'])
    .where('team_id', '=', scope.teamId)
    .where('strategy_id', '=', strategyId)
    .execute();
}

/** A phase's fields, held until the transaction ends (to be changed). */
export async function findPhaseFieldsForUpdate(
  db: Db,
  scope: Scope,
  strategyId: string,
  phase: PhaseKey,
): Promise<StoredField[]> {
  const query = db
    .selectFrom('phase_fields')
    .select(['phase', 'field', 'value', 'version'])
    .where('team_id', '=', scope.teamId)
    .where('strategy_id', '=', strategyId)
    .where('phase', '=', phase);
  return forUpdate(db, query).execute();
}

/** Writes one field's new value (raising its version), or removes it when it is emptied. */
export async function writeField(
  db: Db,
  scope: Scope,
  row: { strategyId: string; phase: PhaseKey; field: string; value: string | null; by: string; at: number },
): Promise<void> {
  if (row.value === null) {
    await db
      .deleteFrom('phase_fields')
      .where('team_id', '=', scope.teamId)
      .where('strategy_id', '=', row.strategyId)
      .where('phase', '=', row.phase)
      .where('field', '=', row.field)
      .execute();
    return;
  }
  await db
    .insertInto('phase_fields')
    .values({
      strategy_id: row.strategyId,
      team_id: scope.teamId,
      phase: row.phase,
      field: row.field,
      value: row.value,
      version: 1,
      updated_by: row.by,
      updated_at: row.at,
    })
    .onConflict((oc) =>
      oc.columns(['strategy_id', 'phase', 'field']).doUpdateSet((eb) => ({
        value: row.value as string,
        version: eb('phase_fields.version', '+', 1),
        updated_by: row.by,
        updated_at: row.at,
      })),
    )
    .execute();
}

// ---- goals -----------------------------------------------------------------------------------

function toGoal(row: Selectable<PhaseGoalTable>): GoalItem {
  const ids = parseStoredJson(row.metric_ids);
  return {
    id: row.id,
    text: row.text,
    metricIds: Array.isArray(ids) ? ids.filter((x): x is string => typeof x === 'string') : [],
  };
}

export async function listGoals(db: Db, scope: Scope, strategyId: string): Promise<GoalItem[]> {
  const rows = await db
    .selectFrom('phase_goals')
    .selectAll()
    .where('team_id', '=', scope.teamId)
    .where('strategy_id', '=', strategyId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map(toGoal);
}

// ---- the channel register --------------------------------------------------------------------

export interface StoredChannel extends Omit<ChannelEntry, 'lastActivity'> {
  strategyId: string;
  createdAt: Date;
}

function toChannel(row: Selectable<RegisterChannelTable>): StoredChannel {
  return {
    id: row.id,
    strategyId: row.strategy_id,
    service: row.service,
    handle: row.handle,
    audience: row.audience,
    purpose: row.purpose,
    cadence: isPostingCadence(row.cadence) ? row.cadence : 'weekly',
    ...(row.owner_id ? { ownerId: row.owner_id } : {}),
    createdAt: new Date(Number(row.created_at)),
  };
}

export async function listChannels(db: Db, scope: Scope, strategyId: string): Promise<StoredChannel[]> {
  const rows = await db
    .selectFrom('register_channels')
    .selectAll()
    .where('team_id', '=', scope.teamId)
    .where('strategy_id', '=', strategyId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map(toChannel);
}

/** Several strategies' registered accounts (each in listChannels's order), keyed by strategy id. */
export async function listChannelsOf(db: Db, refs: readonly Ref[]): Promise<Map<string, StoredChannel[]>> {
  const out = new Map<string, StoredChannel[]>();
  const groups = byTeam(refs);
  if (groups.length === 0) return out;
  const rows = await db
    .selectFrom('register_channels')
    .selectAll()
    .where((eb) =>
      eb.or(
        groups.map(([teamId, ids]) => eb.and([eb('team_id', '=', teamId), eb('strategy_id', 'in', ids)])),
      ),
    )
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  for (const row of rows) pushTo(out, row.strategy_id, toChannel(row));
  return out;
}

/** The accounts a user owns, across the workspace's strategies. */
export async function listChannelsOwnedBy(db: Db, scope: Scope, userId: string): Promise<StoredChannel[]> {
  const rows = await db
    .selectFrom('register_channels')
    .selectAll()
    .where('team_id', '=', scope.teamId)
    .where('owner_id', '=', userId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map(toChannel);
}

export interface StoredActivity {
  channelId: string;
  period: string;
  posted: boolean;
  count?: number;
  confirmedAt: Date;
}

/** Every confirmation of the accounts given, oldest period first. */
export async function listActivity(db: Db, scope: Scope, channelIds: string[]): Promise<StoredActivity[]> {
  if (channelIds.length === 0) return [];
  const rows = await db
    .selectFrom('channel_activity')
    .selectAll()
    .where('team_id', '=', scope.teamId)
    .where('channel_id', 'in', channelIds)
    .orderBy('period')
    .execute();
  return rows.map(toActivity);
}

function toActivity(r: Selectable<ChannelActivityTable>): StoredActivity {
  return {
    channelId: r.channel_id,
    period: r.period,
    posted: Number(r.posted) === 1,
    ...(r.post_count === null ? {} : { count: Number(r.post_count) }),
    confirmedAt: new Date(Number(r.confirmed_at)),
  };
}

/** Every confirmation of accounts of several workspaces, oldest period first. */
export async function listActivityOf(db: Db, channels: readonly Ref[]): Promise<StoredActivity[]> {
  const groups = byTeam(channels);
  if (groups.length === 0) return [];
  const rows = await db
    .selectFrom('channel_activity')
    .selectAll()
    .where((eb) =>
      eb.or(groups.map(([teamId, ids]) => eb.and([eb('team_id', '=', teamId), eb('channel_id', 'in', ids)]))),
    )
    .orderBy('period')
    .execute();
  return rows.map(toActivity);
}

/** Records (or replaces) an account's activity for one period. */
export async function writeActivity(
  db: Db,
  scope: Scope,
  a: { channelId: string; period: string; posted: boolean; count: number | null; by: string; at: number },
): Promise<void> {
  await db
    .insertInto('channel_activity')
    .values({
      id: randomUUID(),
      channel_id: a.channelId,
      team_id: scope.teamId,
      period: a.period,
      posted: a.posted ? 1 : 0,
      post_count: a.count,
      confirmed_by: a.by,
      confirmed_at: a.at,
    })
    .onConflict((oc) =>
      oc.columns(['channel_id', 'period']).doUpdateSet({
        posted: a.posted ? 1 : 0,
        post_count: a.count,
        confirmed_by: a.by,
        confirmed_at: a.at,
      }),
    )
    .execute();
}

// ---- actions ---------------------------------------------------------------------------------

export interface StoredAction extends ActionItem {
  strategyId: string;
}

function toAction(row: Selectable<ActionItemTable>): StoredAction {
  return {
    id: row.id,
    strategyId: row.strategy_id,
    what: row.what,
    ...(row.owner_id ? { ownerId: row.owner_id } : {}),
    ...(row.due_date ? { due: row.due_date } : {}),
    done: Number(row.done) === 1,
  };
}

export async function listActions(db: Db, scope: Scope, strategyId: string): Promise<StoredAction[]> {
  const rows = await db
    .selectFrom('action_items')
    .selectAll()
    .where('team_id', '=', scope.teamId)
    .where('strategy_id', '=', strategyId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map(toAction);
}

/** The open actions a user owns, across the workspace's strategies. */
export async function listOpenActionsOwnedBy(db: Db, scope: Scope, userId: string): Promise<StoredAction[]> {
  const rows = await db
    .selectFrom('action_items')
    .selectAll()
    .where('team_id', '=', scope.teamId)
    .where('owner_id', '=', userId)
    .where('done', '=', 0)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map(toAction);
}

// ---- items, generically ----------------------------------------------------------------------

/** The table of each kind of item, and its columns as a person edits them. */
export type ItemValues =
  | { kind: 'goal'; text: string; metricIds: string[] }
  | {
      kind: 'channel';
      service: string;
      handle: string;
      audience: string;
      purpose: string;
      cadence: string;
      ownerId: string | null;
    }
  | { kind: 'action'; what: string; ownerId: string | null; due: string | null; done: boolean };

export type StoredItem =
  | (GoalItem & { kind: 'goal'; version: number })
  | (StoredChannel & { kind: 'channel'; version: number })
  | (StoredAction & { kind: 'action'; version: number });

const TABLE = { goal: 'phase_goals', channel: 'register_channels', action: 'action_items' } as const;

function columns(v: ItemValues) {
  switch (v.kind) {
    case 'goal':
      return { text: v.text, metric_ids: JSON.stringify(v.metricIds) };
    case 'channel':
      return {
        service: v.service,
        handle: v.handle,
        audience: v.audience,
        purpose: v.purpose,
        cadence: v.cadence,
        owner_id: v.ownerId,
      };
    case 'action':
      return { what: v.what, owner_id: v.ownerId, due_date: v.due, done: v.done ? 1 : 0 };
  }
}

/** One item of a strategy, held until the transaction ends (to be changed). */
export async function findItemForUpdate(
  db: Db,
  scope: Scope,
  strategyId: string,
  kind: ItemValues['kind'],
  id: string,
): Promise<StoredItem | undefined> {
  const row = await forUpdate(
    db,
    db
      .selectFrom(TABLE[kind])
      .selectAll()
      .where('team_id', '=', scope.teamId)
      .where('strategy_id', '=', strategyId)
      .where('id', '=', id),
  ).executeTakeFirst();
  if (!row) return undefined;
  const version = Number(row.version);
  // One read for the three tables; each row is then read as its own kind.
  switch (kind) {
    case 'goal':
      return { kind, version, ...toGoal(row as Selectable<PhaseGoalTable>) };
    case 'channel':
      return { kind, version, ...toChannel(row as Selectable<RegisterChannelTable>) };
    case 'action':
      return { kind, version, ...toAction(row as Selectable<ActionItemTable>) };
  }
}

export async function countItems(db: Db, scope: Scope, strategyId: string, kind: ItemValues['kind']) {
  const row = await db
    .selectFrom(TABLE[kind])
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('team_id', '=', scope.teamId)
    .where('strategy_id', '=', strategyId)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

export async function insertItem(
  db: Db,
  scope: Scope,
  strategyId: string,
  values: ItemValues,
  at: number,
): Promise<string> {
  const id = randomUUID();
  await db
    .insertInto(TABLE[values.kind])
    .values({
      id,
      strategy_id: strategyId,
      team_id: scope.teamId,
      version: 1,
      created_at: at,
      updated_at: at,
      ...columns(values),
    } as never)
    .execute();
  return id;
}

export async function updateItem(
  db: Db,
  scope: Scope,
  strategyId: string,
  id: string,
  values: ItemValues,
  version: number,
  at: number,
): Promise<void> {
  await db
    .updateTable(TABLE[values.kind])
    .set({ ...columns(values), version: version + 1, updated_at: at } as never)
    .where('team_id', '=', scope.teamId)
    .where('strategy_id', '=', strategyId)
    .where('id', '=', id)
    .execute();
}

export async function deleteItem(
  db: Db,
  scope: Scope,
  strategyId: string,
  kind: ItemValues['kind'],
  id: string,
): Promise<void> {
  await db
    .deleteFrom(TABLE[kind])
    .where('team_id', '=', scope.teamId)
    .where('strategy_id', '=', strategyId)
    .where('id', '=', id)
    .execute();
}
