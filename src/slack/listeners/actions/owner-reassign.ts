import type {
  AllMiddlewareArgs,
  BlockAction,
  SlackActionMiddlewareArgs,
  UsersSelectAction,
} from '@slack/bolt';
import type { OwnedItemRef } from '../../../domain/owner-left.js';
import { channelName } from '../../../domain/phase-content.js';
import { isPhaseKey } from '../../../domain/phases.js';
import { messages } from '../../../i18n/index.js';
import { reassignOwner } from '../../../services/departures.js';
import { strategyNamed } from '../../../services/strategies.js';
import { escapeMrkdwn } from '../../../views/escape.js';
import { phaseName } from '../../../views/phases.js';
import type { SlackDeps } from '../../deps.js';
import { publishHomes } from '../../home.js';
import { afterItemSaved, itemRefusal } from '../../phase-items.js';
import { announcePhaseChange, ownerProblem, refusalText } from '../../phases.js';
import { readMetadata } from '../../view-state.js';
import { workspaceOf } from '../../workspace.js';

type SelectArgs = SlackActionMiddlewareArgs<BlockAction<UsersSelectAction>> & AllMiddlewareArgs;

/** The item a picker's block names (views/ids.ts OWNER_LEFT_IDS); undefined when it names none. */
function itemOf(blockId: string): { strategyId: string; ref: OwnedItemRef } | undefined {
  const b = readMetadata<{ s: string; k: string; i: string }>(blockId);
  if (typeof b.s !== 'string' || typeof b.i !== 'string') return undefined;
  if (b.k === 'phase' && isPhaseKey(b.i)) return { strategyId: b.s, ref: { kind: 'phase', key: b.i } };
  if (b.k === 'metric' || b.k === 'action' || b.k === 'channel')
    return { strategyId: b.s, ref: { kind: b.k, id: b.i } };
  return undefined;
}

/**
 * A new owner picked for an item whose owner left (digest or App Home). Permissions and the audit
 * trail are those of any change of owner; the picker answers only the person who used it.
 */
export function makeOwnerReassign(deps: SlackDeps) {
  return async ({ ack, body, action, client, respond }: SelectArgs) => {
    await ack();
    const teamId = workspaceOf(body);
    const item = itemOf(action.block_id);
    const newOwner = action.selected_user;
    if (!item || !newOwner) return;
    const strategy = await strategyNamed(deps, teamId, item.strategyId);
    if (!strategy) return;
    const userId = body.user.id;
    const [language, actor] = await Promise.all([
      deps.languages.of(client, teamId, userId, { strategy }),
      deps.users.actor(client, teamId, userId),
    ]);
    const m = messages(language).ownerLeft;
    const fromHome = body.view?.type === 'home';
    // App Home has no thread to answer in: a DM there, else a note under the message only they see.
    const reply = async (text: string): Promise<void> => {
      if (fromHome) await client.chat.postMessage({ channel: userId, text });
      else await respond({ response_type: 'ephemeral', replace_original: false, text });
    };
    const problem = await ownerProblem(deps, client, teamId, newOwner, language);
    if (problem) return reply(problem);
    const outcome = await reassignOwner(deps, { strategy, actor, ref: item.ref, ownerId: newOwner });
    if (outcome.kind === 'phase') {
      const { result } = outcome;
      if (result.kind === 'forbidden') return reply(refusalText(language, strategy, result));
      if (result.kind !== 'updated') return reply(m.gone);
      await announcePhaseChange(deps, client, strategy, result, userId, {
        ...(fromHome ? { homeOf: userId } : {}),
        previousLeft: true,
      });
      return reply(m.reassigned(m.phaseItem(phaseName(language, result.after.key)), newOwner));
    }
    if (outcome.kind === 'item') {
      const { result } = outcome;
      if (result.kind === 'forbidden') return reply(itemRefusal(language, strategy, result));
      if (result.kind !== 'saved' || !result.before || result.before.kind === 'goal') return reply(m.gone);
      const before = result.before;
      const label =
        before.kind === 'action'
          ? m.actionItem(escapeMrkdwn(before.what))
          : m.channelItem(escapeMrkdwn(channelName(before)));
      await reply(m.reassigned(label, newOwner));
      return afterItemSaved(deps, client, {
        strategy,
        kind: outcome.item,
        actor,
        language,
        owners: result.ownersConcerned,
      });
    }
    const { result } = outcome;
    if (result.kind === 'forbidden') return reply(m.metricForbidden);
    if (result.kind !== 'updated') return reply(m.gone);
    await reply(m.reassigned(m.metricItem(escapeMrkdwn(result.metric.name)), newOwner));
    await publishHomes(deps, client, teamId, [newOwner, ...(fromHome ? [userId] : [])]);
  };
}
