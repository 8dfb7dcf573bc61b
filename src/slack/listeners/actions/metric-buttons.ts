import type { Metric } from '../../../domain/metric.js';
import type { Strategy } from '../../../domain/strategy.js';
import { activeMetric } from '../../../services/metrics.js';
import { METRIC_IDS } from '../../../views/ids.js';
import { type CommandRequest, type Subcommand, withStrategy } from '../../command-request.js';
import type { SlackDeps } from '../../deps.js';
import { openImportModal } from '../../metric-imports.js';
import { archiveMetricReply, openCheckinModal, openMetricModal, postMetricChart } from '../../metrics.js';

type MetricAction = (
  deps: SlackDeps,
  req: CommandRequest,
  strategy: Strategy,
  metric: Metric,
) => Promise<void>;

/** A metric list button: its value is the metric's id; a metric of another strategy or team is not found. */
const onListedMetric = (run: MetricAction, options: Parameters<typeof withStrategy>[1] = {}) =>
  withStrategy(async (deps, req, strategy) => {
    const metric = await activeMetric(deps, strategy, req.value);
    if (metric) await run(deps, req, strategy, metric);
  }, options);

/** The metric list's buttons: what `metric add`, `checkin`, `metric edit|archive|chart <name>` would do. */
export const METRIC_LIST_BUTTONS: Record<string, Subcommand> = {
  [METRIC_IDS.listAdd]: withStrategy(openMetricModal),
  [METRIC_IDS.listCheckin]: withStrategy(openCheckinModal),
  [METRIC_IDS.listEdit]: onListedMetric(openMetricModal),
  [METRIC_IDS.listArchive]: onListedMetric(archiveMetricReply),
  [METRIC_IDS.listChart]: onListedMetric(postMetricChart, { reads: () => true }),
  [METRIC_IDS.listImport]: onListedMetric(openImportModal),
};
