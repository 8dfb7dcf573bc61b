import type { PhaseKey } from '../../../domain/method.js';
import { resolvePhase } from '../../../domain/phases.js';
import { messages } from '../../../i18n/index.js';
import { changePhase } from '../../../services/phases.js';
import { escapeMrkdwn } from '../../../views/escape.js';
import { COMMAND } from '../../../views/ids.js';
import { phaseName } from '../../../views/phases.js';
import { type CommandRequest, ephemeral, withStrategy } from '../../command-request.js';
import { firstMention } from '../../command-text.js';
import {
  announcePhaseChange,
  namePhase,
  notToldText,
  ownerProblem,
  PHASE_NAMES,
  refusalText,
} from '../../phases.js';

/**
 * A name typed without picking the person from Slack's list arrives as plain words (`@maria`), which
 * name no one: the phase part and the name part, as far as they can be told apart.
 */
function typedName(rest: string): { phase: PhaseKey | undefined; name: string } {
  const words = rest.split(/\s+/);
  const at = words.findIndex((w) => w.startsWith('@'));
  if (at >= 0) {
    const found = resolvePhase(words.slice(0, at).join(' '), PHASE_NAMES);
    return { phase: found.kind === 'found' ? found.key : undefined, name: words.slice(at).join(' ') };
  }
  for (let n = words.length - 1; n > 0; n--) {
    const found = resolvePhase(words.slice(0, n).join(' '), PHASE_NAMES);
    if (found.kind === 'found') return { phase: found.key, name: words.slice(n).join(' ') };
  }
  return { phase: undefined, name: rest };
}

/** How to name the person so Slack sends them as a mention, or where to pick them instead. */
function pickPersonText(req: CommandRequest): string {
  const m = messages(req.language).phase;
  const onlyPhase = resolvePhase(req.rest, PHASE_NAMES).kind === 'found';
  if (onlyPhase || (!req.rest.includes(' ') && !req.rest.startsWith('@'))) return m.assignUsage;
  const { phase, name } = typedName(req.rest);
  const command = `${COMMAND} phase ${phase ?? m.phasePlaceholder}`;
  return m.assignPickPerson(escapeMrkdwn(name), command);
}

/** `assign <phase> @person`: Slack sends a person picked from its list as `<@U123|name>`. */
export const assign = withStrategy(async (deps, req, strategy) => {
  const m = messages(req.language);
  if (!req.rest) return ephemeral(req, m.phase.assignUsage);
  const mention = firstMention(req.restParts);
  if (!mention) return ephemeral(req, pickPersonText(req));
  if (!mention.rest) return ephemeral(req, m.phase.assignUsage);
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
