import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Checkin, Metric, MetricDefinition } from '../domain/metric.js';
import type { Db } from './db.js';
import { forUpdate } from './locks.js';
import { columnsOf } from './nested.js';
import type { CheckinTable, MetricTable } from './schema.js';
import { byTeam, pushTo, type Ref } from './scoped.js';
import type { Scope } from './strategies.js';

export type MetricRow = Selectable<MetricTable>;
export type CheckinRow = Selectable<CheckinTable>;

export function toMetric(row: MetricRow): Metric {
  return {
    id: row.id,
    strategyId: row.strategy_id,
    teamId: row.team_id,
    name: row.name,
    unit: row.unit,
    baseline: Number(row.baseline),
    target: Number(row.target),
    targetDate: row.target_date,
    ownerId: row.owner_id,
    direction: row.direction,
    cadence: row.cadence,
    archivedAt: row.archived_at === null ? null : new Date(Number(row.archived_at)),
    createdAt: new Date(Number(row.created_at)),
    updatedAt: new Date(Number(row.updated_at)),
  };
}

/** The columns that hold what a person defines. */
function definitionColumns(m: MetricDefinition) {
  return {
    name: m.name,
    unit: m.unit,
    baseline: m.baseline,
    target: m.target,
    target_date: m.targetDate,
    owner_id: m.ownerId,
    direction: m.direction,
    cadence: m.cadence,
  } satisfies Updateable<MetricTable>;
}

/** The columns of the fields given; kysely leaves out of an update what is undefined. */
function changedColumns(m: Partial<MetricDefinition>) {
  return {
    name: m.name,
    unit: m.unit,
    baseline: m.baseline,
    target: m.target,
    target_date: m.targetDate,
    owner_id: m.ownerId,
    direction: m.direction,
    cadence: m.cadence,
  } satisfies Updateable<MetricTable>;
}

export function toCheckin(row: CheckinRow): Checkin {
  return {
    metricId: row.metric_id,
    period: row.period,
    value: Number(row.value),
    reportedBy: row.reported_by,
    reportedAt: new Date(Number(row.reported_at)),
    comment: row.comment,
    confidence: row.confidence,
    source: row.source_label === null ? { kind: row.source } : { kind: row.source, label: row.source_label },
  };
}

export async function insertMetric(
  db: Db,
  scope: Scope,
  m: MetricDefinition & { id: string; strategyId: string; at: number },
): Promise<Metric> {
  const row: Insertable<MetricTable> = {
    id: m.id,
    strategy_id: m.strategyId,
    team_id: scope.teamId,
    ...definitionColumns(m),
    archived_at: null,
    created_at: m.at,
    updated_at: m.at,
  };
  return toMetric(await db.insertInto('metrics').values(row).returningAll().executeTakeFirstOrThrow());
}

/** Changes an active metric: the changed metric, or undefined when it is not there or archived. */
async function changeActiveMetric(
  db: Db,
  scope: Scope,
  id: string,
  change: Updateable<MetricTable>,
): Promise<Metric | undefined> {
  const row = await db
    .updateTable('metrics')
    .set(change)
    .where('team_id', '=', scope.teamId)
    .where('id', '=', id)
    .where('archived_at', 'is', null)
    .returningAll()
    .executeTakeFirst();
  return row && toMetric(row);
}

/** Writes the fields given, and only those: a concurrent change of another field stays. */
export async function updateMetric(
  db: Db,
  scope: Scope,
  id: string,
  m: Partial<MetricDefinition>,
  at: number,
): Promise<Metric | undefined> {
  return changeActiveMetric(db, scope, id, { ...changedColumns(m), updated_at: at });
}

export async function archiveMetric(
  db: Db,
  scope: Scope,
  id: string,
  at: number,
): Promise<Metric | undefined> {
  return changeActiveMetric(db, scope, id, { archived_at: at, updated_at: at });
}

export async function findMetric(db: Db, scope: Scope, id: string): Promise<Metric | undefined> {
  const row = await db
    .selectFrom('metrics')
    .selectAll()
    .where('team_id', '=', scope.teamId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? toMetric(row) : undefined;
}

/** Metrics held until the transaction ends (to be changed), in id order so that two never wait on each other. */
export async function findMetricsForUpdate(db: Db, scope: Scope, ids: string[]): Promise<Metric[]> {
  if (ids.length === 0) return [];
  const query = db
    .selectFrom('metrics')
    .selectAll()
    .where('team_id', '=', scope.teamId)
    .where('id', 'in', ids)
    .orderBy('id');
  return (await forUpdate(db, query).execute()).map(toMetric);
}

/** The strategy's metrics in the order they were added; archived ones only when asked. */
const METRIC_COLUMNS = columnsOf<MetricTable>({
  id: true,
  strategy_id: true,
  team_id: true,
  name: true,
  unit: true,
  baseline: true,
  target: true,
  target_date: true,
  owner_id: true,
  direction: true,
  cadence: true,
  archived_at: true,
  created_at: true,
  updated_at: true,
});

const CHECKIN_COLUMNS = columnsOf<CheckinTable>({
  id: true,
  metric_id: true,
  team_id: true,
  period: true,
  value: true,
  reported_by: true,
  reported_at: true,
  comment: true,
  confidence: true,
  source: true,
  source_label: true,
});

/** The query for the strategy's metric rows (the active ones unless asked), oldest first. */
export function metricRows(
  db: Db,
  scope: Scope,
  strategyId: string,
  options: { includeArchived?: boolean } = {},
) {
  let q = db
    .selectFrom('metrics')
    .select(METRIC_COLUMNS)
    .where('team_id', '=', scope.teamId)
    .where('strategy_id', '=', strategyId);
  if (!options.includeArchived) q = q.where('archived_at', 'is', null);
  return q.orderBy('created_at').orderBy('name');
}

export async function listMetrics(
  db: Db,
  scope: Scope,
  strategyId: string,
  options: { includeArchived?: boolean } = {},
): Promise<Metric[]> {
  const rows = await metricRows(db, scope, strategyId, options).execute();
  return rows.map(toMetric);
}

/** Several strategies' active metrics (each in listMetrics's order), keyed by strategy id. */
export async function listMetricsOf(db: Db, refs: readonly Ref[]): Promise<Map<string, Metric[]>> {
  const out = new Map<string, Metric[]>();
  const groups = byTeam(refs);
  if (groups.length === 0) return out;
  const rows = await db
    .selectFrom('metrics')
    .selectAll()
    .where((eb) =>
      eb.or(
        groups.map(([teamId, ids]) => eb.and([eb('team_id', '=', teamId), eb('strategy_id', 'in', ids)])),
      ),
    )
    .where('archived_at', 'is', null)
    .orderBy('created_at')
    .orderBy('name')
    .execute();
  for (const row of rows) pushTo(out, row.strategy_id, toMetric(row));
  return out;
}

/** Every check-in of metrics of several workspaces, oldest period first. */
export async function listCheckinsOf(db: Db, metrics: readonly Ref[]): Promise<Checkin[]> {
  const groups = byTeam(metrics);
  if (groups.length === 0) return [];
  const rows = await db
    .selectFrom('checkins')
    .selectAll()
    .where((eb) =>
      eb.or(groups.map(([teamId, ids]) => eb.and([eb('team_id', '=', teamId), eb('metric_id', 'in', ids)]))),
    )
    .orderBy('period')
    .execute();
  return rows.map(toCheckin);
}

/** The query for the check-ins of the strategy's active metrics, by period. */
export function activeMetricCheckinRows(db: Db, scope: Scope, strategyId: string) {
  return db
    .selectFrom('checkins')
    .select(CHECKIN_COLUMNS)
    .where('team_id', '=', scope.teamId)
    .where('metric_id', 'in', (eb) =>
      eb
        .selectFrom('metrics')
        .select('id')
        .where('team_id', '=', scope.teamId)
        .where('strategy_id', '=', strategyId)
        .where('archived_at', 'is', null),
    )
    .orderBy('period');
}

/** The active metrics one user owns, across the workspace's strategies. */
export async function listMetricsOwnedBy(db: Db, scope: Scope, ownerId: string): Promise<Metric[]> {
  const rows = await db
    .selectFrom('metrics')
    .selectAll()
    .where('team_id', '=', scope.teamId)
    .where('owner_id', '=', ownerId)
    .where('archived_at', 'is', null)
    .orderBy('created_at')
    .orderBy('name')
    .execute();
  return rows.map(toMetric);
}

/** Every check-in of the given metrics, oldest period first. */
export async function listCheckins(db: Db, scope: Scope, metricIds: string[]): Promise<Checkin[]> {
  if (metricIds.length === 0) return [];
  const rows = await db
    .selectFrom('checkins')
    .selectAll()
    .where('team_id', '=', scope.teamId)
    .where('metric_id', 'in', metricIds)
    .orderBy('period')
    .execute();
  return rows.map(toCheckin);
}

export async function findCheckin(
  db: Db,
  scope: Scope,
  metricId: string,
  period: string,
): Promise<Checkin | undefined> {
  const row = await db
    .selectFrom('checkins')
    .selectAll()
    .where('team_id', '=', scope.teamId)
    .where('metric_id', '=', metricId)
    .where('period', '=', period)
    .executeTakeFirst();
  return row ? toCheckin(row) : undefined;
}

/** Stores the value for (metric, period), replacing an earlier report of the same period. */
export async function upsertCheckin(
  db: Db,
  scope: Scope,
  c: Omit<Checkin, 'reportedAt'> & { id: string; at: number },
): Promise<void> {
  const report = {
    value: c.value,
    reported_by: c.reportedBy,
    reported_at: c.at,
    comment: c.comment,
    confidence: c.confidence,
    source: c.source.kind,
    source_label: c.source.label ?? null,
  } satisfies Updateable<CheckinTable>;
  await db
    .insertInto('checkins')
    .values({ id: c.id, metric_id: c.metricId, team_id: scope.teamId, period: c.period, ...report })
    .onConflict((oc) => oc.columns(['metric_id', 'period']).doUpdateSet(report))
    .execute();
}

/**
 * Lets the process answer other requests between two batches: SQLite runs each statement
 * synchronously, and thousands of rows in a row would hold up every ack and reply meanwhile.
 */
export const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));

// A batch is one statement: 400 rows of 11 columns stay far inside SQLite's 32,766 and
// PostgreSQL's 65,535 bound parameters.
const CHECKIN_BATCH = 400;

/**
 * Stores many values at once (an imported history), each replacing an earlier report of its
 * (metric, period). No (metric, period) may appear twice: PostgreSQL refuses to update one row
 * twice in a statement.
 */
export async function upsertCheckins(
  db: Db,
  scope: Scope,
  checkins: (Omit<Checkin, 'reportedAt'> & { id: string; at: number })[],
): Promise<void> {
  for (let i = 0; i < checkins.length; i += CHECKIN_BATCH) {
    if (i > 0) await breathe();
    const batch = checkins.slice(i, i + CHECKIN_BATCH).map(
      (c) =>
        ({
          id: c.id,
          metric_id: c.metricId,
          team_id: scope.teamId,
          period: c.period,
          value: c.value,
          reported_by: c.reportedBy,
          reported_at: c.at,
          comment: c.comment,
          confidence: c.confidence,
          source: c.source.kind,
          source_label: c.source.label ?? null,
        }) satisfies Insertable<CheckinTable>,
    );
    await db
      .insertInto('checkins')
      .values(batch)
      .onConflict((oc) =>
        oc.columns(['metric_id', 'period']).doUpdateSet((eb) => ({
          value: eb.ref('excluded.value'),
          reported_by: eb.ref('excluded.reported_by'),
          reported_at: eb.ref('excluded.reported_at'),
          comment: eb.ref('excluded.comment'),
          confidence: eb.ref('excluded.confidence'),
          source: eb.ref('excluded.source'),
          source_label: eb.ref('excluded.source_label'),
        })),
      )
      .execute();
  }
}
