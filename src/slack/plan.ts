import type { WebClient } from '@slack/web-api';
import type { Strategy } from '../domain/strategy.js';
import { fold } from '../domain/text.js';
import { messages } from '../i18n/index.js';
import { planCanvas, rememberPlanCanvas, strategyPlan } from '../services/plan.js';
import { planMarkdown } from '../views/plan.js';
import { type CanvasResult, keepCanvas } from './canvas.js';
import type { SlackDeps } from './deps.js';
import { shareFile } from './files.js';

/** Not posted: why, as Slack failed it. Posted: and what became of the canvas. */
export type PublishResult = { kind: 'not_posted'; error: unknown } | { kind: 'posted'; canvas: CanvasResult };

/**
 * Builds the plan (recording the display names Slack gives, so the CLI names people the same
 * way), shares it in the strategy's channel as a Markdown file, then writes it to the canvas.
 */
export async function publishPlan(
  deps: SlackDeps,
  client: WebClient,
  strategy: Strategy,
): Promise<PublishResult> {
  const doc = await strategyPlan(deps, strategy, {
    learnNames: (ids) => deps.users.displayNames(client, strategy.teamId, ids),
  });
  const markdown = planMarkdown(doc);
  const text = messages(strategy.language).plan;
  const slug = fold(strategy.name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  try {
    await shareFile(client, {
      channelId: strategy.channelId,
      filename: `${slug || 'strategy'}-plan-${doc.date}.md`,
      title: text.fileTitle(strategy.name, doc.date),
      bytes: Buffer.from(markdown, 'utf8'),
    });
  } catch (error) {
    deps.logger.warn(
      { err: error, teamId: strategy.teamId, strategyId: strategy.id },
      'plan file not posted',
    );
    return { kind: 'not_posted', error };
  }
  const canvas = await keepCanvas(client, {
    channelId: strategy.channelId,
    title: text.title(strategy.name),
    markdown,
    canvasId: await planCanvas(deps, strategy),
  });
  if (canvas.kind === 'created') await rememberPlanCanvas(deps, strategy, canvas.canvasId);
  if (canvas.kind === 'refused')
    deps.logger.warn(
      { teamId: strategy.teamId, strategyId: strategy.id, code: canvas.code },
      'canvas not kept',
    );
  return { kind: 'posted', canvas };
}
