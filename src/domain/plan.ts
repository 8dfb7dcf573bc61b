import { localDate, localDateTime } from './dates.js';
import { PHASE_KEYS, type PhaseKey, QUESTION_KEYS, type QuestionKey } from './method.js';
import { type CheckinSourceMark, definitionOf, type Metric, type MetricDefinition } from './metric.js';
import { emptyPhase, type Phase, type PhaseStatus, type PhaseTiming, phaseTiming } from './phases.js';
import {
  type Answers,
  type Gap,
  type Judgements,
  type Rating,
  type ReadinessSummary,
  type Reason,
  ratingOf,
  type Verdict,
} from './readiness.js';
import type { ScheduleSettings } from './schedule.js';
import type { Language, Strategy, StrategyState } from './strategy.js';
import type { Trend, TrendStatus } from './trend.js';

// Stage 3 of the method (docs/method.md): "a documented, actionable plan", built from what the team
// entered. Plain data in, one structured document out; the views render it as Markdown or JSON.

/** Someone named in the plan: the Slack user id and the display name last seen (null: never seen). */
export interface Person {
  id: string;
  name: string | null;
}

export interface AuditLine {
  at: number;
  actorId: string;
  action: string;
  subject: string | null;
  before: unknown;
  after: unknown;
}

export interface PlanInput {
  strategy: Strategy;
  now: Date;
  readiness: { summary: ReadinessSummary; answers: Partial<Answers> } | undefined;
  phases: Phase[];
  metrics: { metric: Metric; trend: Trend }[];
  schedule: { settings: ScheduleSettings; paused: boolean };
  /** Newest first. */
  audit: AuditLine[];
  /** Display names by Slack user id. */
  names: ReadonlyMap<string, string>;
  /** Names of metrics the audit trail mentions that are no longer active (archived), by id. */
  metricNames?: ReadonlyMap<string, string>;
}

export interface PlanAnswer {
  question: QuestionKey;
  rating: Rating;
  text: string;
  owner: Person | null;
}

export interface PlanReadiness {
  verdict: Verdict;
  score: number;
  maxScore: number;
  revision: number;
  updatedBy: Person;
  updatedOn: string;
  reasons: Reason[];
  answers: PlanAnswer[];
  /** The three judgements; one not made yet is absent. */
  judgements: Judgements;
  /** `addressedBy`: the finished phase that addressed the gap since its answer last changed. */
  gaps: (Gap & { addressedBy: PhaseKey | null })[];
}

export interface PlanPhase {
  number: number;
  key: PhaseKey;
  owner: Person | null;
  dueDate: string | null;
  timing: PhaseTiming;
  status: PhaseStatus;
  notes: string | null;
  deliverableUrl: string | null;
}

export interface PlanMetric extends Omit<MetricDefinition, 'ownerId'> {
  owner: Person;
  /** `source` only when the value came by another route than the check-in window. */
  latest: { period: string; value: number; source?: CheckinSourceMark } | null;
  percent: number | null;
  status: TrendStatus;
  sparkline: string;
}

export type ChangeKind =
  | { kind: 'strategy_created' }
  | { kind: 'assessment_revised'; revision: number | null }
  | { kind: 'phase_updated'; phase: PhaseKey; fields: string[] }
  | { kind: 'metric_created' | 'metric_updated' | 'metric_archived'; metric: string }
  | { kind: 'checkin_reported' | 'checkin_replaced'; metric: string; period: string; value: number | null }
  | { kind: 'schedule_updated' | 'schedule_paused' | 'schedule_resumed' }
  | { kind: 'other'; action: string };

export interface PlanChange {
  /** Local date and time in the strategy's time zone, YYYY-MM-DD HH:MM. */
  at: string;
  actor: Person;
  change: ChangeKind;
}

export interface PlanDocument {
  language: Language;
  /** The local date the plan was made, in the strategy's time zone. */
  date: string;
  strategy: {
    name: string;
    channelId: string;
    timeZone: string;
    state: StrategyState;
    startedBy: Person;
    startedOn: string;
    admins: Person[];
  };
  readiness: PlanReadiness | null;
  phases: PlanPhase[];
  metrics: PlanMetric[];
  schedule: ScheduleSettings & { paused: boolean };
  changes: PlanChange[];
}

/** How many entries of the audit trail the plan lists. */
export const PLAN_CHANGES = 10;

/** Audit actions the plan leaves out: a draft is one person's unsaved work, not the team's plan. */
const PRIVATE_ACTIONS = new Set(['assessment.draft_saved']);

const MENTION = /<@([UW][A-Z0-9]+)(?:\|[^>]*)?>/g;

/** Every Slack user the plan names, so their display names can be looked up before it is built. */
export function planUserIds(
  input: Pick<PlanInput, 'strategy' | 'readiness' | 'phases' | 'metrics' | 'audit'>,
): string[] {
  const ids = new Set<string>([input.strategy.createdBy, ...input.strategy.admins]);
  if (input.readiness) {
    ids.add(input.readiness.summary.updatedBy);
    for (const answer of Object.values(input.readiness.answers)) {
      if (answer?.owner) ids.add(answer.owner);
      for (const m of answer?.text.matchAll(MENTION) ?? []) ids.add(m[1]!);
    }
  }
  for (const p of input.phases) {
    if (p.ownerId) ids.add(p.ownerId);
    for (const m of p.notes?.matchAll(MENTION) ?? []) ids.add(m[1]!);
  }
  for (const { metric } of input.metrics) ids.add(metric.ownerId);
  for (const line of visibleChanges(input.audit)) ids.add(line.actorId);
  return [...ids].sort();
}

/** The metrics the listed changes are about, by id (to name the archived ones too). */
export function planMetricIds(audit: AuditLine[]): string[] {
  const ids = visibleChanges(audit)
    .filter((a) => a.subject && (a.action.startsWith('metric.') || a.action.startsWith('checkin.')))
    .map((a) => a.subject!);
  return [...new Set(ids)];
}

function visibleChanges(audit: AuditLine[]): AuditLine[] {
  return audit.filter((a) => !PRIVATE_ACTIONS.has(a.action)).slice(0, PLAN_CHANGES);
}

function field(value: unknown, key: string): unknown {
  return value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
}

function describe(line: AuditLine, metricNames: ReadonlyMap<string, string>): ChangeKind {
  const metricName = () => {
    const known = line.subject ? metricNames.get(line.subject) : undefined;
    if (known) return known;
    const named = field(line.after, 'name') ?? field(line.before, 'name');
    return typeof named === 'string' ? named : (line.subject ?? '');
  };
  switch (line.action) {
    case 'strategy.created':
      return { kind: 'strategy_created' };
    case 'assessment.revised': {
      const revision = field(line.after, 'revision');
      return { kind: 'assessment_revised', revision: typeof revision === 'number' ? revision : null };
    }
    case 'phase.updated': {
      if (!line.subject || !(PHASE_KEYS as readonly string[]).includes(line.subject)) break;
      const after = line.after && typeof line.after === 'object' ? Object.keys(line.after) : [];
      return { kind: 'phase_updated', phase: line.subject as PhaseKey, fields: after };
    }
    case 'metric.created':
    case 'metric.updated':
    case 'metric.archived':
      return {
        kind: line.action.replace('.', '_') as 'metric_created' | 'metric_updated' | 'metric_archived',
        metric: metricName(),
      };
    case 'checkin.reported':
    case 'checkin.replaced': {
      const period = field(line.after, 'period');
      const value = field(line.after, 'value');
      return {
        kind: line.action === 'checkin.reported' ? 'checkin_reported' : 'checkin_replaced',
        metric: metricName(),
        period: typeof period === 'string' ? period : '',
        value: typeof value === 'number' ? value : null,
      };
    }
    case 'schedule.updated':
      return { kind: 'schedule_updated' };
    case 'schedule.paused':
      return { kind: 'schedule_paused' };
    case 'schedule.resumed':
      return { kind: 'schedule_resumed' };
  }
  return { kind: 'other', action: line.action };
}

/** The plan as one document: everything the team entered, and what is still missing. */
export function buildPlan(input: PlanInput): PlanDocument {
  const { strategy, names } = input;
  const tz = strategy.timeZone;
  const today = localDate(input.now, tz);
  const person = (id: string): Person => ({ id, name: names.get(id) ?? null });
  // Text typed in Slack may carry mentions; the plan names people instead.
  const plain = (text: string) => text.replace(MENTION, (_m, id: string) => `@${names.get(id) ?? id}`);

  let readiness: PlanReadiness | null = null;
  if (input.readiness) {
    const { summary, answers } = input.readiness;
    readiness = {
      verdict: summary.readiness.verdict,
      score: summary.readiness.score,
      maxScore: summary.readiness.maxScore,
      revision: summary.revision,
      updatedBy: person(summary.updatedBy),
      updatedOn: localDate(summary.updatedAt, tz),
      reasons: summary.readiness.reasons,
      answers: QUESTION_KEYS.map((question) => {
        const answer = answers[question];
        return {
          question,
          rating: ratingOf(answers, question),
          text: plain(answer?.text.trim() ?? ''),
          owner: answer?.owner ? person(answer.owner) : null,
        };
      }),
      judgements: summary.judgements,
      gaps: summary.readiness.gaps.map((g) => ({
        ...g,
        addressedBy: summary.addressed.includes(g.question) ? g.phase : null,
      })),
    };
  }

  const byKey = new Map(input.phases.map((p) => [p.key, p]));
  const phases = PHASE_KEYS.map((key, i): PlanPhase => {
    const p = byKey.get(key) ?? emptyPhase(strategy.id, strategy.teamId, key);
    return {
      number: i + 1,
      key,
      owner: p.ownerId ? person(p.ownerId) : null,
      dueDate: p.dueDate,
      timing: phaseTiming(p, today),
      status: p.status,
      notes: p.notes?.trim() ? plain(p.notes.trim()) : null,
      deliverableUrl: p.deliverableUrl,
    };
  });

  const metrics = input.metrics.map(({ metric, trend }): PlanMetric => {
    const { ownerId, ...defined } = definitionOf(metric);
    return {
      ...defined,
      owner: person(ownerId),
      latest: trend.latest ?? null,
      percent: trend.percent ?? null,
      status: trend.status,
      sparkline: trend.sparkline,
    };
  });

  const metricNames = new Map([
    ...(input.metricNames ?? []),
    ...input.metrics.map(({ metric }) => [metric.id, metric.name] as const),
  ]);
  const changes = visibleChanges(input.audit).map(
    (line): PlanChange => ({
      at: localDateTime(line.at, tz),
      actor: person(line.actorId),
      change: describe(line, metricNames),
    }),
  );

  return {
    language: strategy.language,
    date: today,
    strategy: {
      name: strategy.name,
      channelId: strategy.channelId,
      timeZone: tz,
      state: strategy.state,
      startedBy: person(strategy.createdBy),
      startedOn: localDate(strategy.createdAt, tz),
      admins: strategy.admins.map(person),
    },
    readiness,
    phases,
    metrics,
    schedule: { ...input.schedule.settings, paused: input.schedule.paused },
    changes,
  };
}
