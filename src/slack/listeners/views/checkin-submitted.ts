import { CHECKIN_COMMENT_MAX, isConfidence } from '../../../domain/metric.js';
import { parseNumber } from '../../../domain/numbers.js';
import { POST_COUNT_MAX } from '../../../domain/phase-content.js';
import type { Language } from '../../../domain/strategy.js';
import { messages } from '../../../i18n/index.js';
import { type CheckinValue, recordCheckin } from '../../../services/metrics.js';
import { type ActivityReport, confirmChannelActivity } from '../../../services/phase-content.js';
import type { CheckinModalMetadata } from '../../../views/checkin-modal.js';
import { CONTENT_IDS, METRIC_IDS } from '../../../views/ids.js';
import type { SlackDeps } from '../../deps.js';
import { publishHomes } from '../../home.js';
import { checkinView } from '../../metrics.js';
import { inputValue, type ViewValues } from '../../view-state.js';
import {
  close,
  confirmInChannel,
  onSubmission,
  type Parsed,
  parsed,
  refuse,
  replaceWith,
} from './submission.js';

/**
 * Anyone may report; each unreadable number is refused on its own block, nothing saved. A page
 * with more metrics after it is saved, then the next page takes its place; the last one closes.
 */
export const makeCheckinSubmitted = (deps: SlackDeps) =>
  onSubmission<CheckinModalMetadata>(deps, async (s) => {
    const { meta, strategy } = s;
    if (!strategy || !Array.isArray(meta.metricIds)) return close();
    const m = messages(s.language).metrics;
    const form = readCheckinForm(s.values, meta.metricIds, s.edited, s.language);
    const channelIds = Array.isArray(meta.channelIds)
      ? meta.channelIds.filter((c) => typeof c === 'string')
      : [];
    const activity = readActivityForm(s.values, channelIds, s.language);
    if (!form.ok || !activity.ok)
      return refuse({ ...(form.ok ? {} : form.errors), ...(activity.ok ? {} : activity.errors) });
    const at = typeof meta.at === 'number' ? new Date(meta.at) : deps.clock.now();
    // Saved before the modal closes: should the save fail, the values typed are still there.
    const report = await recordCheckin(deps, {
      strategy,
      reportedBy: s.userId,
      at,
      values: form.value,
      submission: s.submission,
    });
    if (report.kind === 'replayed') return close();
    // The form reads finite numbers and checks comments itself; the service's rules hold anyway.
    if (report.kind === 'invalid')
      return refuse(
        Object.fromEntries(
          report.problems.map((p) =>
            p.field === 'comment'
              ? [METRIC_IDS.checkinCommentBlock(p.metricId), m.problems.tooLong(CHECKIN_COMMENT_MAX)]
              : [p.metricId, m.problems.notANumber],
          ),
        ),
      );
    const confirmed = await confirmChannelActivity(deps, {
      strategy,
      reporterId: s.userId,
      at,
      reports: activity.value,
    });
    const saved = (typeof meta.saved === 'number' ? meta.saved : 0) + report.saved.length;
    const offset = (typeof meta.offset === 'number' ? meta.offset : 0) + meta.metricIds.length;
    const next = await checkinView(deps, strategy, s.language, s.userId, { at, offset, saved });
    if (next) return replaceWith(next);
    const told = [
      ...(saved > 0 ? [m.checkinSaved(saved)] : []),
      ...(confirmed > 0 ? [messages(s.language).content.checkin.confirmed(confirmed)] : []),
    ];
    return close(async () => {
      await confirmInChannel(deps, s, strategy, told.length > 0 ? told.join(' ') : m.checkinNothing);
      // The last check-in and the metrics' track show in the overview its admins see.
      if (saved > 0) await publishHomes(deps, s.client, s.teamId, strategy.admins);
    });
  });

/**
 * One value per metric whose value is filled in, with its comment and confidence; the value's
 * block id is the metric's id. A comment or confidence changed where no value is given is
 * refused rather than dropped (one left as the modal opened goes with the value it came with).
 */
function readCheckinForm(
  values: ViewValues,
  metricIds: string[],
  edited: ReadonlySet<string>,
  language: Language,
): Parsed<CheckinValue[]> {
  const m = messages(language);
  const errors: Record<string, string> = {};
  const reported: CheckinValue[] = [];
  for (const metricId of metricIds) {
    const commentBlock = METRIC_IDS.checkinCommentBlock(metricId);
    const confidenceBlock = METRIC_IDS.checkinConfidenceBlock(metricId);
    const raw = inputValue(values, metricId, METRIC_IDS.checkinInput);
    const comment = inputValue(values, commentBlock, METRIC_IDS.checkinComment);
    const chosen = inputValue(values, confidenceBlock, METRIC_IDS.checkinConfidence);
    if (comment !== undefined && comment.trim().length > CHECKIN_COMMENT_MAX)
      errors[commentBlock] = m.metrics.problems.tooLong(CHECKIN_COMMENT_MAX);
    if (raw === undefined) {
      const notedAlone =
        (comment !== undefined && edited.has(commentBlock)) ||
        (chosen !== undefined && edited.has(confidenceBlock));
      if (notedAlone) errors[metricId] = m.checkins.needsValue;
      continue;
    }
    const value = parseNumber(raw);
    if (value === undefined) errors[metricId] = m.metrics.problems.notANumber;
    else
      reported.push({
        metricId,
        value,
        comment: comment ?? null,
        confidence: isConfidence(chosen) ? chosen : null,
      });
  }
  return parsed(reported, errors);
}

/** Whether each of the reporter's accounts posted this period, and how many times (a whole number, if given). */
function readActivityForm(
  values: ViewValues,
  channelIds: string[],
  language: Language,
): Parsed<ActivityReport[]> {
  const c = messages(language).content.checkin;
  const errors: Record<string, string> = {};
  const reports: ActivityReport[] = [];
  for (const channelId of channelIds) {
    const posted = inputValue(values, CONTENT_IDS.postedBlock(channelId), CONTENT_IDS.postedAction);
    const countText = inputValue(values, CONTENT_IDS.countBlock(channelId), CONTENT_IDS.countAction)?.trim();
    const count = countText ? Number(countText) : null;
    if (count !== null && (!Number.isInteger(count) || count < 0 || count > POST_COUNT_MAX)) {
      errors[CONTENT_IDS.countBlock(channelId)] = c.countInvalid;
      continue;
    }
    if (posted !== 'yes' && posted !== 'no') {
      if (count !== null) errors[CONTENT_IDS.postedBlock(channelId)] = c.countWithoutAnswer;
      continue;
    }
    reports.push({ channelId, posted: posted === 'yes' || (count ?? 0) > 0, count });
  }
  return parsed(reports, errors);
}
