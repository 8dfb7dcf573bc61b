import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { parseNumber } from '../../../domain/numbers.js';
import { messages } from '../../../i18n/index.js';
import { type ReportedValue, reportCheckins } from '../../../services/metrics.js';
import { findStrategyById } from '../../../storage/strategies.js';
import type { CheckinModalMetadata } from '../../../views/checkin-modal.js';
import type { SlackDeps } from '../../deps.js';
import { METRIC_IDS } from '../../ids.js';
import { inputValue, readMetadata } from '../../view-state.js';

type Args = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

/** Anyone may report; each unreadable number is refused on its own block, nothing saved. */
export function makeCheckinSubmitted(deps: SlackDeps) {
  return async ({ ack, body, view, client }: Args) => {
    const teamId = body.team?.id ?? body.user.team_id!;
    const userId = body.user.id;
    const meta = readMetadata<CheckinModalMetadata>(view.private_metadata);
    const language = await deps.users.language(client, teamId, userId);
    const m = messages(language).metrics;
    const strategy = meta.strategyId
      ? await findStrategyById(deps.db, { teamId }, meta.strategyId)
      : undefined;
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
