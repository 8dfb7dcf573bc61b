import type { OwnedPhase } from '../domain/phases.js';
import type { Strategy } from '../domain/strategy.js';
import { listStrategies } from '../storage/strategies.js';
import type { ServiceDeps } from './deps.js';
import { type MetricOverview, ownedMetrics } from './metrics.js';
import { channelsOwnedBy, type OwnedAction, type OwnedChannel, openActionsOwnedBy } from './phase-content.js';
import { phasesOwnedBy } from './phases.js';

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
