import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { findStrategyById } from '../../../storage/strategies.js';
import type { SlackDeps } from '../../deps.js';
import { checkinView } from '../commands/metric.js';

/** App Home's "Report values" button: the check-in modal of the strategy named by the button. */
export function makeMetricHomeCheckin(deps: SlackDeps) {
  return async ({
    ack,
    body,
    action,
    client,
  }: SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs) => {
    await ack();
    const teamId = body.team?.id ?? body.user.team_id;
    if (!teamId || !action.value) return;
    const strategy = await findStrategyById(deps.db, { teamId }, action.value);
    if (!strategy) return;
    const language = await deps.users.language(client, teamId, body.user.id);
    const view = await checkinView(deps, strategy, language);
    if (view) await client.views.open({ trigger_id: body.trigger_id, view });
  };
}
