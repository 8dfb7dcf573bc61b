import type { MetricDefinition, MetricDraft } from '../../../domain/metric.js';
import { messages } from '../../../i18n/index.js';
import { addMetric, checkMetric, editMetric } from '../../../services/metrics.js';
import { escapeMrkdwn } from '../../../views/escape.js';
import { METRIC_IDS } from '../../../views/ids.js';
import { metricAddedText } from '../../../views/metric-list.js';
import { type MetricModalMetadata, metricModalErrors } from '../../../views/metric-modal.js';
import { postForActor } from '../../after-ack.js';
import type { SlackDeps } from '../../deps.js';
import { inputValue, type ViewValues } from '../../view-state.js';
import { close, confirmInChannel, onSubmission, refuse } from './submission.js';

const B = METRIC_IDS.blocks;

/** Add or edit: validated in the modal itself, saved, then announced (add) or confirmed (edit). */
export const makeMetricSubmitted = (deps: SlackDeps) =>
  onSubmission<MetricModalMetadata>(deps, async (s) => {
    const { client, strategy, submission } = s;
    if (!strategy) return close();
    const { metricId } = s.meta;
    const checked = await checkMetric(deps, { strategy, metricId, draft: readMetricForm(s.values) });
    if (!checked.ok) return refuse(metricModalErrors(s.language, checked.problems));
    const m = messages(s.language).metrics;
    const actor = await deps.users.actor(client, s.teamId, s.userId);
    if (!metricId) {
      const added = await addMetric(deps, { strategy, actor, metric: checked.metric, submission });
      if (added.kind === 'forbidden') return refuse({ [B.ownerId]: m.problems.forbiddenOwner });
      if (added.kind === 'replayed') return close();
      const text = metricAddedText(strategy, added.metric, s.userId);
      const target = {
        channelId: strategy.channelId,
        saved: messages(s.language).posting.metricNotAnnounced(escapeMrkdwn(added.metric.name)),
      };
      return close(async () => {
        await postForActor(deps.logger, s, target, () =>
          client.chat.postMessage({ channel: strategy.channelId, text }),
        );
      });
    }
    // Only what this user changed is saved: another field someone changed meanwhile stays theirs.
    const change = Object.fromEntries(
      (Object.keys(B) as (keyof typeof B)[])
        .filter((field) => s.edited.has(B[field]))
        .map((field) => [field, checked.metric[field]]),
    ) as Partial<MetricDefinition>;
    const edited = await editMetric(deps, { strategy, actor, metricId, change, submission });
    switch (edited.kind) {
      case 'forbidden':
        return refuse({ [B.name]: m.forbidden(edited.metric.name, edited.metric.ownerId) });
      case 'not_found':
        return refuse({ [B.name]: m.notFound(checked.metric.name) });
      case 'invalid':
        return refuse(metricModalErrors(s.language, edited.problems));
      case 'replayed':
        return close();
      default:
        return close(() => confirmInChannel(deps, s, strategy, m.updated(escapeMrkdwn(edited.metric.name))));
    }
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
