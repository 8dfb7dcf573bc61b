import { randomUUID } from 'node:crypto';
import { localDate } from '../domain/dates.js';
import { type Checkin, definitionOf, type Metric, type MetricDefinition } from '../domain/metric.js';
import { periodOf } from '../domain/periods.js';
import { type Actor, canEditItem, canEditMetric } from '../domain/permissions.js';
import type { Strategy } from '../domain/strategy.js';
import { computeTrend, type Trend } from '../domain/trend.js';
import { recordAudit } from '../storage/audit.js';
import type { Db } from '../storage/db.js';
import {
  archiveMetric as archiveMetricRow,
  findCheckin,
  findMetric,
  insertMetric,
  listCheckins,
  listMetrics,
  listMetricsOwnedBy,
  updateMetric,
  upsertCheckin,
} from '../storage/metrics.js';
import { listStrategies, type Scope } from '../storage/strategies.js';
import type { ServiceDeps } from './deps.js';

/** A metric with its history and trend, ready for a view. */
export interface MetricOverview {
  metric: Metric;
  strategy: Strategy;
  checkins: Checkin[];
  trend: Trend;
}

export type AddMetricResult = { kind: 'created'; metric: Metric } | { kind: 'forbidden' };

/** Managers may add any metric; anyone else may add a metric they will own themselves. */
export async function addMetric(
  deps: ServiceDeps,
  input: { strategy: Strategy; actor: Actor; metric: MetricDefinition },
): Promise<AddMetricResult> {
  const { strategy, actor, metric } = input;
  if (!canEditItem(strategy, actor, metric.ownerId)) return { kind: 'forbidden' };
  const at = deps.clock.now().getTime();
  const created = await deps.db.transaction().execute(async (trx) => {
    const added = await insertMetric(
      trx,
      { teamId: strategy.teamId },
      { ...metric, id: randomUUID(), strategyId: strategy.id, at },
    );
    await recordAudit(trx, {
      teamId: strategy.teamId,
      strategyId: strategy.id,
      actorId: actor.userId,
      action: 'metric.created',
      subject: added.id,
      after: definitionOf(metric),
      at,
    });
    return added;
  });
  return { kind: 'created', metric: created };
}

export type EditMetricResult =
  | { kind: 'updated'; metric: Metric }
  | { kind: 'archived'; metric: Metric }
  | { kind: 'forbidden'; metric: Metric }
  | { kind: 'not_found' };

interface MetricEdit {
  strategy: Strategy;
  actor: Actor;
  metricId: string;
}

/**
 * One change to an active metric of the strategy, made only if the actor may edit that metric,
 * and kept in the audit trail with what it was before.
 */
async function changeMetric(
  deps: ServiceDeps,
  input: MetricEdit,
  kind: 'updated' | 'archived',
  change: (
    trx: Db,
    before: Metric,
    at: number,
  ) => Promise<{ after: Metric | undefined; audit: { before: unknown; after: unknown } }>,
): Promise<EditMetricResult> {
  const { strategy, actor } = input;
  const at = deps.clock.now().getTime();
  return deps.db.transaction().execute(async (trx): Promise<EditMetricResult> => {
    const before = await findMetric(trx, { teamId: strategy.teamId }, input.metricId);
    if (!before || before.strategyId !== strategy.id || before.archivedAt) return { kind: 'not_found' };
    if (!canEditMetric(strategy, actor, before)) return { kind: 'forbidden', metric: before };
    const { after, audit } = await change(trx, before, at);
    if (!after) return { kind: 'not_found' };
    await recordAudit(trx, {
      teamId: strategy.teamId,
      strategyId: strategy.id,
      actorId: actor.userId,
      action: `metric.${kind}`,
      subject: before.id,
      ...audit,
      at,
    });
    return { kind, metric: after };
  });
}

export async function editMetric(
  deps: ServiceDeps,
  input: MetricEdit & { metric: MetricDefinition },
): Promise<EditMetricResult> {
  return changeMetric(deps, input, 'updated', async (trx, before, at) => ({
    after: await updateMetric(trx, { teamId: before.teamId }, before.id, input.metric, at),
    audit: { before: definitionOf(before), after: definitionOf(input.metric) },
  }));
}

/** Archiving hides the metric from check-ins and status; its history stays. */
export async function archiveMetric(deps: ServiceDeps, input: MetricEdit): Promise<EditMetricResult> {
  return changeMetric(deps, input, 'archived', async (trx, before, at) => ({
    after: await archiveMetricRow(trx, { teamId: before.teamId }, before.id, at),
    audit: { before: { archivedAt: null }, after: { archivedAt: at } },
  }));
}

/** The period a metric's check-in falls in at this instant, in the strategy's time zone. */
export function currentPeriod(strategy: Strategy, metric: Metric, at: Date): string {
  return periodOf(at, strategy.timeZone, metric.cadence);
}

export interface ReportedValue {
  metricId: string;
  value: number;
}

export interface CheckinReport {
  /** Values stored (new or changed). */
  saved: { metric: Metric; period: string; value: number; replaced: number | undefined }[];
}

/**
 * Stores one value per metric for the period of `reportedAt` (the moment the check-in was
 * opened, so the period saved is the one the user saw). Anyone may report; a later report of
 * the same period replaces the value, and the replaced value stays in the audit trail.
 */
export async function reportCheckins(
  deps: ServiceDeps,
  input: { strategy: Strategy; userId: string; reportedAt: Date; values: ReportedValue[] },
): Promise<CheckinReport> {
  const { strategy } = input;
  const scope = { teamId: strategy.teamId };
  const at = deps.clock.now().getTime();
  return deps.db.transaction().execute(async (trx) => {
    const saved: CheckinReport['saved'] = [];
    for (const { metricId, value } of input.values) {
      const metric = await findMetric(trx, scope, metricId);
      if (!metric || metric.strategyId !== strategy.id || metric.archivedAt) continue;
      const period = currentPeriod(strategy, metric, input.reportedAt);
      const before = await findCheckin(trx, scope, metricId, period);
      if (before && before.value === value) continue;
      await upsertCheckin(trx, scope, {
        id: randomUUID(),
        metricId,
        period,
        value,
        reportedBy: input.userId,
        at,
      });
      await recordAudit(trx, {
        teamId: strategy.teamId,
        strategyId: strategy.id,
        actorId: input.userId,
        action: before ? 'checkin.replaced' : 'checkin.reported',
        subject: metricId,
        before: before ? { period, value: before.value, reportedBy: before.reportedBy } : null,
        after: { period, value },
        at,
      });
      saved.push({ metric, period, value, replaced: before?.value });
    }
    return { saved };
  });
}

function overviews(strategies: Strategy[], metrics: Metric[], checkins: Checkin[]): MetricOverview[] {
  const byStrategy = new Map(strategies.map((s) => [s.id, s]));
  const out: MetricOverview[] = [];
  for (const metric of metrics) {
    const strategy = byStrategy.get(metric.strategyId);
    if (!strategy) continue;
    const own = checkins.filter((c) => c.metricId === metric.id);
    const trend = computeTrend({
      baseline: metric.baseline,
      target: metric.target,
      direction: metric.direction,
      startDate: localDate(metric.createdAt, strategy.timeZone),
      targetDate: metric.targetDate,
      checkins: own,
    });
    out.push({ metric, strategy, checkins: own, trend });
  }
  return out;
}

/** Every active metric of the strategy with its trend. */
export async function strategyMetrics(deps: ServiceDeps, strategy: Strategy): Promise<MetricOverview[]> {
  const scope = { teamId: strategy.teamId };
  const metrics = await listMetrics(deps.db, scope, strategy.id);
  const checkins = await listCheckins(
    deps.db,
    scope,
    metrics.map((m) => m.id),
  );
  return overviews([strategy], metrics, checkins);
}

/** The active metrics a user owns across the workspace, with their trends (for App Home). */
export async function ownedMetrics(
  deps: ServiceDeps,
  scope: Scope,
  userId: string,
): Promise<MetricOverview[]> {
  const metrics = await listMetricsOwnedBy(deps.db, scope, userId);
  if (metrics.length === 0) return [];
  const strategies = await listStrategies(deps.db, scope);
  const checkins = await listCheckins(
    deps.db,
    scope,
    metrics.map((m) => m.id),
  );
  return overviews(strategies, metrics, checkins);
}

/** The values already reported for the current periods, by metric id (to prefill the check-in). */
export async function currentValues(
  deps: ServiceDeps,
  strategy: Strategy,
  metrics: Metric[],
  at: Date,
): Promise<Map<string, number>> {
  const scope = { teamId: strategy.teamId };
  const out = new Map<string, number>();
  for (const metric of metrics) {
    const found = await findCheckin(deps.db, scope, metric.id, currentPeriod(strategy, metric, at));
    if (found) out.set(metric.id, found.value);
  }
  return out;
}
