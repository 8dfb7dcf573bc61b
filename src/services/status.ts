import type { Phase } from '../domain/phases.js';
import type { ReadinessSummary } from '../domain/readiness.js';
import type { Strategy } from '../domain/strategy.js';
import { readStatus } from '../storage/overview.js';
import { doneOf, summaryOf } from './assessments.js';
import type { ServiceDeps } from './deps.js';
import { type MetricOverview, overviews } from './metrics.js';
import { todayIn } from './phases.js';
import { type SelfPaused, selfPausedOf } from './schedules.js';

/** What the status message shows of a strategy besides the strategy itself. */
export interface StrategyStatus {
  readiness: ReadinessSummary | undefined;
  phases: { phases: Phase[]; today: string };
  metrics: MetricOverview[];
  stopped: SelfPaused[];
}

/** The strategy at a glance, read in one statement. */
export async function strategyStatus(deps: ServiceDeps, strategy: Strategy): Promise<StrategyStatus> {
  const read = await readStatus(deps.db, { teamId: strategy.teamId }, strategy.id);
  return {
    readiness: read.latest && summaryOf(read.latest, doneOf(read.phases)),
    phases: { phases: read.phases, today: todayIn(deps, strategy) },
    metrics: overviews([strategy], read.metrics, read.checkins),
    stopped: selfPausedOf(read.schedules),
  };
}
