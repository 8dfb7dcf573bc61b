import { validateMetric } from '../../../domain/metric.js';
import { formatNumber } from '../../../domain/numbers.js';
import { localDate } from '../../../domain/periods.js';
import { messages } from '../../../i18n/index.js';
import { addMetric, editMetric } from '../../../services/metrics.js';
import { listMetrics } from '../../../storage/metrics.js';
import { localDateText } from '../../../views/metric-format.js';
import { type MetricModalMetadata, metricModalErrors } from '../../../views/metric-modal.js';
import type { SlackDeps } from '../../deps.js';
import { METRIC_IDS } from '../../../views/ids.js';
import { inputValue } from '../../view-state.js';
import { type SubmitArgs, strategyModal } from './strategy-modal.js';

/** Add or edit: validated in the modal itself, saved, then announced (add) or confirmed (edit). */
export function makeMetricSubmitted(deps: SlackDeps) {
  return async (args: SubmitArgs) => {
    const { ack, view, client } = args;
    const { teamId, userId, language, meta, strategy } = await strategyModal<MetricModalMetadata>(deps, args);
    const m = messages(language).metrics;
    if (!strategy) {
      await ack();
      return;
    }
    const v = (block: string) => inputValue(view.state.values, block, METRIC_IDS.input);
    const B = METRIC_IDS.blocks;
    const active = await listMetrics(deps.db, { teamId }, strategy.id);
    const others = active.filter((x) => x.id !== meta.metricId);
    const current = active.find((x) => x.id === meta.metricId);
    const checked = validateMetric(
      {
        name: v(B.name),
        unit: v(B.unit),
        baseline: v(B.baseline),
        target: v(B.target),
        targetDate: v(B.targetDate),
        ownerId: v(B.ownerId),
        direction: v(B.direction),
        cadence: v(B.cadence),
      },
      {
        today: localDate(deps.clock.now(), strategy.timeZone),
        otherNames: others.map((x) => x.name),
        currentTargetDate: current?.targetDate,
      },
    );
    if (!checked.ok) {
      await ack({ response_action: 'errors', errors: metricModalErrors(language, checked.problems) });
      return;
    }
    const actor = await deps.users.actor(client, teamId, userId);
    if (!meta.metricId) {
      const result = await addMetric(deps, { strategy, actor, metric: checked.metric });
      if (result.kind === 'forbidden') {
        await ack({ response_action: 'errors', errors: { [B.ownerId]: m.problems.forbiddenOwner } });
        return;
      }
      await ack();
      const s = messages(strategy.language).metrics;
      const n = (x: number) => formatNumber(x, strategy.language);
      const added = result.metric;
      const unit = added.unit ? ` ${added.unit}` : '';
      await client.chat.postMessage({
        channel: strategy.channelId,
        text: s.created(
          userId,
          added.name,
          `${n(added.baseline)}${unit}`,
          `${n(added.target)}${unit}`,
          localDateText(strategy.language, added.targetDate),
          added.ownerId,
        ),
      });
      return;
    }
    const result = await editMetric(deps, {
      strategy,
      actor,
      metricId: meta.metricId,
      metric: checked.metric,
    });
    if (result.kind === 'forbidden') {
      await ack({
        response_action: 'errors',
        errors: { [B.name]: m.forbidden(result.metric.name, result.metric.ownerId) },
      });
      return;
    }
    if (result.kind === 'not_found') {
      await ack({ response_action: 'errors', errors: { [B.name]: m.notFound(checked.metric.name) } });
      return;
    }
    await ack();
    await client.chat.postEphemeral({
      channel: strategy.channelId,
      user: userId,
      text: m.updated(result.metric.name),
    });
  };
}
