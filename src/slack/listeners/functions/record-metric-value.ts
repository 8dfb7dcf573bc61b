import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { CHECKIN_COMMENT_MAX } from '../../../domain/metric.js';
import { parseNumber } from '../../../domain/numbers.js';
import { messages } from '../../../i18n/index.js';
import { currentPeriod, metricNamed, recordCheckin } from '../../../services/metrics.js';
import { strategyOfChannel } from '../../../services/strategies.js';
import { WORKFLOW_IDS } from '../../../views/ids.js';
import type { SlackDeps } from '../../deps.js';
import { workspaceOf } from '../../workspace.js';

const text = (value: unknown): string =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';

/**
 * The Workflow Builder step "Record a metric value": the value goes through the same check-in
 * service as the window's (the current period in the strategy's time zone, a later value
 * replacing an earlier one, the audit trail), marked as coming from a workflow. The step
 * completes with the period stored, or fails with what to fix, in the strategy's language
 * (English when no strategy is found): Slack shows that message to the workflow's people.
 */
export function makeRecordMetricValue(deps: SlackDeps) {
  return async ({
    inputs,
    body,
    complete,
    fail,
    context,
  }: SlackEventMiddlewareArgs<'function_executed'> & AllMiddlewareArgs) => {
    const teamId = workspaceOf(body);
    const I = WORKFLOW_IDS.inputs;
    const channelId = text(inputs[I.channel]);
    const strategy = channelId ? await strategyOfChannel(deps, teamId, channelId) : undefined;
    if (!strategy) {
      await fail({ error: messages('en').workflow.noStrategy });
      return;
    }
    const w = messages(strategy.language).workflow;
    const name = text(inputs[I.metric]).trim();
    const found = await metricNamed(deps, strategy, name);
    if (found.kind === 'missing') {
      await fail({ error: w.noMetric(name.slice(0, 200), found.suggestion) });
      return;
    }
    const raw = inputs[I.value];
    const value = typeof raw === 'number' && Number.isFinite(raw) ? raw : parseNumber(text(raw));
    if (value === undefined) {
      await fail({ error: w.notANumber(text(raw).slice(0, 100)) });
      return;
    }
    const at = deps.clock.now();
    const metric = found.metric;
    const comment = text(inputs[I.comment]).slice(0, CHECKIN_COMMENT_MAX);
    const saving = recordCheckin(deps, {
      strategy,
      // A workflow names no person; the value is the app's, as the step reported it.
      reportedBy: context.botUserId ?? 'workflow',
      at,
      values: [{ metricId: metric.id, value, comment }],
      source: { kind: 'workflow' },
    });
    // Slack waits for the step to finish either way: a failed save is reported, not left hanging.
    const result = await saving.catch(async (error: unknown) => {
      await fail({ error: w.failed });
      throw error;
    });
    const stored = result.kind === 'saved' ? result.saved[0]?.period : undefined;
    await complete({
      outputs: { [WORKFLOW_IDS.outputs.period]: stored ?? currentPeriod(strategy, metric, at) },
    });
  };
}
