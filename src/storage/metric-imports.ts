import type { Selectable } from 'kysely';
import type { Db } from './db.js';
import { parseStoredJson } from './json.js';
import type { MetricImportTable } from './schema.js';
import type { Scope } from './strategies.js';

export type MetricImportState = MetricImportTable['state'];

/** A metric's history on its way in (see MetricImportTable). */
export interface MetricImport {
  id: string;
  teamId: string;
  strategyId: string;
  metricId: string;
  userId: string;
  state: MetricImportState;
  label: string | null;
  /** The rows previewed, as `[period, value]`; empty before. */
  rows: [string, number][];
  createdAt: number;
  updatedAt: number;
}

function readRows(text: string | null): [string, number][] {
  const parsed = parseStoredJson(text);
  if (!Array.isArray(parsed)) return [];
  return parsed.filter(
    (r): r is [string, number] => Array.isArray(r) && typeof r[0] === 'string' && typeof r[1] === 'number',
  );
}

function toImport(row: Selectable<MetricImportTable>): MetricImport {
  return {
    id: row.id,
    teamId: row.team_id,
    strategyId: row.strategy_id,
    metricId: row.metric_id,
    userId: row.user_id,
    state: row.state,
    label: row.label,
    rows: readRows(row.rows),
    createdAt: Number(row.created_at),
    updatedAt: Number(row.updated_at),
  };
}

export async function insertImport(
  db: Db,
  scope: Scope,
  i: {
    id: string;
    strategyId: string;
    metricId: string;
    userId: string;
    state: MetricImportState;
    label: string | null;
    rows: [string, number][] | null;
    at: number;
  },
): Promise<void> {
  await db
    .insertInto('metric_imports')
    .values({
      id: i.id,
      team_id: scope.teamId,
      strategy_id: i.strategyId,
      metric_id: i.metricId,
      user_id: i.userId,
      state: i.state,
      label: i.label,
      rows: i.rows === null ? null : JSON.stringify(i.rows),
      created_at: i.at,
      updated_at: i.at,
    })
    .execute();
}

export async function findImport(db: Db, scope: Scope, id: string): Promise<MetricImport | undefined> {
  const row = await db
    .selectFrom('metric_imports')
    .selectAll()
    .where('team_id', '=', scope.teamId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? toImport(row) : undefined;
}

/** The person's latest request to import a file, made after `since`. */
export async function latestAwaitingFile(
  db: Db,
  scope: Scope,
  userId: string,
  since: number,
): Promise<MetricImport | undefined> {
  const row = await db
    .selectFrom('metric_imports')
    .selectAll()
    .where('team_id', '=', scope.teamId)
    .where('user_id', '=', userId)
    .where('state', '=', 'awaiting_file')
    .where('created_at', '>', since)
    .orderBy('created_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ? toImport(row) : undefined;
}

/**
 * Moves an import from one state to the next, only if it is still in `from`: of two confirmations
 * at once (a double click, two replicas) exactly one sees true.
 */
export async function moveImport(
  db: Db,
  scope: Scope,
  id: string,
  from: MetricImportState,
  to: MetricImportState,
  at: number,
): Promise<boolean> {
  const result = await db
    .updateTable('metric_imports')
    .set({ state: to, updated_at: at })
    .where('team_id', '=', scope.teamId)
    .where('id', '=', id)
    .where('state', '=', from)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Imports nobody confirmed or sent a file for: their rows are not kept past `before`. */
export async function deleteStaleImports(db: Db, scope: Scope, before: number): Promise<void> {
  await db
    .deleteFrom('metric_imports')
    .where('team_id', '=', scope.teamId)
    .where('updated_at', '<', before)
    .where('state', 'in', ['awaiting_file', 'previewed', 'cancelled'])
    .execute();
}

/** Ends every import of the person that still waits for a file. */
export async function supersedeAwaitingFiles(
  db: Db,
  scope: Scope,
  userId: string,
  at: number,
): Promise<void> {
  await db
    .updateTable('metric_imports')
    .set({ state: 'cancelled', updated_at: at })
    .where('team_id', '=', scope.teamId)
    .where('user_id', '=', userId)
    .where('state', '=', 'awaiting_file')
    .execute();
}
