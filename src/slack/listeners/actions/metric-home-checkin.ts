import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { strategyNamed } from '../../../services/strategies.js';
import type { SlackDeps } from '../../deps.js';
import { checkinView } from '../../metrics.js';
import { workspaceOf } from '../../workspace.js';

/** App Home's "Report values" button (and the digest's): the check-in modal of the strategy named by the button. */
export function makeMetricHomeCheckin(deps: SlackDeps) {
  return async ({
    ack,
    body,
    action,
    client,
  }: SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs) => {
    await ack();
    const teamId = workspaceOf(body);
    const strategy = await strategyNamed(deps, teamId, action.value);
    // The button names its strategy: one of a private channel opens only for the channel's members.
    if (!strategy || !(await deps.channels.visibleTo(client, teamId, strategy.channelId, body.user.id)))
      return;
    const language = await deps.languages.of(client, teamId, body.user.id, { strategy });
    const view = await checkinView(deps, strategy, language, body.user.id);
    if (view) await client.views.open({ trigger_id: body.trigger_id, view });
  };
}
