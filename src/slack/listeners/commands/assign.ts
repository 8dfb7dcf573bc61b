import { findMention } from '../../../domain/phases.js';
import { messages } from '../../../i18n/index.js';
import { changePhase } from '../../../services/phases.js';
import { phaseName } from '../../../views/phases.js';
import { ephemeral, withStrategy } from '../../command-request.js';
import { announcePhaseChange, namePhase, notToldText, ownerProblem, refusalText } from '../../phases.js';

/** `assign <phase> <@user>`: Slack sends the mention as `<@U123>` or `<@U123|name>`. */
export const assign = withStrategy(async (deps, req, strategy) => {
  const m = messages(req.language);
  const mention = findMention(req.rest);
  if (!mention?.rest) return ephemeral(req, m.phase.assignUsage);
  const named = namePhase(req.language, mention.rest);
  if ('error' in named) return ephemeral(req, named.error);
  const problem = await ownerProblem(deps, req.client, req.teamId, mention.userId, req.language);
  if (problem) return ephemeral(req, problem);
  const actor = await deps.users.actor(req.client, req.teamId, req.userId);
  const result = await changePhase(deps, {
    strategy,
    key: named.key,
    actor,
    change: { ownerId: mention.userId },
  });
  const name = phaseName(req.language, named.key);
  switch (result.kind) {
    case 'forbidden':
      return ephemeral(req, refusalText(req.language, strategy, result));
    case 'unchanged':
      return ephemeral(req, m.phase.alreadyOwner(mention.userId, name));
    case 'updated': {
      const notTold = await announcePhaseChange(deps, req.client, strategy, result, req.userId);
      if (notTold.length === 0) return ephemeral(req, m.phase.assigned(mention.userId, name));
      return ephemeral(req, notToldText(req.language, notTold));
    }
    default:
      throw new Error(`assign: unexpected result ${result.kind}`);
  }
});
