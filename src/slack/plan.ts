import type { WebClient } from '@slack/web-api';
import type { Strategy } from '../domain/strategy.js';
import { fold } from '../domain/text.js';
import { messages } from '../i18n/index.js';
import { planCanvas, recordPlanShared, rememberPlanCanvas, strategyPlan } from '../services/plan.js';
import { planMarkdown } from '../views/plan.js';
import { planPdf } from '../views/plan-pdf.js';
import { type CanvasResult, keepCanvas } from './canvas.js';
import type { SlackDeps } from './deps.js';
import { shareFiles } from './files.js';

/** Not posted: why, as Slack failed it. Posted: and what became of the canvas. */
export type PublishResult = { kind: 'not_posted'; error: unknown } | { kind: 'posted'; canvas: CanvasResult };

/**
 * Builds the plan (recording the display names Slack gives, so the CLI names people the same
 * way), shares it in the strategy's channel as a Markdown file and a PDF in one message, then
 * writes the Markdown to the canvas.
 */
export async function publishPlan(
  deps: SlackDeps,
  client: WebClient,
  strategy: Strategy,
  requestedBy: string,
): Promise<PublishResult> {
  const doc = await strategyPlan(deps, strategy, {
    learnNames: (ids) => deps.users.displayNames(client, strategy.teamId, ids),
  });
  const markdown = planMarkdown(doc);
  const text = messages(strategy.language).plan;
  const slug = fold(strategy.name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  const name = `${slug || 'strategy'}-plan-${doc.date}`;
  const title = text.fileTitle(strategy.name, doc.date);
  try {
    await shareFiles(client, {
      channelId: strategy.channelId,
      files: [
        { filename: `${name}.md`, title, bytes: Buffer.from(markdown, 'utf8') },
        { filename: `${name}.pdf`, title, bytes: await planPdf(doc, deps.clock.now()) },
      ],
    });
  } catch (error) {
    deps.logger.warn(
      { err: error, teamId: strategy.teamId, strategyId: strategy.id },
      'plan file not posted',
    );
    return { kind: 'not_posted', error };
  }
  await recordPlanShared(deps, strategy, doc, requestedBy);
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
