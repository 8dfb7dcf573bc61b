import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { SlackDeps } from '../../deps.js';
import type { CommandRequest } from '../commands/types.js';

type ActionArgs = Pick<
  SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs,
  'body' | 'respond' | 'client'
>;

/**
 * A button in a channel message, turned into the request the typed command would have made in
 * that channel; undefined outside a channel (App Home, a modal).
 */
export async function commandRequestOf(
  deps: SlackDeps,
  { body, respond, client }: ActionArgs,
): Promise<CommandRequest | undefined> {
  const teamId = body.team?.id ?? body.user.team_id;
  const channelId = body.channel?.id;
  if (!teamId || !channelId) return undefined;
  return {
    teamId,
    channelId,
    channelName: body.channel?.name ?? '',
    userId: body.user.id,
    triggerId: body.trigger_id,
    rest: '',
    language: await deps.users.language(client, teamId, body.user.id),
    client,
    respond,
  };
}
