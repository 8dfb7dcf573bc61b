import type { View } from '@slack/types';
import { localDate } from '../domain/dates.js';
import type { Metric } from '../domain/metric.js';
import { canEditMetric } from '../domain/permissions.js';
import type { Language, Strategy } from '../domain/strategy.js';
import { fold } from '../domain/text.js';
import { messages } from '../i18n/index.js';
import { activeMetrics, archiveMetric, checkinRows, metricHistory } from '../services/metrics.js';
import { channelsToConfirm } from '../services/phase-content.js';
import { checkinModal } from '../views/checkin-modal.js';
import { escapeMrkdwn } from '../views/escape.js';
import { chartProgress, metricChartPng } from '../views/metric-chart.js';
import { metricListMessage } from '../views/metric-list.js';
import { metricModal } from '../views/metric-modal.js';
import { postForActor } from './after-ack.js';
import { type CommandRequest, ephemeral } from './command-request.js';
import type { SlackDeps } from './deps.js';
import { shareFile } from './files.js';

// What the metric command and the metric list's buttons share: each does what the typed
// command would, for the strategy of the channel.

export async function listMetricsReply(
  deps: SlackDeps,
  req: CommandRequest,
  strategy: Strategy,
): Promise<void> {
  await ephemeral(req, metricListMessage(strategy, await activeMetrics(deps, strategy), req.language));
}

/** The metric modal, empty to add or prefilled to edit; an edit is refused up front when not allowed. */
export async function openMetricModal(
  deps: SlackDeps,
  req: CommandRequest,
  strategy: Strategy,
  existing?: Metric,
): Promise<void> {
  if (existing) {
    const actor = await deps.users.actor(req.client, req.teamId, req.userId);
    if (!canEditMetric(strategy, actor, existing)) {
      const name = escapeMrkdwn(existing.name);
      await ephemeral(req, messages(req.language).metrics.forbidden(name, existing.ownerId));
      return;
    }
  }
  await req.client.views.open({
    trigger_id: req.triggerId,
    view: metricModal(
      req.language,
      {
        strategyId: strategy.id,
        channelId: strategy.channelId,
        ...(existing ? { metricId: existing.id } : {}),
      },
      { metric: existing, defaultOwner: req.userId },
    ),
  });
}

export async function archiveMetricReply(
  deps: SlackDeps,
  req: CommandRequest,
  strategy: Strategy,
  target: Metric,
): Promise<void> {
  const m = messages(req.language).metrics;
  const actor = await deps.users.actor(req.client, req.teamId, req.userId);
  const result = await archiveMetric(deps, { strategy, actor, metricId: target.id });
  const name = escapeMrkdwn(target.name);
  if (result.kind === 'forbidden') await ephemeral(req, m.forbidden(name, target.ownerId));
  else if (result.kind === 'not_found') await ephemeral(req, m.notFound(name));
  else await ephemeral(req, m.archived(name));
}

/** Posts the metric's chart to the strategy's channel, in the strategy's language. */
export async function postMetricChart(
  deps: SlackDeps,
  req: CommandRequest,
  strategy: Strategy,
  target: Metric,
): Promise<void> {
  const checkins = await metricHistory(deps, target);
  const chart = {
    metric: target,
    checkins,
    startDate: localDate(target.createdAt, strategy.timeZone),
    language: strategy.language,
  };
  const png = metricChartPng(chart);
  const slug = fold(target.name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  const m = messages(req.language);
  const posted = await postForActor(
    deps.logger,
    req,
    { channelId: strategy.channelId, saved: m.posting.chartNotPosted(escapeMrkdwn(target.name)) },
    () =>
      shareFile(req.client, {
        channelId: strategy.channelId,
        filename: `${slug || 'metric'}.png`,
        title: target.name,
        bytes: png,
        initialComment: messages(strategy.language).metrics.chartComment(
          escapeMrkdwn(target.name),
          escapeMrkdwn(chartProgress(chart)),
        ),
      }),
  );
  if (posted) await ephemeral(req, m.metrics.chartPosted(escapeMrkdwn(target.name)));
}

/**
 * The check-in modal for the current period of every active metric, the reporter's own first,
 * prefilled with what is in, and (first) the reporter's accounts of the channel register; `page` for a page after the first (the same moment, further on).
 */
export async function checkinView(
  deps: SlackDeps,
  strategy: Strategy,
  language: Language,
  reporterId: string,
  page?: { at: Date; offset: number; saved: number },
): Promise<View | undefined> {
  const at = page?.at ?? deps.clock.now();
  const [rows, channels] = await Promise.all([
    checkinRows(deps, strategy, at),
    page ? [] : channelsToConfirm(deps, strategy, reporterId, at),
  ]);
  return checkinModal(
    language,
    {
      strategyId: strategy.id,
      channelId: strategy.channelId,
      at: at.getTime(),
      offset: page?.offset ?? 0,
      saved: page?.saved ?? 0,
    },
    rows,
    reporterId,
    channels,
  );
}

export async function openCheckinModal(
  deps: SlackDeps,
  req: CommandRequest,
  strategy: Strategy,
): Promise<void> {
  const view = await checkinView(deps, strategy, req.language, req.userId);
  if (!view) {
    await ephemeral(req, messages(req.language).metrics.checkinNone);
    return;
  }
  await req.client.views.open({ trigger_id: req.triggerId, view });
}
