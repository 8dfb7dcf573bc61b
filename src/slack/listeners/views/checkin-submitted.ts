import { parseNumber } from '../../../domain/numbers.js';
import { messages } from '../../../i18n/index.js';
import { type ReportedValue, reportCheckins } from '../../../services/metrics.js';
import type { CheckinModalMetadata } from '../../../views/checkin-modal.js';
import type { SlackDeps } from '../../deps.js';
import { METRIC_IDS } from '../../../views/ids.js';
import { inputValue } from '../../view-state.js';
import { type SubmitArgs, strategyModal } from './strategy-modal.js';

/** Anyone may report; each unreadable number is refused on its own block, nothing saved. */
export function makeCheckinSubmitted(deps: SlackDeps) {
  return async (args: SubmitArgs) => {
    const { ack, view, client } = args;
    const { userId, language, meta, strategy } = await strategyModal<CheckinModalMetadata>(deps, args);
    const m = messages(language).metrics;
    if (!strategy || !Array.isArray(meta.metricIds)) {
      await ack();
      return;
    }
    const errors: Record<string, string> = {};
    const values: ReportedValue[] = [];
    for (const metricId of meta.metricIds) {
      const raw = inputValue(view.state.values, metricId, METRIC_IDS.checkinInput);
      if (raw === undefined) continue;
      const value = parseNumber(raw);
      if (value === undefined) errors[metricId] = m.problems.notANumber;
      else values.push({ metricId, value });
    }
    if (Object.keys(errors).length > 0) {
      await ack({ response_action: 'errors', errors });
      return;
    }
    const reportedAt = typeof meta.at === 'number' ? new Date(meta.at) : deps.clock.now();
    // Saved before the modal closes: should the save fail, the values typed are still there.
    const report = await reportCheckins(deps, { strategy, userId, reportedAt, values });
    await ack();
    await client.chat.postEphemeral({
      channel: strategy.channelId,
      user: userId,
      text: report.saved.length > 0 ? m.checkinSaved(report.saved.length) : m.checkinNothing,
    });
  };
}
