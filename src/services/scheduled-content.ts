import { localDate } from '../domain/dates.js';
import type { DigestData, DigestPhaseItem, OwnerNudge } from '../domain/digest.js';
import type { Checkin } from '../domain/metric.js';
import type { NudgePhase } from '../domain/nudges.js';
import type { OwnerLeftItem } from '../domain/owner-left.js';
import { type Phase, type PhaseTiming, phaseTiming } from '../domain/phases.js';
import { askedPeriod, type DueCheckin, dueCheckins, metricReport } from '../domain/reporting.js';
import type { Frequency } from '../domain/schedule.js';
import { nextRun } from '../domain/schedule.js';
import type { Strategy } from '../domain/strategy.js';
import { type AssessmentRevision, findLatestRevisions } from '../storage/assessments.js';
import { listDepartedOf } from '../storage/departures.js';
import { findCheckin, listCheckinsOf, listMetrics, listMetricsOf } from '../storage/metrics.js';
import { listActivityOf, listChannelsOf, type StoredActivity } from '../storage/phase-content.js';
import { listPhasesOf } from '../storage/phases.js';
import { listSchedules, listSchedulesOf } from '../storage/schedules.js';
import { summaryOf } from './assessments.js';
import { ownerLeft } from './departures.js';
import type { ServiceDeps } from './deps.js';
import { currentPeriod, type MetricOverview, overviews } from './metrics.js';
import { collectNudges, type NudgeSlot, nudgePhasesOf } from './nudges.js';
import { type QuietChannel, quietAmong } from './phase-content.js';

// What each scheduled message says, gathered from what the strategy has at the moment of sending.

/** What one digest is built from, read for many strategies at once (collectDigests). */
interface DigestInputs {
  phases: Phase[];
  revision: AssessmentRevision | undefined;
  metrics: MetricOverview[];
  quiet: QuietChannel[];
  left: OwnerLeftItem[];
  nextPrompt: Date | undefined;
  frequency: Frequency;
}

/** Everything the weekly digest shows: phases, open readiness gaps, metrics with their trends, quiet accounts. */
export async function collectDigest(deps: ServiceDeps, strategy: Strategy, now: Date): Promise<DigestData> {
  return (await collectDigests(deps, [strategy], now)).get(strategy.id)!;
}

/**
 * The digests of several strategies, of any workspaces, keyed by strategy id: their content is
 * read in one set read per table, scoped by workspace, and each digest is built from it alone.
 */
export async function collectDigests(
  deps: ServiceDeps,
  strategies: readonly Strategy[],
  now: Date,
): Promise<Map<string, DigestData>> {
  const refs = strategies.map((s) => ({ teamId: s.teamId, id: s.id }));
  const [phases, revisions, metrics, channels, departed, schedules] = await Promise.all([
    listPhasesOf(deps.db, refs),
    findLatestRevisions(deps.db, refs),
    listMetricsOf(deps.db, refs),
    listChannelsOf(deps.db, refs),
    listDepartedOf(
      deps.db,
      strategies.map((s) => s.teamId),
    ),
    listSchedulesOf(deps.db, refs, ['checkin_prompt', 'digest']),
  ]);
  const allMetrics = [...metrics.values()].flat();
  const allChannels = [...channels.values()].flat();
  const teamOf = new Map(strategies.map((s) => [s.id, s.teamId]));
  const [checkins, activity] = await Promise.all([
    listCheckinsOf(
      deps.db,
      allMetrics.map((m) => ({ teamId: teamOf.get(m.strategyId)!, id: m.id })),
    ),
    listActivityOf(
      deps.db,
      allChannels.map((c) => ({ teamId: teamOf.get(c.strategyId)!, id: c.id })),
    ),
  ]);
  const checkinsOf = new Map<string, Checkin[]>();
  for (const c of checkins) checkinsOf.set(c.metricId, [...(checkinsOf.get(c.metricId) ?? []), c]);
  const activityOf = new Map<string, StoredActivity[]>();
  for (const a of activity) activityOf.set(a.channelId, [...(activityOf.get(a.channelId) ?? []), a]);
  const out = new Map<string, DigestData>();
  await Promise.all(
    strategies.map(async (strategy) => {
      const own = metrics.get(strategy.id) ?? [];
      const slots = schedules.get(strategy.id) ?? [];
      const prompt = slots.find((s) => s.kind === 'checkin_prompt');
      const gone = departed.get(strategy.teamId) ?? new Set<string>();
      const ownChannels = channels.get(strategy.id) ?? [];
      const inputs: DigestInputs = {
        phases: phases.get(strategy.id) ?? [],
        revision: revisions.get(strategy.id),
        metrics: overviews(
          [strategy],
          own,
          own.flatMap((m) => checkinsOf.get(m.id) ?? []),
        ),
        quiet: quietAmong(
          strategy,
          ownChannels,
          ownChannels.flatMap((c) => activityOf.get(c.id) ?? []),
          now,
        ),
        // Rare (someone has left the workspace): read for this strategy alone.
        left: gone.size === 0 ? [] : await ownerLeft(deps, strategy, gone),
        nextPrompt: own.length > 0 && prompt?.enabled ? nextRun(prompt, now) : undefined,
        frequency: slots.find((s) => s.kind === 'digest')?.frequency ?? 'weekly',
      };
      out.set(strategy.id, digestOf(strategy, inputs, now));
    }),
  );
  return out;
}

/** One digest from what was read for it; no reads. */
function digestOf(strategy: Strategy, inputs: DigestInputs, now: Date): DigestData {
  const { phases, revision, metrics, quiet, left, nextPrompt, frequency } = inputs;
  const done = phases.filter((p) => p.status === 'done').map((p) => p.key);
  const readiness = revision && summaryOf(revision, done);
  const today = localDate(now, strategy.timeZone);
  // "Due soon" as status and App Home flag it (within a week); the owner nudges use three days.
  const timed = (timing: PhaseTiming): DigestPhaseItem[] =>
    phases
      .filter((p) => phaseTiming(p, today) === timing)
      .map((p) => ({ phase: p.key, ownerId: p.ownerId, due: p.dueDate! }));
  return {
    strategyId: strategy.id,
    strategyName: strategy.name,
    channelId: strategy.channelId,
    language: strategy.language,
    frequency,
    phases: {
      done: done.length,
      total: phases.length,
      overdue: timed('overdue'),
      dueSoon: timed('due_soon'),
    },
    ...(readiness
      ? {
          readinessGaps: readiness.readiness.gaps.map((g) => ({
            question: g.question,
            phase: g.phase,
            addressed: readiness.addressed.includes(g.question),
          })),
        }
      : {}),
    metrics: metrics.map((o) => ({
      name: o.metric.name,
      unit: o.metric.unit,
      target: o.metric.target,
      targetDate: o.metric.targetDate,
      trend: o.trend,
      report: metricReport({
        metric: o.metric,
        checkins: o.checkins,
        createdOn: localDate(o.metric.createdAt, strategy.timeZone),
        asked: askedPeriod(o.metric.cadence, now, strategy.timeZone, nextPrompt),
      }),
    })),
    ...(quiet.length > 0 ? { quietChannels: quiet } : {}),
    ...(left.length > 0 ? { ownerLeft: left } : {}),
  };
}

/** When the strategy's check-in prompt next goes out after `now`; undefined when it is switched off. */
async function nextPromptAt(deps: ServiceDeps, strategy: Strategy, now: Date): Promise<Date | undefined> {
  const schedules = await listSchedules(deps.db, { teamId: strategy.teamId }, strategy.id);
  const prompt = schedules.find((s) => s.kind === 'checkin_prompt');
  return prompt?.enabled ? nextRun(prompt, now) : undefined;
}

/**
 * The metrics whose value a check-in at `now` asks for and nobody has reported yet: the prompt
 * goes out only when there is one, and the day after it their owners are reminded.
 */
export async function collectCheckinDue(
  deps: ServiceDeps,
  strategy: Strategy,
  now: Date,
): Promise<DueCheckin[]> {
  const scope = { teamId: strategy.teamId };
  const metrics = await listMetrics(deps.db, scope, strategy.id);
  if (metrics.length === 0) return [];
  const inputs = [];
  for (const metric of metrics) {
    const period = currentPeriod(strategy, metric, now);
    const reported = await findCheckin(deps.db, scope, metric.id, period);
    inputs.push({ metric, reported: new Set(reported ? [period] : []) });
  }
  return dueCheckins(inputs, now, strategy.timeZone, await nextPromptAt(deps, strategy, now));
}

/** Owners of metrics still due (the day after the prompt): each gets one reminder. */
export async function collectCheckinReminders(
  deps: ServiceDeps,
  strategy: Strategy,
  now: Date,
): Promise<string[]> {
  return [...new Set((await collectCheckinDue(deps, strategy, now)).map((d) => d.ownerId))];
}

/** The source of every scheduled message's content; the scheduler takes one (tests may pass their own). */
export interface ScheduledContent {
  digest(strategy: Strategy, now: Date): Promise<DigestData>;
  /** The digests of several strategies, read together, by strategy id; without it each reads its own. */
  digests?(strategies: readonly Strategy[], now: Date): Promise<Map<string, DigestData>>;
  /** The metrics a check-in at `now` asks for, unreported. */
  checkinDue(strategy: Strategy, now: Date): Promise<DueCheckin[]>;
  checkinReminders(strategy: Strategy, now: Date): Promise<string[]>;
  /** The owners to nudge in one pass, each with the phases that are on a rung of their ladder. */
  nudges(strategy: Strategy, slot: NudgeSlot, phases?: NudgePhase[]): Promise<OwnerNudge[]>;
  /** The phases the nudges of several strategies look at, read together (passed to nudges). */
  nudgePhases?(strategies: readonly Strategy[]): Promise<Map<string, NudgePhase[]>>;
}

export function scheduledContent(deps: ServiceDeps): ScheduledContent {
  return {
    digest: (s, now) => collectDigest(deps, s, now),
    digests: (strategies, now) => collectDigests(deps, strategies, now),
    checkinDue: (s, now) => collectCheckinDue(deps, s, now),
    checkinReminders: (s, now) => collectCheckinReminders(deps, s, now),
    nudges: (s, slot, phases) => collectNudges(deps, s, slot, phases),
    nudgePhases: (strategies) => nudgePhasesOf(deps, strategies),
  };
}
