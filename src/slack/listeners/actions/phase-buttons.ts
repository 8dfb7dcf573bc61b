import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { isPhaseKey, type PhaseStatus } from '../../../domain/phases.js';
import { changePhase } from '../../../services/phases.js';
import { strategyNamed } from '../../../services/strategies.js';
import type { PhaseRef } from '../../../views/phases.js';
import { archivedRefusal } from '../../command-request.js';
import type { SlackDeps } from '../../deps.js';
import { publishHome } from '../../home.js';
import { announcePhaseChange, phaseWindow, refusalText } from '../../phases.js';
import { renderStatus } from '../../status.js';
import { readMetadata } from '../../view-state.js';
import { workspaceOf } from '../../workspace.js';

type ButtonArgs = SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs;

/** The phase a button names, with the strategy, the caller and where the button was. */
async function clicked(deps: SlackDeps, { body, action, client, respond }: ButtonArgs) {
  const ref = readMetadata<PhaseRef>(action.value);
  const teamId = workspaceOf(body);
  if (!isPhaseKey(ref.k)) return undefined;
  const strategy = await strategyNamed(deps, teamId, ref.s);
  if (!strategy) return undefined;
  const userId = body.user.id;
  const [language, actor] = await Promise.all([
    deps.languages.of(client, teamId, userId, { strategy }),
    deps.users.actor(client, teamId, userId),
  ]);
  const fromHome = body.view?.type === 'home';
  /** A refusal: by DM from App Home (it has no thread to answer in), else under the message clicked. */
  const refuse = async (text: string): Promise<void> => {
    if (fromHome) await client.chat.postMessage({ channel: userId, text });
    else await respond({ response_type: 'ephemeral', replace_original: false, text });
  };
  return { strategy, key: ref.k, userId, language, actor, fromHome, refuse };
}

type Clicked = NonNullable<Awaited<ReturnType<typeof clicked>>>;

/** An archived strategy's phases are read-only: the clicker is told, and nothing changes. */
async function refusedAsArchived(c: Clicked): Promise<boolean> {
  if (c.strategy.state !== 'archived') return false;
  await c.refuse(archivedRefusal(c.language, c.strategy));
  return true;
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
    if (!c || (await refusedAsArchived(c))) return;
    const { strategy, key, userId, language, actor, fromHome } = c;
    const result = await changePhase(deps, { strategy, key, actor, change: { status } });
    if (result.kind === 'forbidden') return c.refuse(refusalText(language, strategy, result));
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
    const c = await clicked(deps, args);
    if (!c || (await refusedAsArchived(c))) return;
    const { strategy, key, language, actor } = c;
    const window = await phaseWindow(deps, strategy, key, actor, language);
    if ('refusal' in window) return c.refuse(window.refusal);
    await args.client.views.open({ trigger_id: args.body.trigger_id, view: window.view });
  };
}
