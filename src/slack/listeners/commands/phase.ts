import { canEditItem, canManageStrategy } from '../../../domain/permissions.js';
import { messages } from '../../../i18n/index.js';
import { listPhases } from '../../../storage/phases.js';
import { findStrategyByChannel } from '../../../storage/strategies.js';
import { phaseModal } from '../../../views/phases.js';
import { namePhase, refusalText } from '../../phases.js';
import type { Subcommand } from './types.js';

/** `phase <phase>`: opens the phase modal for those who may change the phase. */
export const phase: Subcommand = async (deps, req) => {
  const m = messages(req.language);
  const reply = async (text: string): Promise<void> => {
    await req.respond({ response_type: 'ephemeral', text });
  };
  const strategy = await findStrategyByChannel(deps.db, { teamId: req.teamId }, req.channelId);
  if (!strategy) return reply(m.errors.noStrategy);
  if (!req.rest.trim()) return reply(m.phase.phaseUsage);
  const named = namePhase(req.language, req.rest);
  if ('error' in named) return reply(named.error);
  const current = (await listPhases(deps.db, { teamId: req.teamId }, strategy.id)).find(
    (p) => p.key === named.key,
  )!;
  const actor = await deps.users.actor(req.client, req.teamId, req.userId);
  if (!canEditItem(strategy, actor, current.ownerId))
    return reply(refusalText(req.language, strategy, { kind: 'forbidden', need: 'owner', phase: current }));
  await req.client.views.open({
    trigger_id: req.triggerId,
    view: phaseModal(req.language, {
      strategy,
      phase: current,
      canReassign: canManageStrategy(strategy, actor),
    }),
  });
};
