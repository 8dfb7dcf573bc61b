import type { Strategy } from './strategy.js';

export interface Actor {
  userId: string;
  /** A workspace admin or owner (from Slack), who may manage every strategy. */
  isWorkspaceAdmin: boolean;
}

/** Who may change the strategy as a whole: the schedule, the assessment, owners, archiving. */
export function canManageStrategy(strategy: Strategy, actor: Actor): boolean {
  return actor.isWorkspaceAdmin || strategy.admins.includes(actor.userId);
}

/** Who may change one item (a phase, a metric): the managers above and the item's own owner. */
export function canEditItem(strategy: Strategy, actor: Actor, ownerId: string | null | undefined): boolean {
  return canManageStrategy(strategy, actor) || (ownerId != null && ownerId === actor.userId);
}

/** Who may change a metric's definition or archive it: managers and the metric's owner. */
export function canEditMetric(strategy: Strategy, actor: Actor, metric: { ownerId: string }): boolean {
  return canEditItem(strategy, actor, metric.ownerId);
}
