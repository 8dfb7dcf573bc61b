import { messages } from '../../../i18n/index.js';
import { ephemeral, withStrategy } from '../../command-request.js';
import { namePhase, phaseWindow } from '../../phases.js';

/** `phase <phase>`: opens the phase modal for those who may change the phase. */
export const phase = withStrategy(async (deps, req, strategy) => {
  if (!req.rest.trim()) return ephemeral(req, messages(req.language).phase.phaseUsage);
  const named = namePhase(req.language, req.rest);
  if ('error' in named) return ephemeral(req, named.error);
  const actor = await deps.users.actor(req.client, req.teamId, req.userId);
  const window = await phaseWindow(deps, strategy, named.key, actor, req.language);
  if ('refusal' in window) return ephemeral(req, window.refusal);
  await req.client.views.open({ trigger_id: req.triggerId, view: window.view });
});
