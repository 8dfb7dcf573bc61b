import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { Metric } from '../../../domain/metric.js';
import type { Strategy } from '../../../domain/strategy.js';
import { findMetric } from '../../../storage/metrics.js';
import { findStrategyByChannel } from '../../../storage/strategies.js';
import type { SlackDeps } from '../../deps.js';
import {
  archiveMetricReply,
  openCheckinModal,
  openMetricModal,
  postMetricChart,
} from '../commands/metric.js';
import type { CommandRequest } from '../commands/types.js';
import { commandRequestOf } from './command-request.js';

type Args = SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs;

/** A click in the metric list, turned into the request the typed command would have made. */
async function requestOf(deps: SlackDeps, args: Args) {
  const req = await commandRequestOf(deps, args);
  if (!req) return undefined;
  const strategy = await findStrategyByChannel(deps.db, { teamId: req.teamId }, req.channelId);
  return strategy ? { req, strategy } : undefined;
}

function onStrategy(deps: SlackDeps, run: (req: CommandRequest, strategy: Strategy) => Promise<void>) {
  return async (args: Args) => {
    await args.ack();
    const found = await requestOf(deps, args);
    if (found) await run(found.req, found.strategy);
  };
}

/** The button's value is the metric's id; a metric of another strategy or team is not found. */
function onMetric(
  deps: SlackDeps,
  run: (req: CommandRequest, strategy: Strategy, metric: Metric) => Promise<void>,
) {
  return async (args: Args) => {
    await args.ack();
    const found = await requestOf(deps, args);
    if (!found) return;
    const metric = await findMetric(deps.db, { teamId: found.req.teamId }, args.action.value ?? '');
    if (!metric || metric.strategyId !== found.strategy.id || metric.archivedAt) return;
    await run(found.req, found.strategy, metric);
  };
}

export const metricListAdd = (deps: SlackDeps) =>
  onStrategy(deps, (req, strategy) => openMetricModal(deps, req, strategy));
export const metricListCheckin = (deps: SlackDeps) =>
  onStrategy(deps, (req, strategy) => openCheckinModal(deps, req, strategy));
export const metricListEdit = (deps: SlackDeps) =>
  onMetric(deps, (req, strategy, metric) => openMetricModal(deps, req, strategy, metric));
export const metricListArchive = (deps: SlackDeps) =>
  onMetric(deps, (req, strategy, metric) => archiveMetricReply(deps, req, strategy, metric));
export const metricListChart = (deps: SlackDeps) =>
  onMetric(deps, (req, strategy, metric) => postMetricChart(deps, req, strategy, metric));
