import { fold } from '../../../domain/text.js';
import { messages } from '../../../i18n/index.js';
import { planCanvas, rememberPlanCanvas, strategyPlan } from '../../../services/plan.js';
import { findStrategyByChannel } from '../../../storage/strategies.js';
import { planMarkdown } from '../../../views/plan.js';
import { keepCanvas, slackError } from '../../canvas.js';
import { shareFile } from '../../files.js';
import type { Subcommand } from './types.js';

const CHANNEL_UNREACHABLE = new Set(['not_in_channel', 'channel_not_found', 'is_archived']);

/** `plan`: the documented plan as a Markdown file in the channel, and the strategy's canvas kept up to date. */
export const plan: Subcommand = async (deps, req) => {
  const m = messages(req.language);
  const strategy = await findStrategyByChannel(deps.db, { teamId: req.teamId }, req.channelId);
  if (!strategy) {
    await req.respond({ response_type: 'ephemeral', text: m.errors.noStrategy });
    return;
  }
  const doc = await strategyPlan(deps, strategy, {
    learnNames: async (ids) => {
      const found = await Promise.all(
        ids.map((id) =>
          deps.users.get(req.client, req.teamId, id).then(
            (u) => ({ id, name: u.name }),
            // A name Slack cannot give now: the one recorded earlier (or the id) stands in.
            () => undefined,
          ),
        ),
      );
      return found.filter((u): u is { id: string; name: string } => u !== undefined);
    },
  });
  const markdown = planMarkdown(doc);
  const docText = messages(strategy.language).plan;
  const title = docText.fileTitle(strategy.name, doc.date);
  const slug = fold(strategy.name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  try {
    await shareFile(req.client, {
      channelId: strategy.channelId,
      filename: `${slug || 'strategy'}-plan-${doc.date}.md`,
      title,
      bytes: Buffer.from(markdown, 'utf8'),
    });
  } catch (err) {
    if (!CHANNEL_UNREACHABLE.has(slackError(err) ?? '')) throw err;
    await req.respond({ response_type: 'ephemeral', text: m.plan.notPosted(strategy.channelId) });
    return;
  }
  const canvas = await keepCanvas(req.client, {
    channelId: strategy.channelId,
    title: docText.title(strategy.name),
    markdown,
    canvasId: await planCanvas(deps, strategy),
  });
  if (canvas.kind === 'created') await rememberPlanCanvas(deps, strategy, canvas.canvasId);
  const text =
    canvas.kind === 'refused'
      ? m.plan.canvasRefused(m.plan.canvasReason[canvas.code] ?? m.plan.canvasReasonOther(canvas.code))
      : canvas.kind === 'created'
        ? m.plan.canvasCreated
        : m.plan.canvasUpdated;
  await req.respond({ response_type: 'ephemeral', text });
};
