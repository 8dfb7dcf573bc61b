import { type Messages, messages } from '../../../i18n/index.js';
import { findStrategyByChannel } from '../../../storage/strategies.js';
import { type PublishResult, publishPlan } from '../../plan.js';
import type { Subcommand } from './types.js';

function outcome(m: Messages, result: PublishResult, channelId: string): string {
  if (result.kind === 'not_posted') return m.plan.notPosted(channelId);
  const { canvas } = result;
  if (canvas.kind === 'refused')
    return m.plan.canvasRefused(m.plan.canvasReason[canvas.code] ?? m.plan.canvasReasonOther(canvas.code));
  return canvas.kind === 'created' ? m.plan.canvasCreated : m.plan.canvasUpdated;
}

/** `plan`: the documented plan as a Markdown file in the channel, and the strategy's canvas kept up to date. */
export const plan: Subcommand = async (deps, req) => {
  const m = messages(req.language);
  const strategy = await findStrategyByChannel(deps.db, { teamId: req.teamId }, req.channelId);
  if (!strategy) {
    await req.respond({ response_type: 'ephemeral', text: m.errors.noStrategy });
    return;
  }
  const result = await publishPlan(deps, req.client, strategy);
  await req.respond({ response_type: 'ephemeral', text: outcome(m, result, strategy.channelId) });
};
