import type { MetricDraft } from '../../../domain/metric.js';
import { messages } from '../../../i18n/index.js';
import { addMetric, checkMetric, editMetric } from '../../../services/metrics.js';
import { escapeMrkdwn } from '../../../views/escape.js';
import { METRIC_IDS } from '../../../views/ids.js';
import { metricAddedText } from '../../../views/metric-list.js';
import { type MetricModalMetadata, metricModalErrors } from '../../../views/metric-modal.js';
import { postForActor } from '../../after-ack.js';
import type { SlackDeps } from '../../deps.js';
import { inputValue, type ViewValues } from '../../view-state.js';
import { confirmInChannel, onSubmission, showErrors } from './submission.js';

const B = METRIC_IDS.blocks;

/** Add or edit: validated in the modal itself, saved, then announced (add) or confirmed (edit). */
export const makeMetricSubmitted = (deps: SlackDeps) =>
  onSubmission<MetricModalMetadata>(deps, async (s) => {
    const { ack, client, strategy } = s;
    if (!strategy) return ack();
    const { metricId } = s.meta;
    const checked = await checkMetric(deps, { strategy, metricId, draft: readMetricForm(s.values) });
    if (!checked.ok) return showErrors(ack, metricModalErrors(s.language, checked.problems));
    const m = messages(s.language);
    const actor = await deps.users.actor(client, s.teamId, s.userId);
    if (!metricId) {
      const added = await addMetric(deps, { strategy, actor, metric: checked.metric });
      if (added.kind === 'forbidden')
        return showErrors(ack, { [B.ownerId]: m.metrics.problems.forbiddenOwner });
      await ack();
      const text = metricAddedText(strategy, added.metric, s.userId);
      const target = {
        channelId: strategy.channelId,
        saved: m.posting.metricNotAnnounced(escapeMrkdwn(added.metric.name)),
      };
      await postForActor(deps.logger, s, target, () =>
        client.chat.postMessage({ channel: strategy.channelId, text }),
      );
      return;
    }
    const edited = await editMetric(deps, { strategy, actor, metricId, metric: checked.metric });
    if (edited.kind === 'forbidden')
      return showErrors(ack, { [B.name]: m.metrics.forbidden(edited.metric.name, edited.metric.ownerId) });
    if (edited.kind === 'not_found')
      return showErrors(ack, { [B.name]: m.metrics.notFound(checked.metric.name) });
    await ack();
    await confirmInChannel(deps, s, strategy, m.metrics.updated(escapeMrkdwn(edited.metric.name)));
  });

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
