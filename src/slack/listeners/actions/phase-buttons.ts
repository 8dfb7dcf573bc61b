import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { canEditItem, canManageStrategy } from '../../../domain/permissions.js';
import { isPhaseKey, type PhaseStatus } from '../../../domain/phases.js';
import { changePhase } from '../../../services/phases.js';
import { listPhases } from '../../../storage/phases.js';
import { findStrategyById } from '../../../storage/strategies.js';
import { type PhaseRef, phaseModal } from '../../../views/phases.js';
import type { SlackDeps } from '../../deps.js';
import { publishHome } from '../../home.js';
import { announcePhaseChange, refusalText } from '../../phases.js';
import { renderStatus } from '../../status.js';
import { readMetadata } from '../../view-state.js';

type ButtonArgs = SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs;

/** The phase a button names, with the strategy, the caller and where the button was. */
async function clicked(deps: SlackDeps, { body, action, client }: ButtonArgs) {
  const ref = readMetadata<PhaseRef>(action.value);
  const teamId = body.team?.id ?? body.user.team_id;
  if (!teamId || typeof ref.s !== 'string' || !isPhaseKey(ref.k)) return undefined;
  const strategy = await findStrategyById(deps.db, { teamId }, ref.s);
  if (!strategy) return undefined;
  const userId = body.user.id;
  const [language, actor] = await Promise.all([
    deps.users.language(client, teamId, userId),
    deps.users.actor(client, teamId, userId),
  ]);
  return { strategy, key: ref.k, userId, language, actor, fromHome: body.view?.type === 'home' };
}

/**
 * "Mark done", "Start", "Blocked" in status and on App Home. The status message is replaced in
 * place; App Home is published again.
 */
export function makePhaseStatusButton(deps: SlackDeps, status: PhaseStatus) {
  return async (args: ButtonArgs) => {
    await args.ack();
    const { client, respond } = args;
    const c = await clicked(deps, args);
    if (!c) return;
    const { strategy, key, userId, language, actor, fromHome } = c;
    const result = await changePhase(deps, { strategy, key, actor, change: { status } });
    if (result.kind === 'forbidden') {
      const text = refusalText(language, strategy, result);
      if (fromHome) await client.chat.postMessage({ channel: userId, text });
      else await respond({ response_type: 'ephemeral', replace_original: false, text });
      return;
    }
    if (!fromHome) {
      await respond({ replace_original: true, ...(await renderStatus(deps, strategy, language)) });
    }
    if (result.kind === 'updated')
      await announcePhaseChange(deps, client, strategy, result, userId, fromHome ? { homeOf: userId } : {});
    else if (fromHome) await publishHome(deps, client, strategy.teamId, userId);
  };
}

/** "Edit": the phase modal, for those who may change the phase. */
export function makePhaseEditButton(deps: SlackDeps) {
  return async (args: ButtonArgs) => {
    await args.ack();
    const { client, respond, body } = args;
    const c = await clicked(deps, args);
    if (!c) return;
    const { strategy, key, userId, language, actor, fromHome } = c;
    const phase = (await listPhases(deps.db, { teamId: strategy.teamId }, strategy.id)).find(
      (p) => p.key === key,
    )!;
    if (!canEditItem(strategy, actor, phase.ownerId)) {
      const text = refusalText(language, strategy, { kind: 'forbidden', need: 'owner', phase });
      if (fromHome) await client.chat.postMessage({ channel: userId, text });
      else await respond({ response_type: 'ephemeral', replace_original: false, text });
      return;
    }
    await client.views.open({
      trigger_id: body.trigger_id,
      view: phaseModal(language, { strategy, phase, canReassign: canManageStrategy(strategy, actor) }),
    });
  };
}
