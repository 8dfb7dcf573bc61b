import { isValidDate } from './dates.js';
import { parseNumber } from './numbers.js';
import { CADENCES, type Cadence } from './periods.js';
import { closest, fold } from './text.js';

export const DIRECTIONS = ['up', 'down'] as const;
/** Whether a higher (`up`) or a lower (`down`) value is better. */
export type Direction = (typeof DIRECTIONS)[number];

export const METRIC_NAME_MAX = 60;
export const METRIC_UNIT_MAX = 20;

/** What a person sets when they define a metric: from a baseline to a target by a date. */
export interface MetricDefinition {
  name: string;
  unit: string;
  baseline: number;
  target: number;
  /** Local calendar date, YYYY-MM-DD. */
  targetDate: string;
  ownerId: string;
  direction: Direction;
  cadence: Cadence;
}

/** A measurable goal of one strategy, reported once per period of its cadence. */
export interface Metric extends MetricDefinition {
  id: string;
  strategyId: string;
  teamId: string;
  archivedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

/** The definition alone, e.g. for the audit trail, without the metric's identity and times. */
export function definitionOf(metric: MetricDefinition): MetricDefinition {
  const { name, unit, baseline, target, targetDate, ownerId, direction, cadence } = metric;
  return { name, unit, baseline, target, targetDate, ownerId, direction, cadence };
}

/** How the reporter sees the goal as they report a value. */
export const CONFIDENCES = ['on_track', 'at_risk', 'off_track'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

export function isConfidence(value: unknown): value is Confidence {
  return typeof value === 'string' && (CONFIDENCES as readonly string[]).includes(value);
}

/** A comment with a value: a sentence or two of context, not a report. */
export const CHECKIN_COMMENT_MAX = 500;

/** One reported value: one per metric per period; a later report replaces it. */
export interface Checkin {
  metricId: string;
  period: string;
  value: number;
  reportedBy: string;
  reportedAt: Date;
  /** What explains the value, as its reporter wrote it. */
  comment: string | null;
  confidence: Confidence | null;
  /** Where the value came from, and for the API the label of the token that wrote it. */
  source: CheckinSourceMark;
}

/** The routes a value arrives by: the check-in window, the HTTP API, a CSV import, a workflow step. */
export const CHECKIN_SOURCES = ['modal', 'api', 'import', 'workflow'] as const;
export type CheckinSource = (typeof CHECKIN_SOURCES)[number];

export interface CheckinSourceMark {
  kind: CheckinSource;
  label?: string;
}

export const MODAL_SOURCE: CheckinSourceMark = { kind: 'modal' };

/** What the metric modal submits, as typed. */
export type MetricDraft = { [F in keyof MetricDefinition]: string | undefined };

/** The fields a submission can be refused for (an unknown cadence falls back to weekly). */
export type MetricField = Exclude<keyof MetricDefinition, 'cadence'>;
export type MetricProblem =
  | 'required'
  | 'too_long'
  | 'duplicate'
  | 'not_a_number'
  | 'same_as_baseline'
  | 'not_a_date'
  | 'date_in_past';

export type MetricValidation =
  | { ok: true; metric: MetricDefinition }
  | { ok: false; problems: Partial<Record<MetricField, MetricProblem>> };

/**
 * Checks a submitted metric: a name unique among the strategy's active metrics, numbers that
 * read as numbers, a target that differs from the baseline, and a target date not in the past.
 */
export function validateMetric(
  draft: MetricDraft,
  context: { today: string; otherNames: string[]; currentTargetDate?: string },
): MetricValidation {
  const problems: Partial<Record<MetricField, MetricProblem>> = {};
  const name = (draft.name ?? '').trim().replace(/\s+/g, ' ');
  if (!name) problems.name = 'required';
  else if (name.length > METRIC_NAME_MAX) problems.name = 'too_long';
  else if (context.otherNames.some((other) => fold(other) === fold(name))) problems.name = 'duplicate';
  const unit = (draft.unit ?? '').trim();
  if (unit.length > METRIC_UNIT_MAX) problems.unit = 'too_long';
  const baseline = parseNumber(draft.baseline);
  if (baseline === undefined) problems.baseline = draft.baseline?.trim() ? 'not_a_number' : 'required';
  const target = parseNumber(draft.target);
  if (target === undefined) problems.target = draft.target?.trim() ? 'not_a_number' : 'required';
  else if (baseline !== undefined && target === baseline) problems.target = 'same_as_baseline';
  const targetDate = draft.targetDate ?? '';
  if (!targetDate) problems.targetDate = 'required';
  else if (!isValidDate(targetDate)) problems.targetDate = 'not_a_date';
  // An edit may keep a date that has passed meanwhile; only a newly chosen date must be ahead.
  else if (targetDate < context.today && targetDate !== context.currentTargetDate)
    problems.targetDate = 'date_in_past';
  if (!draft.ownerId) problems.ownerId = 'required';
  const direction = DIRECTIONS.find((d) => d === draft.direction);
  if (!direction) problems.direction = 'required';
  const cadence = CADENCES.find((c) => c === draft.cadence) ?? 'weekly';
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  return {
    ok: true,
    metric: {
      name,
      unit,
      baseline: baseline!,
      target: target!,
      targetDate,
      ownerId: draft.ownerId!,
      direction: direction!,
      cadence,
    },
  };
}

export type MetricLookup =
  | { kind: 'found'; metric: Metric }
  | { kind: 'missing'; suggestion: string | undefined };

/** A metric named in a command, diacritics and case aside, with the nearest name on a typo. */
export function findMetricByName(metrics: Metric[], name: string): MetricLookup {
  const wanted = fold(name);
  const metric = metrics.find((m) => fold(m.name) === wanted);
  if (metric) return { kind: 'found', metric };
  return {
    kind: 'missing',
    suggestion: closest(
      name,
      metrics.map((m) => m.name),
    ),
  };
}
