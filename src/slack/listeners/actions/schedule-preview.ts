import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { previewPass } from '../../../scheduler/preview.js';
import { scheduledContent } from '../../../services/scheduled-content.js';
import { strategyNamed } from '../../../services/strategies.js';
import { listSchedules } from '../../../storage/schedules.js';
import { digestPreviewView } from '../../../views/preview.js';
import type { SlackDeps } from '../../deps.js';
import { workspaceOf } from '../../workspace.js';

type ActionArgs = SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs;

/**
 * The schedule window's "Preview the next digest": the digest as the scheduler would post it at
 * its next slot, rendered by the same function as `npm run cli -- preview`, pushed over the window.
 */
export function makeSchedulePreview(deps: SlackDeps) {
  return async ({ ack, body, action, client }: ActionArgs) => {
    await ack();
    const teamId = workspaceOf(body);
    const value = 'value' in action && typeof action.value === 'string' ? action.value : undefined;
    const strategy = await strategyNamed(deps, teamId, value);
    if (!strategy || !(await deps.channels.visibleTo(client, teamId, strategy.channelId, body.user.id)))
      return;
    const language = await deps.languages.of(client, teamId, body.user.id, { strategy });
    const digest = (await listSchedules(deps.db, { teamId }, strategy.id)).find((s) => s.kind === 'digest');
    let next: Parameters<typeof digestPreviewView>[2] = { none: 'off' };
    if (digest?.enabled && digest.paused) next = { none: 'paused' };
    else if (digest?.enabled) {
      const [item] = await previewPass(
        {
          ...deps,
          content: scheduledContent(deps),
          slack: async () => client,
        },
        new Date(digest.nextRunAt),
        { teamId, strategyId: strategy.id, kinds: ['digest'] },
        client,
      );
      if (item) next = item;
    }
    await client.views.push({
      trigger_id: body.trigger_id,
      view: digestPreviewView(language, strategy.channelId, next),
    });
  };
}
