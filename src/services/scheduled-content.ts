import { localDate } from '../domain/dates.js';
import type { DigestData, DigestPhaseItem, OwnerNudge } from '../domain/digest.js';
import { type PhaseTiming, phaseTiming } from '../domain/phases.js';
import { askedPeriod, type DueCheckin, dueCheckins, metricReport } from '../domain/reporting.js';
import { nextRun } from '../domain/schedule.js';
import type { Strategy } from '../domain/strategy.js';
import { findCheckin, listMetrics } from '../storage/metrics.js';
import { readStatus } from '../storage/overview.js';
import { listSchedules, type Schedule } from '../storage/schedules.js';
import { doneOf, summaryOf } from './assessments.js';
import { ownerLeft } from './departures.js';
import type { ServiceDeps } from './deps.js';
import { currentPeriod, overviews } from './metrics.js';
import { collectNudges, type NudgeSlot } from './nudges.js';
import { quietChannels } from './phase-content.js';

// What each scheduled message says, gathered from what the strategy has at the moment of sending.

/** Everything the weekly digest shows: phases, open readiness gaps, metrics with their trends, quiet accounts. */
export async function collectDigest(deps: ServiceDeps, strategy: Strategy, now: Date): Promise<DigestData> {
  const scope = { teamId: strategy.teamId };
  // Phases, readiness, metrics and schedules in one statement, as status reads them.
  const [read, quiet, left] = await Promise.all([
    readStatus(deps.db, scope, strategy.id),
    quietChannels(deps, strategy, now),
    ownerLeft(deps, strategy),
  ]);
  const { phases } = read;
  const readiness = read.latest && summaryOf(read.latest, doneOf(phases));
  const metrics = overviews([strategy], read.metrics, read.checkins);
  const nextPrompt = metrics.length > 0 ? nextPromptAt(read.schedules, now) : undefined;
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
    phases: {
      done: phases.filter((p) => p.status === 'done').length,
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
function nextPromptAt(schedules: readonly Schedule[], now: Date): Date | undefined {
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
  const schedules = await listSchedules(deps.db, scope, strategy.id);
  return dueCheckins(inputs, now, strategy.timeZone, nextPromptAt(schedules, now));
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
  /** The metrics a check-in at `now` asks for, unreported. */
  checkinDue(strategy: Strategy, now: Date): Promise<DueCheckin[]>;
  checkinReminders(strategy: Strategy, now: Date): Promise<string[]>;
  /** The owners to nudge in one pass, each with the phases that are on a rung of their ladder. */
  nudges(strategy: Strategy, slot: NudgeSlot): Promise<OwnerNudge[]>;
}

export function scheduledContent(deps: ServiceDeps): ScheduledContent {
  return {
    digest: (s, now) => collectDigest(deps, s, now),
    checkinDue: (s, now) => collectCheckinDue(deps, s, now),
    checkinReminders: (s, now) => collectCheckinReminders(deps, s, now),
    nudges: (s, slot) => collectNudges(deps, s, slot),
  };
}
