import { type OwnedItemRef, type OwnerLeftItem, ownerLeftItems } from '../domain/owner-left.js';
import type { Actor } from '../domain/permissions.js';
import type { Strategy } from '../domain/strategy.js';
import { recordAudit } from '../storage/audit.js';
import { listDeparted, markDeparted, markReturned } from '../storage/departures.js';
import { listMetrics } from '../storage/metrics.js';
import { listPhases } from '../storage/phases.js';
import type { ServiceDeps } from './deps.js';
import { type EditMetricResult, editMetric } from './metrics.js';
import { type ItemResult, phaseContentOf, reassignItem } from './phase-content.js';
import { changePhase, type PhaseUpdateResult } from './phases.js';

/**
 * Slack reported the user deactivated (or active again). Returns whether anything changed, so
 * a repeated report does nothing twice. Recorded once per workspace, in its audit trail.
 */
export async function userDeactivated(
  deps: ServiceDeps,
  teamId: string,
  userId: string,
  deactivated: boolean,
): Promise<boolean> {
  const at = deps.clock.now().getTime();
  return deps.db.transaction().execute(async (trx) => {
    const changed = deactivated
      ? await markDeparted(trx, { teamId }, userId, at)
      : await markReturned(trx, { teamId }, userId);
    if (changed)
      await recordAudit(trx, {
        teamId,
        strategyId: null,
        // Slack, not a person, made this change.
        actorId: 'slack',
        action: deactivated ? 'user.deactivated' : 'user.reactivated',
        subject: userId,
        at,
      });
    return changed;
  });
}

/** Who in the workspace has left, as Slack reported. */
export function departedUsers(deps: ServiceDeps, teamId: string): Promise<Set<string>> {
  return listDeparted(deps.db, { teamId });
}

/** The strategy's items whose owner left, phases first. */
export async function ownerLeft(
  deps: ServiceDeps,
  strategy: Strategy,
  departed?: ReadonlySet<string>,
): Promise<OwnerLeftItem[]> {
  const scope = { teamId: strategy.teamId };
  const gone = departed ?? (await listDeparted(deps.db, scope));
  if (gone.size === 0) return [];
  const [phases, metrics, content] = await Promise.all([
    listPhases(deps.db, scope, strategy.id),
    listMetrics(deps.db, scope, strategy.id),
    phaseContentOf(deps, strategy),
  ]);
  return ownerLeftItems({ phases, metrics, content }, gone);
}

export type ReassignResult =
  | { kind: 'phase'; result: PhaseUpdateResult }
  | { kind: 'metric'; result: EditMetricResult }
  | { kind: 'item'; item: 'channel' | 'action'; result: ItemResult };

/** Gives the item a new owner, through the same rules and audit as any change of owner. */
export async function reassignOwner(
  deps: ServiceDeps,
  input: { strategy: Strategy; actor: Actor; ref: OwnedItemRef; ownerId: string },
): Promise<ReassignResult> {
  const { strategy, actor, ref, ownerId } = input;
  if (ref.kind === 'phase')
    return {
      kind: 'phase',
      result: await changePhase(deps, { strategy, key: ref.key, actor, change: { ownerId } }),
    };
  if (ref.kind === 'metric')
    return {
      kind: 'metric',
      result: await editMetric(deps, { strategy, actor, metricId: ref.id, change: { ownerId } }),
    };
  return {
    kind: 'item',
    item: ref.kind,
    result: await reassignItem(deps, { strategy, actor, kind: ref.kind, id: ref.id, ownerId }),
  };
}
