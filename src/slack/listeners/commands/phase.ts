import { messages } from '../../../i18n/index.js';
import { phaseToEdit } from '../../../services/phases.js';
import { phaseModal } from '../../../views/phases.js';
import { ephemeral, withStrategy } from '../../command-request.js';
import { namePhase, refusalText } from '../../phases.js';

/** `phase <phase>`: opens the phase modal for those who may change the phase. */
export const phase = withStrategy(async (deps, req, strategy) => {
  if (!req.rest.trim()) return ephemeral(req, messages(req.language).phase.phaseUsage);
  const named = namePhase(req.language, req.rest);
  if ('error' in named) return ephemeral(req, named.error);
  const actor = await deps.users.actor(req.client, req.teamId, req.userId);
  const edit = await phaseToEdit(deps, { strategy, key: named.key, actor });
  if (edit.kind === 'forbidden') return ephemeral(req, refusalText(req.language, strategy, edit));
  await req.client.views.open({
    trigger_id: req.triggerId,
    view: phaseModal(req.language, { strategy, phase: edit.phase, canReassign: edit.canReassign }),
  });
});
