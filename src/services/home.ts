import type { OwnedPhase } from '../domain/phases.js';
import type { Strategy } from '../domain/strategy.js';
import { listStrategies } from '../storage/strategies.js';
import type { ServiceDeps } from './deps.js';
import { type MetricOverview, ownedMetrics } from './metrics.js';
import { phasesOwnedBy } from './phases.js';

export interface HomeContent {
  strategies: Strategy[];
  phases: OwnedPhase[];
  metrics: MetricOverview[];
}

/** What one user's App Home shows: the workspace's strategies, and the phases and metrics they own. */
export async function homeContent(deps: ServiceDeps, teamId: string, userId: string): Promise<HomeContent> {
  const [strategies, phases, metrics] = await Promise.all([
    listStrategies(deps.db, { teamId }),
    phasesOwnedBy(deps, teamId, userId),
    ownedMetrics(deps, { teamId }, userId),
  ]);
  return { strategies, phases, metrics };
}

/** The strategies someone works in: those they admin, and those where they own a phase or a metric. */
export function strategiesWorkedIn(userId: string, content: HomeContent): Strategy[] {
  const byId = new Map<string, Strategy>();
  for (const s of content.strategies) if (s.admins.includes(userId)) byId.set(s.id, s);
  for (const { strategy } of [...content.phases, ...content.metrics]) byId.set(strategy.id, strategy);
  return [...byId.values()];
}
