import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { ASSESSMENT_STEPS } from '../../../domain/readiness.js';
import { saveDraft } from '../../../services/assessments.js';
import { assessmentStepView } from '../../../views/assessment.js';
import { assessmentMetadata, readAssessmentMetadata, readStepAnswers } from '../../assessment-state.js';
import type { SlackDeps } from '../../deps.js';

/** Back in the readiness modal: what this step holds goes to the draft first, then the step before. */
export function makeAssessmentBack(deps: SlackDeps) {
  return async ({ ack, body, client }: SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs) => {
    await ack();
    const view = body.view;
    const meta = readAssessmentMetadata(view?.private_metadata);
    if (!view || !meta) return;
    const teamId = body.team?.id ?? body.user.team_id ?? '';
    const userId = body.user.id;
    const language = await deps.users.language(client, teamId, userId);
    const actor = await deps.users.actor(client, teamId, userId);
    const result = await saveDraft(deps, {
      teamId,
      strategyId: meta.strategyId,
      actor,
      answers: readStepAnswers(view.state.values, ASSESSMENT_STEPS[meta.step]!),
    });
    if (result.kind !== 'saved') return;
    const step = Math.max(0, meta.step - 1);
    await client.views.update({
      view_id: view.id,
      view: assessmentStepView(language, {
        step,
        answers: result.answers,
        privateMetadata: assessmentMetadata({ ...meta, step }),
      }),
    });
  };
}
