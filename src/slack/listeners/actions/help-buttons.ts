import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { SlackDeps } from '../../deps.js';
import { start } from '../commands/start.js';
import { status } from '../commands/status.js';
import type { Subcommand } from '../commands/types.js';

/** The help's buttons do what the typed command would, for the channel the help was shown in. */
export function makeHelpButton(deps: SlackDeps, subcommand: Subcommand) {
  return async ({
    body,
    ack,
    respond,
    client,
  }: SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs) => {
    await ack();
    const teamId = body.team?.id ?? body.user.team_id;
    const channelId = body.channel?.id;
    if (!teamId || !channelId) return;
    await subcommand(deps, {
      teamId,
      channelId,
      channelName: body.channel?.name ?? '',
      userId: body.user.id,
      triggerId: body.trigger_id,
      rest: '',
      language: await deps.users.language(client, teamId, body.user.id),
      client,
      respond,
    });
  };
}

export const helpStart = (deps: SlackDeps) => makeHelpButton(deps, start);
export const helpStatus = (deps: SlackDeps) => makeHelpButton(deps, status);
