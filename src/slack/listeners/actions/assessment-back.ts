import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { saveDraft } from '../../../services/assessments.js';
import { readAssessmentMetadata, stepEdit, stepView } from '../../assessment-state.js';
import type { SlackDeps } from '../../deps.js';
import { workspaceOf } from '../../workspace.js';

/** Back in the readiness modal: what this step holds goes to the draft first, then the step before. */
export function makeAssessmentBack(deps: SlackDeps) {
  return async ({ ack, body, client }: SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs) => {
    await ack();
    const view = body.view;
    const meta = readAssessmentMetadata(view?.private_metadata);
    if (!view || !meta) return;
    const teamId = workspaceOf(body);
    const userId = body.user.id;
    const language = await deps.languages.of(client, teamId, userId, { strategyId: meta.strategyId });
    const edit = await stepEdit(deps, client, { teamId, userId, values: view.state.values, meta });
    const result = await saveDraft(deps, edit);
    if (result.kind !== 'saved') return;
    const step = Math.max(0, meta.step - 1);
    await client.views.update({
      view_id: view.id,
      view: stepView(language, meta, { step, answers: result.answers, judgements: result.judgements }),
    });
  };
}
