import type { Language } from '../../../domain/strategy.js';
import { messages } from '../../../i18n/index.js';
import { failureAdvice } from '../../after-ack.js';
import { CANVAS_ERRORS } from '../../canvas.js';
import { ephemeral, withStrategy } from '../../command-request.js';
import { type PublishResult, publishPlan } from '../../plan.js';

export function planOutcome(language: Language, result: PublishResult, channelId: string): string {
  const m = messages(language);
  if (result.kind === 'not_posted')
    return `${m.posting.planNotPosted} ${failureAdvice(language, result.error, channelId)}`;
  const { canvas } = result;
  if (canvas.kind === 'refused') {
    const reason = m.canvas.reason[canvas.code] ?? m.canvas.other(canvas.code);
    return m.plan.canvasRefused(`${reason} ${m.canvas.advice[CANVAS_ERRORS[canvas.code] ?? 'retry']}`);
  }
  if (canvas.kind === 'edited') return m.plan.canvasUpdated;
  return canvas.replaced ? m.plan.canvasRecreated : m.plan.canvasCreated;
}

/** `plan`: the documented plan as a Markdown file and a PDF in the channel, and the strategy's canvas kept up to date. */
export const plan = withStrategy(
  async (deps, req, strategy) => {
    const result = await publishPlan(deps, req.client, strategy, req.userId);
    await ephemeral(req, planOutcome(req.language, result, strategy.channelId));
  },
  { reads: () => true },
);
