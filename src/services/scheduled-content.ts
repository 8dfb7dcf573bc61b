import { localDate } from '../domain/dates.js';
import type { DigestData, DigestPhaseItem, OwnerNudge, PhaseDue } from '../domain/digest.js';
import { selectNudges } from '../domain/digest.js';
import { type PhaseTiming, phaseTiming } from '../domain/phases.js';
import type { Strategy } from '../domain/strategy.js';
import { findCheckin, listMetrics } from '../storage/metrics.js';
import { listPhases } from '../storage/phases.js';
import { currentAssessment } from './assessments.js';
import type { ServiceDeps } from './deps.js';
import { currentPeriod, strategyMetrics } from './metrics.js';

// What each scheduled message says, gathered from what the strategy has at the moment of sending.

/** Everything the weekly digest shows: phases, open readiness gaps, metrics with their trends. */
export async function collectDigest(deps: ServiceDeps, strategy: Strategy, now: Date): Promise<DigestData> {
  const scope = { teamId: strategy.teamId };
  const [phases, readiness, metrics] = await Promise.all([
    listPhases(deps.db, scope, strategy.id),
    currentAssessment(deps, scope, strategy.id),
    strategyMetrics(deps, strategy),
  ]);
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
    })),
  };
}

/** Owners of active metrics who have not reported the current period (the day after the prompt). */
export async function collectCheckinReminders(
  deps: ServiceDeps,
  strategy: Strategy,
  now: Date,
): Promise<string[]> {
  const scope = { teamId: strategy.teamId };
  const missing = new Set<string>();
  for (const metric of await listMetrics(deps.db, scope, strategy.id)) {
    const reported = await findCheckin(deps.db, scope, metric.id, currentPeriod(strategy, metric, now));
    if (!reported) missing.add(metric.ownerId);
  }
  return [...missing];
}

/** The strategy's phases with owners and due dates, for the owner nudges. */
export async function collectPhaseDues(deps: ServiceDeps, strategy: Strategy): Promise<PhaseDue[]> {
  const phases = await listPhases(deps.db, { teamId: strategy.teamId }, strategy.id);
  return phases.map((p) => ({ phase: p.key, ownerId: p.ownerId, due: p.dueDate, done: p.status === 'done' }));
}

/** Owners to nudge today: phases due within three days or overdue, in the strategy's time zone. */
export async function collectNudges(deps: ServiceDeps, strategy: Strategy, now: Date): Promise<OwnerNudge[]> {
  return selectNudges(await collectPhaseDues(deps, strategy), localDate(now, strategy.timeZone));
}

/** The source of every scheduled message's content; the scheduler takes one (tests may pass their own). */
export interface ScheduledContent {
  digest(strategy: Strategy, now: Date): Promise<DigestData>;
  checkinReminders(strategy: Strategy, now: Date): Promise<string[]>;
  nudges(strategy: Strategy, now: Date): Promise<OwnerNudge[]>;
}

export function scheduledContent(deps: ServiceDeps): ScheduledContent {
  return {
    digest: (s, now) => collectDigest(deps, s, now),
    checkinReminders: (s, now) => collectCheckinReminders(deps, s, now),
    nudges: (s, now) => collectNudges(deps, s, now),
  };
}
