import { randomUUID } from 'node:crypto';
import { isValidDate, localDate } from '../domain/dates.js';
import {
  CHECKIN_COMMENT_MAX,
  type Checkin,
  type CheckinSourceMark,
  type Confidence,
  definitionOf,
  findMetricByName,
  type Metric,
  type MetricDefinition,
  type MetricDraft,
  type MetricField,
  type MetricLookup,
  type MetricProblem,
  type MetricValidation,
  MODAL_SOURCE,
  validateMetric,
} from '../domain/metric.js';
import { isPeriodOf, periodOf, periodOfDate } from '../domain/periods.js';
import { type Actor, canEditItem, canEditMetric } from '../domain/permissions.js';
import { storableText } from '../domain/storable-text.js';
import type { Strategy } from '../domain/strategy.js';
import { computeTrend, type Trend } from '../domain/trend.js';
import { recordAudit, recordAudits } from '../storage/audit.js';
import type { Db } from '../storage/db.js';
import {
  archiveMetric as archiveMetricRow,
  findCheckin,
  findMetric,
  findMetricsForUpdate,
  insertMetric,
  listCheckins,
  listMetrics,
  listMetricsOwnedBy,
  updateMetric,
  upsertCheckins,
} from '../storage/metrics.js';
import { listStrategies, type Scope } from '../storage/strategies.js';
import type { ServiceDeps } from './deps.js';
import { firstSubmission, type SubmissionId } from './submissions.js';

/** A metric with its history and trend, ready for a view. */
export interface MetricOverview {
  metric: Metric;
  strategy: Strategy;
  checkins: Checkin[];
  trend: Trend;
}

export type AddMetricResult =
  | { kind: 'created'; metric: Metric }
  | { kind: 'forbidden' }
  /** The same modal submission came again; it had added the metric already. */
  | { kind: 'replayed' };

/** Managers may add any metric; anyone else may add a metric they will own themselves. */
export async function addMetric(
  deps: ServiceDeps,
  input: { strategy: Strategy; actor: Actor; metric: MetricDefinition; submission?: SubmissionId },
): Promise<AddMetricResult> {
  const { strategy, actor, metric } = input;
  if (!canEditItem(strategy, actor, metric.ownerId)) return { kind: 'forbidden' };
  const at = deps.clock.now().getTime();
  return deps.db.transaction().execute(async (trx): Promise<AddMetricResult> => {
    if (!(await firstSubmission(trx, strategy.teamId, input.submission, at))) return { kind: 'replayed' };
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
    return { kind: 'created', metric: added };
  });
}

export type EditMetricResult =
  | { kind: 'updated'; metric: Metric }
  | { kind: 'archived'; metric: Metric }
  /** What was saved is what the metric already holds. */
  | { kind: 'unchanged'; metric: Metric }
  | { kind: 'forbidden'; metric: Metric }
  | { kind: 'not_found' }
  /** With a change someone else saved meanwhile, this one would leave the metric invalid. */
  | { kind: 'invalid'; problems: Partial<Record<MetricField, MetricProblem>> }
  /** The same modal submission came again; it had changed the metric already. */
  | { kind: 'replayed' };

interface MetricEdit {
  strategy: Strategy;
  actor: Actor;
  metricId: string;
}

/**
 * Runs `change` on an active metric of the strategy, held from the read to the write so that a
 * concurrent change waits and then sees this one; only if the actor may edit that metric.
 */
async function changeMetric(
  deps: ServiceDeps,
  input: MetricEdit,
  change: (trx: Db, before: Metric, at: number) => Promise<EditMetricResult>,
): Promise<EditMetricResult> {
  const { strategy, actor } = input;
  const at = deps.clock.now().getTime();
  return deps.db.transaction().execute(async (trx): Promise<EditMetricResult> => {
    const [before] = await findMetricsForUpdate(trx, { teamId: strategy.teamId }, [input.metricId]);
    if (!before || before.strategyId !== strategy.id || before.archivedAt) return { kind: 'not_found' };
    if (!canEditMetric(strategy, actor, before)) return { kind: 'forbidden', metric: before };
    return change(trx, before, at);
  });
}

/**
 * Changes the fields given, and only those, so that two people editing different fields of one
 * metric at once both keep their change. The audit trail gets each changed field before and after.
 */
export async function editMetric(
  deps: ServiceDeps,
  input: MetricEdit & { change: Partial<MetricDefinition>; submission?: SubmissionId },
): Promise<EditMetricResult> {
  const { strategy, actor } = input;
  return changeMetric(deps, input, async (trx, before, at) => {
    const current = definitionOf(before);
    const after: MetricDefinition = { ...current, ...input.change };
    if (after.target === after.baseline) return { kind: 'invalid', problems: { target: 'same_as_baseline' } };
    const changed = (Object.keys(after) as (keyof MetricDefinition)[]).filter((k) => after[k] !== current[k]);
    if (changed.length === 0) return { kind: 'unchanged', metric: before };
    if (!(await firstSubmission(trx, strategy.teamId, input.submission, at))) return { kind: 'replayed' };
    const pick = (d: MetricDefinition) => Object.fromEntries(changed.map((k) => [k, d[k]]));
    const updated = await updateMetric(trx, { teamId: before.teamId }, before.id, pick(after), at);
    if (!updated) return { kind: 'not_found' };
    await recordAudit(trx, {
      teamId: strategy.teamId,
      strategyId: strategy.id,
      actorId: actor.userId,
      action: 'metric.updated',
      subject: before.id,
      before: pick(current),
      after: pick(after),
      at,
    });
    return { kind: 'updated', metric: updated };
  });
}

/** Archiving hides the metric from check-ins and status; its history stays. */
export async function archiveMetric(deps: ServiceDeps, input: MetricEdit): Promise<EditMetricResult> {
  const { strategy, actor } = input;
  return changeMetric(deps, input, async (trx, before, at) => {
    const archived = await archiveMetricRow(trx, { teamId: before.teamId }, before.id, at);
    if (!archived) return { kind: 'not_found' };
    await recordAudit(trx, {
      teamId: strategy.teamId,
      strategyId: strategy.id,
      actorId: actor.userId,
      action: 'metric.archived',
      subject: before.id,
      before: { archivedAt: null },
      after: { archivedAt: at },
      at,
    });
    return { kind: 'archived', metric: archived };
  });
}

/** The period a metric's check-in falls in at this instant, in the strategy's time zone. */
export function currentPeriod(strategy: Strategy, metric: Metric, at: Date): string {
  return periodOf(at, strategy.timeZone, metric.cadence);
}

/** One value to record, with what its reporter adds to it. */
export interface CheckinValue {
  metricId: string;
  value: number;
  /** What explains the value; empty or left out: none. */
  comment?: string | null;
  confidence?: Confidence | null;
  /**
   * The period the value is for, when the route names one (the API, an import); it must be one
   * of the metric's cadence (`2027-W06` weekly, `2027-02` monthly). Left out: the period of
   * `date`, or of `at`.
   */
  period?: string;
  /**
   * A local calendar day (YYYY-MM-DD) in the strategy's time zone: the value is for the period
   * that day falls in. With `period` as well, the day must fall in that period.
   */
  date?: string;
}

export interface CheckinInput {
  strategy: Strategy;
  reportedBy: string;
  /**
   * The moment whose period the values are for, unless a value names its own: for the modal,
   * when it opened (so the period saved is the one the user saw).
   */
  at: Date;
  values: CheckinValue[];
  submission?: SubmissionId;
  /** Where the values come from; the check-in window unless said. */
  source?: CheckinSourceMark;
}

/** The parts of a value that can be refused, as the route's own field names. */
export type CheckinField = 'value' | 'period' | 'date' | 'comment';
export type CheckinProblem =
  /** Not a finite number. */
  | 'not_a_number'
  /** Not a period of the metric's cadence (a weekly metric given `2027-02`, or `2027-W60`). */
  | 'not_a_period'
  /** Not a calendar day written YYYY-MM-DD. */
  | 'not_a_date'
  /** A period that has not begun, or a day after today, in the strategy's time zone. */
  | 'in_future'
  /** A day outside the period given with it. */
  | 'outside_period'
  | 'too_long';

export interface CheckinRefusal {
  metricId: string;
  field: CheckinField;
  problem: CheckinProblem;
}

/** A value checked: the period it is for, or why it is refused. */
export type CheckedValue =
  | { ok: true; period: string }
  | { ok: false; field: CheckinField; problem: CheckinProblem };

/**
 * The rules every route's value meets, whichever way it arrives: a finite number, a comment of at
 * most CHECKIN_COMMENT_MAX characters, and a period of the metric's cadence that has begun, in the
 * strategy's time zone: the one named, the one `date` falls in, or else the one of `at`.
 */
export function checkCheckinValue(
  strategy: Strategy,
  metric: Metric,
  given: Omit<CheckinValue, 'metricId'>,
  at: Date,
  now: Date,
): CheckedValue {
  if (typeof given.value !== 'number' || !Number.isFinite(given.value))
    return { ok: false, field: 'value', problem: 'not_a_number' };
  if ((given.comment ?? '').trim().length > CHECKIN_COMMENT_MAX)
    return { ok: false, field: 'comment', problem: 'too_long' };
  const current = currentPeriod(strategy, metric, now);
  if (given.period !== undefined) {
    if (!isPeriodOf(given.period, metric.cadence))
      return { ok: false, field: 'period', problem: 'not_a_period' };
    // Periods of one cadence, written alike, sort as they follow each other.
    if (given.period > current) return { ok: false, field: 'period', problem: 'in_future' };
  }
  if (given.date !== undefined) {
    if (!isValidDate(given.date)) return { ok: false, field: 'date', problem: 'not_a_date' };
    if (given.date > localDate(now, strategy.timeZone))
      return { ok: false, field: 'date', problem: 'in_future' };
    const period = periodOfDate(given.date, metric.cadence);
    if (given.period !== undefined && given.period !== period)
      return { ok: false, field: 'date', problem: 'outside_period' };
    return { ok: true, period };
  }
  return { ok: true, period: given.period ?? currentPeriod(strategy, metric, at) };
}

/** A value as stored, and what it replaced. */
export interface RecordedValue {
  metric: Metric;
  period: string;
  value: number;
  comment: string | null;
  confidence: Confidence | null;
  /** What the period held before; undefined when it was new. */
  replaced: Checkin | undefined;
}

export type CheckinResult =
  /** Values stored (new or changed); a value the period already held, with its comment and confidence, is left out. */
  | { kind: 'saved'; saved: RecordedValue[] }
  /** Some value breaks the rules (checkCheckinValue): nothing is stored. */
  | { kind: 'invalid'; problems: CheckinRefusal[] }
  /** The same modal submission came again; its values were stored already. */
  | { kind: 'replayed' };

/** A comment as kept: storable, trimmed, at most CHECKIN_COMMENT_MAX characters; empty is none. */
function keptComment(comment: string | null | undefined): string | null {
  const trimmed = storableText(comment ?? '').trim();
  return trimmed ? trimmed.slice(0, CHECKIN_COMMENT_MAX) : null;
}

/**
 * Stores one value per metric for its period, each with its comment and confidence, all of them
 * or, when one breaks the rules, none. Anyone may report; a later report of the same period
 * replaces the value, its comment and its confidence, and what it replaced stays in the audit
 * trail. The metrics are held while their values are read and written, so of two reports at once
 * the second sees (and records that it replaced) the first.
 */
export async function recordCheckin(deps: ServiceDeps, input: CheckinInput): Promise<CheckinResult> {
  const { strategy } = input;
  const scope = { teamId: strategy.teamId };
  const now = deps.clock.now();
  const at = now.getTime();
  const source = input.source ?? MODAL_SOURCE;
  return deps.db.transaction().execute(async (trx): Promise<CheckinResult> => {
    const held = await findMetricsForUpdate(trx, scope, [...new Set(input.values.map((v) => v.metricId))]);
    const metrics = new Map(held.map((m) => [m.id, m]));
    // What the periods hold, read once: an imported history brings thousands of values.
    const stored = new Map(
      (await listCheckins(trx, scope, [...metrics.keys()])).map((c) => [`${c.metricId} ${c.period}`, c]),
    );
    const changes: RecordedValue[] = [];
    const problems: CheckinRefusal[] = [];
    for (const given of input.values) {
      const metric = metrics.get(given.metricId);
      if (!metric || metric.strategyId !== strategy.id || metric.archivedAt) continue;
      const checked = checkCheckinValue(strategy, metric, given, input.at, now);
      if (!checked.ok) {
        problems.push({ metricId: metric.id, field: checked.field, problem: checked.problem });
        continue;
      }
      const { period } = checked;
      const { value } = given;
      const comment = keptComment(given.comment);
      const confidence = given.confidence ?? null;
      const before = stored.get(`${metric.id} ${period}`);
      if (before && before.value === value && before.comment === comment && before.confidence === confidence)
        continue;
      changes.push({ metric, period, value, comment, confidence, replaced: before });
    }
    if (problems.length > 0) return { kind: 'invalid', problems };
    if (changes.length === 0) return { kind: 'saved', saved: [] };
    if (!(await firstSubmission(trx, scope.teamId, input.submission, at))) return { kind: 'replayed' };
    // One value per (metric, period): of the same period given twice, the later is kept.
    const latest = [...new Map(changes.map((c) => [`${c.metric.id} ${c.period}`, c])).values()];
    await upsertCheckins(
      trx,
      scope,
      latest.map(({ metric, period, value, comment, confidence }) => ({
        id: randomUUID(),
        metricId: metric.id,
        period,
        value,
        reportedBy: input.reportedBy,
        comment,
        confidence,
        source,
        at,
      })),
    );
    await recordAudits(
      trx,
      changes.map(({ metric, period, value, comment, confidence, replaced: before }) => ({
        teamId: strategy.teamId,
        strategyId: strategy.id,
        actorId: input.reportedBy,
        action: before ? 'checkin.replaced' : 'checkin.reported',
        subject: metric.id,
        before: before
          ? {
              period,
              value: before.value,
              reportedBy: before.reportedBy,
              ...(before.comment === null ? {} : { comment: before.comment }),
              ...(before.confidence === null ? {} : { confidence: before.confidence }),
            }
          : null,
        after: {
          period,
          value,
          ...(comment === null ? {} : { comment }),
          ...(confidence === null ? {} : { confidence }),
          ...(source.kind === 'modal' ? {} : { source: source.kind }),
          ...(source.label === undefined ? {} : { sourceLabel: source.label }),
        },
        at,
      })),
    );
    return { kind: 'saved', saved: changes };
  });
}

/** Each metric of these strategies with its check-ins and trend. */
export function overviews(strategies: Strategy[], metrics: Metric[], checkins: Checkin[]): MetricOverview[] {
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

/** The check-in as it opens at `at`: each active metric, its period then, and what is already in. */
export async function checkinRows(
  deps: ServiceDeps,
  strategy: Strategy,
  at: Date,
): Promise<{ metric: Metric; period: string; current: Checkin | undefined }[]> {
  const scope = { teamId: strategy.teamId };
  const rows = [];
  for (const metric of await activeMetrics(deps, strategy)) {
    const period = currentPeriod(strategy, metric, at);
    rows.push({ metric, period, current: await findCheckin(deps.db, scope, metric.id, period) });
  }
  return rows;
}

/** The strategy's active metrics, in the order they were added. */
export async function activeMetrics(deps: ServiceDeps, strategy: Strategy): Promise<Metric[]> {
  return listMetrics(deps.db, { teamId: strategy.teamId }, strategy.id);
}

/** The active metric a command names, diacritics and case aside, or the nearest name on a typo. */
export async function metricNamed(
  deps: ServiceDeps,
  strategy: Strategy,
  name: string,
): Promise<MetricLookup> {
  return findMetricByName(await activeMetrics(deps, strategy), name);
}

/**
 * The active metric a button names by id. The id comes back from the user's Slack client: a
 * metric of another strategy or workspace, or an archived one, is not found.
 */
export async function activeMetric(
  deps: ServiceDeps,
  strategy: Strategy,
  metricId: unknown,
): Promise<Metric | undefined> {
  if (typeof metricId !== 'string') return undefined;
  const metric = await findMetric(deps.db, { teamId: strategy.teamId }, metricId);
  return metric && metric.strategyId === strategy.id && !metric.archivedAt ? metric : undefined;
}

/** Every value reported for one metric, for its chart. */
export async function metricHistory(deps: ServiceDeps, metric: Metric): Promise<Checkin[]> {
  return listCheckins(deps.db, { teamId: metric.teamId }, [metric.id]);
}

/**
 * The metric form checked against the strategy as it is now: a name unique among its other
 * active metrics, a target date not before today in its time zone (an edit may keep its own).
 */
export async function checkMetric(
  deps: ServiceDeps,
  input: { strategy: Strategy; metricId: string | undefined; draft: MetricDraft },
): Promise<MetricValidation> {
  const { strategy, metricId } = input;
  const active = await activeMetrics(deps, strategy);
  return validateMetric(input.draft, {
    today: localDate(deps.clock.now(), strategy.timeZone),
    otherNames: active.filter((x) => x.id !== metricId).map((x) => x.name),
    currentTargetDate: active.find((x) => x.id === metricId)?.targetDate,
  });
}
