import { parseNumber } from '../../../domain/numbers.js';
import { messages } from '../../../i18n/index.js';
import { type ReportedValue, reportCheckins } from '../../../services/metrics.js';
import type { CheckinModalMetadata } from '../../../views/checkin-modal.js';
import { METRIC_IDS } from '../../../views/ids.js';
import type { SlackDeps } from '../../deps.js';
import { inputValue, type ViewValues } from '../../view-state.js';
import { close, confirmInChannel, onSubmission, type Parsed, parsed, refuse } from './submission.js';

/** Anyone may report; each unreadable number is refused on its own block, nothing saved. */
export const makeCheckinSubmitted = (deps: SlackDeps) =>
  onSubmission<CheckinModalMetadata>(deps, async (s) => {
    const { meta, strategy } = s;
    if (!strategy || !Array.isArray(meta.metricIds)) return close();
    const m = messages(s.language).metrics;
    const form = readCheckinForm(s.values, meta.metricIds, m.problems.notANumber);
    if (!form.ok) return refuse(form.errors);
    const reportedAt = typeof meta.at === 'number' ? new Date(meta.at) : deps.clock.now();
    // Saved before the modal closes: should the save fail, the values typed are still there.
    const report = await reportCheckins(deps, {
      strategy,
      userId: s.userId,
      reportedAt,
      values: form.value,
      submission: s.submission,
    });
    if (report.kind === 'replayed') return close();
    const saved = report.saved.length;
    return close(() =>
      confirmInChannel(deps, s, strategy, saved > 0 ? m.checkinSaved(saved) : m.checkinNothing),
    );
  });

/** One value per metric whose input is filled in; the block id of each input is the metric's id. */
function readCheckinForm(
  values: ViewValues,
  metricIds: string[],
  notANumber: string,
): Parsed<ReportedValue[]> {
  const errors: Record<string, string> = {};
  const reported: ReportedValue[] = [];
  for (const metricId of metricIds) {
    const raw = inputValue(values, metricId, METRIC_IDS.checkinInput);
    if (raw === undefined) continue;
    const value = parseNumber(raw);
    if (value === undefined) errors[metricId] = notANumber;
    else reported.push({ metricId, value });
  }
  return parsed(reported, errors);
}
