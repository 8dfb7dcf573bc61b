import type { Metric } from '../../../domain/metric.js';
import type { Strategy } from '../../../domain/strategy.js';
import { activeMetric } from '../../../services/metrics.js';
import { type CommandRequest, withStrategy } from '../../command-request.js';
import type { SlackDeps } from '../../deps.js';
import { archiveMetricReply, openMetricModal, postMetricChart } from '../../metrics.js';

type MetricAction = (
  deps: SlackDeps,
  req: CommandRequest,
  strategy: Strategy,
  metric: Metric,
) => Promise<void>;

/** A metric list button: its value is the metric's id; a metric of another strategy or team is not found. */
const onListedMetric = (run: MetricAction) =>
  withStrategy(async (deps, req, strategy) => {
    const metric = await activeMetric(deps, strategy, req.value);
    if (metric) await run(deps, req, strategy, metric);
  });

export const openNewMetric = withStrategy(openMetricModal);
export const editListedMetric = onListedMetric(openMetricModal);
export const archiveListedMetric = onListedMetric(archiveMetricReply);
export const chartListedMetric = onListedMetric(postMetricChart);
