import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { formatDateIn } from '../../../domain/dates.js';
import { messages } from '../../../i18n/index.js';
import { openAssessment } from '../../../services/assessments.js';
import { strategyNamed } from '../../../services/strategies.js';
import { overviewView, readReviseValue, reviseWindow } from '../../analysis.js';
import { stepView } from '../../assessment-state.js';
import type { SlackDeps } from '../../deps.js';
import { workspaceOf } from '../../workspace.js';

type ActionArgs = SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs;

/** The value of the button clicked, or of the option picked in a select. */
function clickedValue(action: BlockAction['actions'][number]): string | undefined {
  if ('value' in action && typeof action.value === 'string') return action.value;
  if ('selected_option' in action && action.selected_option) return action.selected_option.value;
  return undefined;
}

/**
 * The strategy a button names, for someone who may see it: a strategy of a private channel only
 * for the channel's members (the digest's and the summary's buttons can be forwarded).
 */
async function namedStrategy(deps: SlackDeps, { body, client }: ActionArgs, strategyId: string | undefined) {
  const teamId = workspaceOf(body);
  const strategy = await strategyNamed(deps, teamId, strategyId);
  if (!strategy || !(await deps.channels.visibleTo(client, teamId, strategy.channelId, body.user.id)))
    return undefined;
  const [language, actor] = await Promise.all([
    deps.languages.of(client, teamId, body.user.id, { strategy }),
    deps.users.actor(client, teamId, body.user.id),
  ]);
  return { strategy, language, actor };
}

/** "Open the analysis" (digest, status, readiness summary): the overview, in a window. */
export function makeOpenAnalysis(deps: SlackDeps) {
  return async (args: ActionArgs) => {
    await args.ack();
    const named = await namedStrategy(deps, args, clickedValue(args.action));
    if (!named) return;
    await args.client.views.open({
      trigger_id: args.body.trigger_id,
      view: await overviewView(deps, named.strategy, named.actor, named.language),
    });
  };
}

/**
 * "Revise" beside one answer (or the judgements), or the pick of one in a select: that answer
 * alone in a small window. From the overview it goes on top of it (and the overview is refreshed
 * after the save); from a message it opens on its own. Someone who may not edit gets the
 * overview, which says who can.
 */
export function makeReviseAnswer(deps: SlackDeps) {
  return async (args: ActionArgs) => {
    await args.ack();
    const ref = readReviseValue(clickedValue(args.action));
    if (!ref) return;
    const named = await namedStrategy(deps, args, ref.strategyId);
    if (!named) return;
    const { strategy, actor, language } = named;
    const parent = args.body.view?.type === 'modal' ? args.body.view.id : undefined;
    const view =
      (await reviseWindow(deps, strategy, actor, language, ref.target, parent)) ??
      (await overviewView(deps, strategy, actor, language));
    const trigger_id = args.body.trigger_id;
    if (parent) await args.client.views.push({ trigger_id, view });
    else await args.client.views.open({ trigger_id, view });
  };
}

/** The overview's "Go through every step": the overview turns into the analysis' first step. */
export function makeEditAll(deps: SlackDeps) {
  return async (args: ActionArgs) => {
    await args.ack();
    const viewId = args.body.view?.id;
    const named = await namedStrategy(deps, args, clickedValue(args.action));
    if (!named || !viewId) return;
    const { strategy, actor, language } = named;
    const result = await openAssessment(deps, { strategy, actor });
    if (!result.canEdit) return;
    const m = messages(language);
    const current = result.current;
    const notice =
      result.source === 'draft'
        ? m.assessment.fromDraft
        : current &&
          m.assessment.fromRevision(
            current.revision,
            current.updatedBy,
            formatDateIn(language, current.updatedAt, strategy.timeZone),
          );
    const meta = { strategyId: strategy.id, channelId: strategy.channelId, step: 0 };
    await args.client.views.update({
      view_id: viewId,
      view: stepView(language, meta, {
        step: 0,
        answers: result.answers,
        judgements: result.judgements,
        ...(notice ? { notice } : {}),
      }),
    });
  };
}
