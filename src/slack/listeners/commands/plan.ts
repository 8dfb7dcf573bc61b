import { type Messages, messages } from '../../../i18n/index.js';
import { ephemeral, withStrategy } from '../../command-request.js';
import { type PublishResult, publishPlan } from '../../plan.js';

function outcome(m: Messages, result: PublishResult, channelId: string): string {
  if (result.kind === 'not_posted') return m.plan.notPosted(channelId);
  const { canvas } = result;
  if (canvas.kind === 'refused')
    return m.plan.canvasRefused(m.plan.canvasReason[canvas.code] ?? m.plan.canvasReasonOther(canvas.code));
  return canvas.kind === 'created' ? m.plan.canvasCreated : m.plan.canvasUpdated;
}

/** `plan`: the documented plan as a Markdown file in the channel, and the strategy's canvas kept up to date. */
export const plan = withStrategy(async (deps, req, strategy) => {
  const result = await publishPlan(deps, req.client, strategy);
  await ephemeral(req, outcome(messages(req.language), result, strategy.channelId));
});
