import type { MetricDraft } from '../../../domain/metric.js';
import { messages } from '../../../i18n/index.js';
import { addMetric, checkMetric, editMetric } from '../../../services/metrics.js';
import { METRIC_IDS } from '../../../views/ids.js';
import { metricAddedText } from '../../../views/metric-list.js';
import { type MetricModalMetadata, metricModalErrors } from '../../../views/metric-modal.js';
import type { SlackDeps } from '../../deps.js';
import { inputValue, type ViewValues } from '../../view-state.js';
import { confirmInChannel, readSubmission, type SubmitArgs, showErrors } from './submission.js';

const B = METRIC_IDS.blocks;

/** Add or edit: validated in the modal itself, saved, then announced (add) or confirmed (edit). */
export function makeMetricSubmitted(deps: SlackDeps) {
  return async (args: SubmitArgs) => {
    const { ack, client } = args;
    const { teamId, userId, language, meta, values, strategy } = await readSubmission<MetricModalMetadata>(
      deps,
      args,
    );
    if (!strategy) return ack();
    const { metricId } = meta;
    const checked = await checkMetric(deps, { strategy, metricId, draft: readMetricForm(values) });
    if (!checked.ok) return showErrors(ack, metricModalErrors(language, checked.problems));
    const m = messages(language).metrics;
    const actor = await deps.users.actor(client, teamId, userId);
    if (!metricId) {
      const added = await addMetric(deps, { strategy, actor, metric: checked.metric });
      if (added.kind === 'forbidden') return showErrors(ack, { [B.ownerId]: m.problems.forbiddenOwner });
      await ack();
      await client.chat.postMessage({
        channel: strategy.channelId,
        text: metricAddedText(strategy, added.metric, userId),
      });
      return;
    }
    const edited = await editMetric(deps, { strategy, actor, metricId, metric: checked.metric });
    if (edited.kind === 'forbidden')
      return showErrors(ack, { [B.name]: m.forbidden(edited.metric.name, edited.metric.ownerId) });
    if (edited.kind === 'not_found') return showErrors(ack, { [B.name]: m.notFound(checked.metric.name) });
    await ack();
    await confirmInChannel(client, strategy, userId, m.updated(edited.metric.name));
  };
}

/** The metric modal's inputs as typed (each block holds one input). */
function readMetricForm(values: ViewValues): MetricDraft {
  const v = (block: string) => inputValue(values, block, METRIC_IDS.input);
  return {
    name: v(B.name),
    unit: v(B.unit),
    baseline: v(B.baseline),
    target: v(B.target),
    targetDate: v(B.targetDate),
    ownerId: v(B.ownerId),
    direction: v(B.direction),
    cadence: v(B.cadence),
  };
}
