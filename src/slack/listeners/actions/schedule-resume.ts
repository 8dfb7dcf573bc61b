import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { canManageStrategy } from '../../../domain/permissions.js';
import { messages } from '../../../i18n/index.js';
import { resumeSelfPaused } from '../../../services/schedules.js';
import { strategyNamed } from '../../../services/strategies.js';
import type { SlackDeps } from '../../deps.js';
import { classifySlackError, failureCode } from '../../slack-errors.js';
import { renderStatus } from '../../status.js';
import { workspaceOf } from '../../workspace.js';

type ActionArgs = SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs;

/**
 * What would stop the bot posting to the channel now, as Slack's error code; undefined when it
 * can. conversations.info gives the channel as the bot sees it: not found (deleted, or private
 * without the bot), archived, or `is_member` false; without chat:write.public a post then fails
 * with not_in_channel.
 */
export async function postingProblem(client: WebClient, channelId: string): Promise<string | undefined> {
  try {
    const { channel } = await client.conversations.info({ channel: channelId });
    if (!channel) return 'channel_not_found';
    if (channel.is_archived) return 'is_archived';
    if (channel.is_member === false) return 'not_in_channel';
    return undefined;
  } catch (err) {
    return failureCode(classifySlackError(err));
  }
}

/**
 * Status's "Resume" beside schedules that stopped themselves: checks first that the bot can post
 * in the channel again, and says what is still wrong if not; then resumes them and shows status
 * again in place.
 */
export function makeScheduleResume(deps: SlackDeps) {
  return async ({ ack, body, action, client, respond }: ActionArgs): Promise<void> => {
    await ack();
    const teamId = workspaceOf(body);
    const value = 'value' in action && typeof action.value === 'string' ? action.value : undefined;
    const strategy = await strategyNamed(deps, teamId, value);
    if (!strategy) return;
    const userId = body.user.id;
    const [language, actor] = await Promise.all([
      deps.languages.of(client, teamId, userId, { strategy }),
      deps.users.actor(client, teamId, userId),
    ]);
    const m = messages(language).schedule;
    const tell = async (text: string): Promise<void> => {
      await respond({ response_type: 'ephemeral', replace_original: false, text });
    };
    if (!canManageStrategy(strategy, actor)) return tell(m.forbidden);
    const problem = await postingProblem(client, strategy.channelId);
    if (problem) return tell(m.resumeBlocked(strategy.channelId, m.errorReason[problem] ?? problem));
    const result = await resumeSelfPaused(deps, strategy, actor);
    if (result.kind === 'forbidden') return tell(m.forbidden);
    if (result.kind === 'unchanged') return tell(m.nothingToResume);
    await respond({ replace_original: true, ...(await renderStatus(deps, strategy, language)) });
    // The channel hears who restarted its messages, as with `/smstrategy resume`; resumed either way.
    const said = messages(strategy.language).schedule.resumed(userId);
    try {
      await client.chat.postMessage({ channel: strategy.channelId, text: said });
    } catch (err) {
      deps.logger.warn({ err, teamId, strategyId: strategy.id }, 'could not announce the resume');
    }
  };
}
