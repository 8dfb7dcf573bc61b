import { type OwnedPhase, phaseTiming } from '../domain/phases.js';
import type { Verdict } from '../domain/readiness.js';
import type { Strategy } from '../domain/strategy.js';
import type { TrendStatus } from '../domain/trend.js';
import { listStrategies } from '../storage/strategies.js';
import { currentAssessment } from './assessments.js';
import type { ServiceDeps } from './deps.js';
import { type MetricOverview, ownedMetrics, strategyMetrics } from './metrics.js';
import { channelsOwnedBy, type OwnedAction, type OwnedChannel, openActionsOwnedBy } from './phase-content.js';
import { phasesOwnedBy, strategyPhases } from './phases.js';

export interface HomeContent {
  strategies: Strategy[];
  phases: OwnedPhase[];
  metrics: MetricOverview[];
  /** The open actions and the register's accounts the user owns. */
  actions: OwnedAction[];
  channels: OwnedChannel[];
}

/** What one user's App Home shows: the workspace's strategies, and the phases and metrics they own. */
export async function homeContent(deps: ServiceDeps, teamId: string, userId: string): Promise<HomeContent> {
  const [strategies, phases, metrics, actions, channels] = await Promise.all([
    listStrategies(deps.db, { teamId }),
    phasesOwnedBy(deps, teamId, userId),
    ownedMetrics(deps, { teamId }, userId),
    openActionsOwnedBy(deps, teamId, userId),
    channelsOwnedBy(deps, teamId, userId),
  ]);
  return { strategies, phases, metrics, actions, channels };
}

/** The strategies someone works in: those they admin, and those where they own a phase, a metric, an action or an account. */
export function strategiesWorkedIn(
  userId: string,
  content: Pick<HomeContent, 'strategies' | 'phases' | 'metrics'> & Partial<HomeContent>,
): Strategy[] {
  const byId = new Map<string, Strategy>();
  for (const s of content.strategies) if (s.admins.includes(userId)) byId.set(s.id, s);
  const owned = [
    ...content.phases,
    ...content.metrics,
    ...(content.actions ?? []),
    ...(content.channels ?? []),
  ];
  for (const { strategy } of owned) byId.set(strategy.id, strategy);
  return [...byId.values()];
}

/** One strategy's health at a glance, for the overview its leads see on App Home. */
export interface StrategyHealth {
  strategy: Strategy;
  verdict: Verdict | undefined;
  phasesDone: number;
  phasesOverdue: number;
  metricCount: number;
  metricsOnTrack: number;
  metricsOffTrack: number;
  lastCheckinAt: Date | undefined;
}

/**
 * The strategies someone leads: those they admin, or for a workspace admin all of the workspace's.
 * Their health is read separately, page by page (leadHealth).
 */
export async function ledStrategies(
  deps: ServiceDeps,
  teamId: string,
  userId: string,
  isWorkspaceAdmin: boolean,
): Promise<Strategy[]> {
  const all = await listStrategies(deps.db, { teamId });
  return isWorkspaceAdmin ? all : all.filter((s) => s.admins.includes(userId));
}

const ON_TRACK: ReadonlySet<TrendStatus> = new Set(['reached', 'on_track']);
const OFF_TRACK: ReadonlySet<TrendStatus> = new Set(['behind', 'moving_away']);

export async function leadHealth(deps: ServiceDeps, strategies: Strategy[]): Promise<StrategyHealth[]> {
  return Promise.all(
    strategies.map(async (strategy) => {
      const [readiness, { phases, today }, metrics] = await Promise.all([
        currentAssessment(deps, { teamId: strategy.teamId }, strategy.id),
        strategyPhases(deps, strategy),
        strategyMetrics(deps, strategy),
      ]);
      const reported = metrics.flatMap((o) => o.checkins.map((c) => c.reportedAt.getTime()));
      return {
        strategy,
        verdict: readiness?.readiness.verdict,
        phasesDone: phases.filter((p) => p.status === 'done').length,
        phasesOverdue: phases.filter((p) => phaseTiming(p, today) === 'overdue').length,
        metricCount: metrics.length,
        metricsOnTrack: metrics.filter((o) => ON_TRACK.has(o.trend.status)).length,
        metricsOffTrack: metrics.filter((o) => OFF_TRACK.has(o.trend.status)).length,
        lastCheckinAt: reported.length > 0 ? new Date(Math.max(...reported)) : undefined,
      };
    }),
  );
}
