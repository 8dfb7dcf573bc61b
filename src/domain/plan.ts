import { localDate, localDateTime } from './dates.js';
import {
  PHASE_KEYS,
  type PhaseKey,
  QUESTION_FEEDS_PHASE,
  QUESTION_KEYS,
  type QuestionKey,
} from './method.js';
import { type CheckinSourceMark, definitionOf, type Metric, type MetricDefinition } from './metric.js';
import {
  channelName,
  EMPTY_PHASE_CONTENT,
  type ItemKind,
  isItemKind,
  PHASE_FIELDS,
  type PhaseContent,
  type PhaseFieldKey,
  type PostingCadence,
} from './phase-content.js';
import { emptyPhase, type Phase, type PhaseStatus, type PhaseTiming, phaseTiming } from './phases.js';
import {
  type Answers,
  type Gap,
  JUDGEMENT_KEYS,
  type JudgementKey,
  type Judgements,
  type JudgementValue,
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
  /** What the phases hold beyond their status; none entered when absent. */
  content?: PhaseContent;
  /** The plan's version; the first one when absent (see planVersion). */
  version?: PlanVersion;
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
  | { kind: 'item_added' | 'item_updated' | 'item_removed'; item: ItemKind; label: string }
  | { kind: 'channel_activity'; channel: string }
  | { kind: 'admin_added' | 'admin_removed'; admin: Person }
  | { kind: 'settings_changed' | 'strategy_archived' | 'strategy_unarchived' }
  | { kind: 'api_token_created' | 'api_token_revoked'; label: string }
  | { kind: 'other'; action: string };

export interface PlanChange {
  /** Local date and time in the strategy's time zone, YYYY-MM-DD HH:MM. */
  at: string;
  actor: Person;
  change: ChangeKind;
}

/** The version of the plan: its number, the local date it was made and what it changed. */
export interface PlanVersion {
  number: number;
  /** `YYYY-MM-DD` in the strategy's time zone. */
  date: string;
  /** The parts of the plan that changed since the previous version (PlanSectionKey). */
  changed: PlanSectionKey[];
}

/** The parts of a plan that versions compare: the analysis, each phase, the metrics, the schedule. */
export type PlanSectionKey = 'strategy' | 'readiness' | PhaseKey | 'metrics' | 'schedule';

export const PLAN_SECTION_KEYS: readonly PlanSectionKey[] = [
  'strategy',
  'readiness',
  ...PHASE_KEYS,
  'metrics',
  'schedule',
];

/** What a phase holds, as the plan shows it: people by name, mentions turned into names. */
export interface PlanContent {
  fields: { [P in PhaseKey]: { key: PhaseFieldKey<P>; text: string }[] };
  goals: { text: string; metrics: string[] }[];
  channels: {
    service: string;
    handle: string;
    audience: string;
    purpose: string;
    cadence: PostingCadence;
    owner: Person | null;
    lastActivity: { period: string; posted: boolean; count: number | null; confirmedOn: string } | null;
  }[];
  actions: { what: string; owner: Person | null; due: string | null; done: boolean; overdue: boolean }[];
}

/** The executive summary: the few things management reads first, each from where the team wrote it. */
export interface PlanSummary {
  why: string | null;
  /** The goals of the goals phase; the analysis's answer stands in until there are some. */
  goals: string[];
  pitch: string | null;
  audience: string | null;
  /** The register's accounts as `service handle`. */
  channels: string[];
  budget: { monthly: string | null; hoursPerWeek: string | null; costs: string | null };
  verdict: Verdict | null;
}

/** A risk the analysis shows, and the phase whose work mitigates it. */
export interface PlanRisk {
  source:
    | { kind: 'answer'; question: QuestionKey; rating: Exclude<Rating, 'clear'> }
    | { kind: 'judgement'; key: JudgementKey; value: Exclude<JudgementValue, 'yes'> }
    | { kind: 'unowned_channel'; channel: string };
  phase: PhaseKey;
  /** A gap counts as addressed when its phase was finished after the answer last changed. */
  addressed: boolean;
  status: PhaseStatus;
  owner: Person | null;
  dueDate: string | null;
}

/** Something the plan needs that nobody has entered yet. */
export type OpenItem =
  | { kind: 'assessment' }
  | { kind: 'answers'; questions: QuestionKey[] }
  | { kind: 'judgements'; keys: JudgementKey[] }
  | { kind: 'phase'; phase: PhaseKey; missing: OpenPhaseItem[] }
  | { kind: 'channel_owners'; channels: string[] }
  | { kind: 'action_details'; actions: string[] };

export type OpenPhaseItem =
  | 'owner'
  | 'due'
  | 'goals'
  | 'channels'
  | 'actions'
  | 'metrics'
  | { field: PhaseFieldKey };

export interface PlanDocument {
  language: Language;
  version: PlanVersion;
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
  summary: PlanSummary;
  readiness: PlanReadiness | null;
  phases: PlanPhase[];
  content: PlanContent;
  risks: PlanRisk[];
  metrics: PlanMetric[];
  schedule: ScheduleSettings & { paused: boolean };
  changes: PlanChange[];
  stillOpen: OpenItem[];
}

/** How many entries of the audit trail the plan lists. */
export const PLAN_CHANGES = 10;

/** Audit actions the plan leaves out: a draft is one person's unsaved work, not the team's plan. */
const PRIVATE_ACTIONS = new Set(['assessment.draft_saved']);
const ADMIN_ACTIONS = new Set(['admin.added', 'admin.removed']);
/** An item named in the latest changes is cut to this many characters. */
const CHANGE_LABEL_MAX = 60;

const MENTION = /<@([UW][A-Z0-9]+)(?:\|[^>]*)?>/g;

/** Every Slack user the plan names, so their display names can be looked up before it is built. */
export function planUserIds(
  input: Pick<PlanInput, 'strategy' | 'readiness' | 'phases' | 'metrics' | 'audit' | 'content'>,
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
  for (const line of visibleChanges(input.audit)) {
    ids.add(line.actorId);
    if (line.subject && ADMIN_ACTIONS.has(line.action)) ids.add(line.subject);
  }
  const content = input.content ?? EMPTY_PHASE_CONTENT;
  const texts = [
    ...Object.values(content.fields).flatMap((f) => Object.values(f ?? {}) as string[]),
    ...content.goals.map((g) => g.text),
    ...content.channels.flatMap((c) => [c.audience, c.purpose]),
    ...content.actions.map((a) => a.what),
  ];
  for (const text of texts) for (const m of text.matchAll(MENTION)) ids.add(m[1]!);
  for (const item of [...content.channels, ...content.actions]) if (item.ownerId) ids.add(item.ownerId);
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

interface ChangeNames {
  metrics: ReadonlyMap<string, string>;
  /** The register's channels by id, as the plan names them. */
  channels: ReadonlyMap<string, string>;
  person(id: string): Person;
}

/** An item of a phase as the latest changes name it: its own words, cut short. */
function itemLabel(kind: ItemKind, values: unknown): string {
  const text = (key: string) => {
    const v = field(values, key);
    return typeof v === 'string' ? v : '';
  };
  const label =
    kind === 'goal'
      ? text('text')
      : kind === 'channel'
        ? channelName({ service: text('service'), handle: text('handle') })
        : text('what');
  const flat = label.replace(/\s+/g, ' ').trim();
  return flat.length > CHANGE_LABEL_MAX ? `${flat.slice(0, CHANGE_LABEL_MAX - 1)}…` : flat;
}

function describe(line: AuditLine, names: ChangeNames): ChangeKind {
  const metricNames = names.metrics;
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
    case 'phase.content_updated': {
      if (!line.subject || !(PHASE_KEYS as readonly string[]).includes(line.subject)) break;
      return { kind: 'phase_updated', phase: line.subject as PhaseKey, fields: [] };
    }
    case 'channel.activity':
      return { kind: 'channel_activity', channel: (line.subject && names.channels.get(line.subject)) || '' };
    case 'admin.added':
    case 'admin.removed':
      if (!line.subject) break;
      return {
        kind: line.action === 'admin.added' ? 'admin_added' : 'admin_removed',
        admin: names.person(line.subject),
      };
    case 'strategy.settings_changed':
    case 'strategy.language_changed':
      return { kind: 'settings_changed' };
    case 'strategy.archived':
      return { kind: 'strategy_archived' };
    case 'strategy.unarchived':
      return { kind: 'strategy_unarchived' };
    case 'api_token.created':
    case 'api_token.revoked': {
      const label = field(line.after, 'label') ?? field(line.before, 'label');
      return {
        kind: line.action === 'api_token.created' ? 'api_token_created' : 'api_token_revoked',
        label: typeof label === 'string' ? label : '',
      };
    }
  }
  const [item, change] = line.action.split('.');
  if (isItemKind(item) && (change === 'added' || change === 'updated' || change === 'removed'))
    return {
      kind: `item_${change}`,
      item,
      label: itemLabel(item, change === 'removed' ? line.before : (line.after ?? line.before)),
    };
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
  const changeNames: ChangeNames = {
    metrics: metricNames,
    channels: new Map((input.content ?? EMPTY_PHASE_CONTENT).channels.map((c) => [c.id, channelName(c)])),
    person,
  };
  const changes = visibleChanges(input.audit).map(
    (line): PlanChange => ({
      at: localDateTime(line.at, tz),
      actor: person(line.actorId),
      change: describe(line, changeNames),
    }),
  );

  const content = planContent(input.content ?? EMPTY_PHASE_CONTENT, {
    person,
    plain,
    today,
    timeZone: tz,
    metricName: (id) => input.metrics.find((o) => o.metric.id === id)?.metric.name ?? null,
  });

  return {
    language: strategy.language,
    version: input.version ?? { number: 1, date: today, changed: [] },
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
    summary: planSummary(readiness, content),
    readiness,
    phases,
    content,
    risks: planRisks(readiness, phases, content),
    metrics,
    schedule: { ...input.schedule.settings, paused: input.schedule.paused },
    changes,
    stillOpen: stillOpen(readiness, phases, content, metrics.length),
  };
}

interface ContentContext {
  person: (id: string) => Person;
  plain: (text: string) => string;
  today: string;
  timeZone: string;
  metricName: (id: string) => string | null;
}

function planContent(content: PhaseContent, x: ContentContext): PlanContent {
  const fields = Object.fromEntries(
    PHASE_KEYS.map((phase) => {
      const entered = (content.fields[phase] ?? {}) as Partial<Record<string, string>>;
      const list = (PHASE_FIELDS[phase] as readonly string[])
        .map((key) => ({ key, text: x.plain(entered[key]?.trim() ?? '') }))
        .filter((f) => f.text !== '');
      return [phase, list];
    }),
  ) as PlanContent['fields'];
  return {
    fields,
    goals: content.goals
      .filter((g) => g.text.trim() !== '')
      .map((g) => ({
        text: x.plain(g.text.trim()),
        metrics: g.metricIds.map(x.metricName).filter((n): n is string => n !== null),
      })),
    channels: content.channels.map((c) => ({
      service: c.service.trim(),
      handle: c.handle.trim(),
      audience: x.plain(c.audience.trim()),
      purpose: x.plain(c.purpose.trim()),
      cadence: c.cadence,
      owner: c.ownerId ? x.person(c.ownerId) : null,
      lastActivity: c.lastActivity
        ? {
            period: c.lastActivity.period,
            posted: c.lastActivity.posted,
            count: c.lastActivity.count ?? null,
            confirmedOn: localDate(c.lastActivity.confirmedAt, x.timeZone),
          }
        : null,
    })),
    actions: content.actions.map((a) => ({
      what: x.plain(a.what.trim()),
      owner: a.ownerId ? x.person(a.ownerId) : null,
      due: a.due ?? null,
      done: a.done,
      overdue: !a.done && a.due !== undefined && a.due < x.today,
    })),
  };
}

/** An account as the summary and the lists name it: the service and the handle. */

function answerText(r: PlanReadiness | null, q: QuestionKey): string | null {
  const answer = r?.answers.find((a) => a.question === q);
  return answer && answer.text !== '' ? answer.text : null;
}

function fieldText(content: PlanContent, phase: PhaseKey, key: string): string | null {
  return content.fields[phase].find((f) => f.key === key)?.text ?? null;
}

function planSummary(r: PlanReadiness | null, content: PlanContent): PlanSummary {
  const goalsAnswer = answerText(r, 'goals');
  return {
    why: answerText(r, 'why'),
    goals: content.goals.length > 0 ? content.goals.map((g) => g.text) : goalsAnswer ? [goalsAnswer] : [],
    pitch: answerText(r, 'pitch'),
    audience: answerText(r, 'audience'),
    channels: content.channels.map(channelName).filter((n) => n !== ''),
    budget: {
      monthly: fieldText(content, 'organisation', 'monthly_budget'),
      hoursPerWeek: fieldText(content, 'organisation', 'hours_per_week'),
      costs: answerText(r, 'costs'),
    },
    verdict: r?.verdict ?? null,
  };
}

/** Which phase's work answers each judgement when it is doubtful. */
export const JUDGEMENT_MITIGATED_BY: Record<JudgementKey, PhaseKey> = {
  reach: 'listening',
  resources: 'organisation',
  commitment: 'organisation',
};

/**
 * The risks the analysis shows: every answer not settled, every judgement that is not a plain yes,
 * and every account nobody looks after (a neglected channel does more harm than none). Each is
 * mitigated by the work of one phase; its status says how far that work is.
 */
function planRisks(r: PlanReadiness | null, phases: PlanPhase[], content: PlanContent): PlanRisk[] {
  const byKey = new Map(phases.map((p) => [p.key, p]));
  const at = (phase: PhaseKey) => {
    const p = byKey.get(phase)!;
    return { phase, status: p.status, owner: p.owner, dueDate: p.dueDate };
  };
  const risks: PlanRisk[] = [];
  if (r) {
    for (const gap of r.gaps)
      risks.push({
        source: { kind: 'answer', question: gap.question, rating: gap.rating },
        addressed: gap.addressedBy !== null,
        ...at(QUESTION_FEEDS_PHASE[gap.question]),
      });
    for (const key of JUDGEMENT_KEYS) {
      const value = r.judgements[key];
      if (value === 'no' || value === 'partly')
        risks.push({
          source: { kind: 'judgement', key, value },
          addressed: false,
          ...at(JUDGEMENT_MITIGATED_BY[key]),
        });
    }
  }
  for (const c of content.channels)
    if (!c.owner)
      risks.push({
        source: { kind: 'unowned_channel', channel: channelName(c) },
        addressed: false,
        ...at('channels'),
      });
  return risks;
}

function stillOpen(
  r: PlanReadiness | null,
  phases: PlanPhase[],
  content: PlanContent,
  metricCount: number,
): OpenItem[] {
  const open: OpenItem[] = [];
  if (!r) open.push({ kind: 'assessment' });
  else {
    const unanswered = r.answers.filter((a) => a.text === '').map((a) => a.question);
    if (unanswered.length > 0) open.push({ kind: 'answers', questions: unanswered });
    const unjudged = JUDGEMENT_KEYS.filter((k) => r.judgements[k] === undefined);
    if (unjudged.length > 0) open.push({ kind: 'judgements', keys: unjudged });
  }
  for (const p of phases) {
    const missing: OpenPhaseItem[] = [];
    if (!p.owner) missing.push('owner');
    if (!p.dueDate) missing.push('due');
    const entered = new Set(content.fields[p.key].map((f) => f.key as string));
    for (const field of PHASE_FIELDS[p.key] as readonly PhaseFieldKey[])
      if (!entered.has(field)) missing.push({ field });
    if (p.key === 'goals' && content.goals.length === 0) missing.push('goals');
    if (p.key === 'channels' && content.channels.length === 0) missing.push('channels');
    if (p.key === 'measurement' && metricCount === 0) missing.push('metrics');
    if (p.key === 'action_plan' && content.actions.length === 0) missing.push('actions');
    if (missing.length > 0) open.push({ kind: 'phase', phase: p.key, missing });
  }
  const unowned = content.channels.filter((c) => !c.owner).map(channelName);
  if (unowned.length > 0) open.push({ kind: 'channel_owners', channels: unowned });
  const vague = content.actions.filter((a) => !a.done && (!a.owner || !a.due)).map((a) => a.what);
  if (vague.length > 0) open.push({ kind: 'action_details', actions: vague });
  return open;
}

/**
 * What each part of the plan says, for versions to compare: what the team entered, not what
 * follows from the date (overdue, due soon) or from reports (latest figures, last activity),
 * so a plan only gets a new version when its content changed.
 */
export function planSections(doc: PlanDocument): Record<PlanSectionKey, unknown> {
  const phase = (key: PhaseKey) => {
    const p = doc.phases.find((x) => x.key === key)!;
    return {
      owner: p.owner?.id ?? null,
      dueDate: p.dueDate,
      status: p.status,
      notes: p.notes,
      deliverableUrl: p.deliverableUrl,
      fields: doc.content.fields[key],
      ...(key === 'goals' ? { goals: doc.content.goals } : {}),
      ...(key === 'channels'
        ? {
            channels: doc.content.channels.map(({ lastActivity: _, owner, ...c }) => ({
              ...c,
              owner: owner?.id ?? null,
            })),
          }
        : {}),
      ...(key === 'action_plan'
        ? {
            actions: doc.content.actions.map(({ overdue: _, owner, ...a }) => ({
              ...a,
              owner: owner?.id ?? null,
            })),
          }
        : {}),
    };
  };
  const r = doc.readiness;
  return {
    strategy: {
      name: doc.strategy.name,
      admins: doc.strategy.admins.map((a) => a.id),
      state: doc.strategy.state,
    },
    readiness: r && {
      revision: r.revision,
      verdict: r.verdict,
      judgements: r.judgements,
      addressed: r.gaps.filter((g) => g.addressedBy).map((g) => g.question),
    },
    ...(Object.fromEntries(PHASE_KEYS.map((k) => [k, phase(k)])) as Record<PhaseKey, unknown>),
    metrics: doc.metrics.map(({ latest: _l, percent: _p, status: _s, sparkline: _k, owner, ...m }) => ({
      ...m,
      owner: owner.id,
    })),
    schedule: doc.schedule,
  };
}
