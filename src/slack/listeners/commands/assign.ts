import { findMention } from '../../../domain/phases.js';
import { messages } from '../../../i18n/index.js';
import { changePhase } from '../../../services/phases.js';
import { findStrategyByChannel } from '../../../storage/strategies.js';
import { phaseName } from '../../../views/phases.js';
import { announcePhaseChange, namePhase, ownerProblem, refusalText } from '../../phases.js';
import type { Subcommand } from './types.js';

/** `assign <phase> <@user>`: Slack sends the mention as `<@U123>` or `<@U123|name>`. */
export const assign: Subcommand = async (deps, req) => {
  const m = messages(req.language);
  const reply = async (text: string): Promise<void> => {
    await req.respond({ response_type: 'ephemeral', text });
  };
  const strategy = await findStrategyByChannel(deps.db, { teamId: req.teamId }, req.channelId);
  if (!strategy) return reply(m.errors.noStrategy);
  const mention = findMention(req.rest);
  if (!mention?.rest) return reply(m.phase.assignUsage);
  const named = namePhase(req.language, mention.rest);
  if ('error' in named) return reply(named.error);
  const problem = await ownerProblem(deps, req.client, req.teamId, mention.userId, req.language);
  if (problem) return reply(problem);
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
      return reply(refusalText(req.language, strategy, result));
    case 'unchanged':
      return reply(m.phase.alreadyOwner(mention.userId, name));
    case 'updated':
      await reply(m.phase.assigned(mention.userId, name));
      await announcePhaseChange(deps, req.client, strategy, result, req.userId);
      return;
    default:
      throw new Error(`assign: unexpected result ${result.kind}`);
  }
};
