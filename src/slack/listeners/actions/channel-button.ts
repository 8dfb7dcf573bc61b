import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { Subcommand } from '../../command-request.js';
import type { SlackDeps } from '../../deps.js';
import { workspaceOf } from '../../workspace.js';

/**
 * A button in a channel message does what the typed command would in that channel, the button's
 * value at hand. Outside a channel (App Home, a modal) there is no such command: nothing happens.
 */
export function channelButton(deps: SlackDeps, subcommand: Subcommand) {
  return async ({
    ack,
    body,
    action,
    respond,
    client,
  }: SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs) => {
    await ack();
    const channelId = body.channel?.id;
    if (!channelId) return;
    const teamId = workspaceOf(body);
    const value = 'value' in action && typeof action.value === 'string' ? action.value : undefined;
    await subcommand(deps, {
      teamId,
      channelId,
      channelName: body.channel?.name ?? '',
      userId: body.user.id,
      triggerId: body.trigger_id,
      rest: '',
      restParts: [],
      ...(value === undefined ? {} : { value }),
      language: await deps.languages.of(client, teamId, body.user.id, { channelId }),
      client,
      respond,
    });
  };
}
