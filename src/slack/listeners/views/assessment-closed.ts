import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewClosedAction } from '@slack/bolt';
import { ASSESSMENT_STEPS } from '../../../domain/readiness.js';
import { saveDraft } from '../../../services/assessments.js';
import { readAssessmentMetadata, readStepAnswers } from '../../assessment-state.js';
import type { SlackDeps } from '../../deps.js';

/** Closing the modal half-way keeps what was typed as the user's draft, for the next `assess`. */
export function makeAssessmentClosed(deps: SlackDeps) {
  return async ({
    ack,
    body,
    view,
    client,
  }: SlackViewMiddlewareArgs<ViewClosedAction> & AllMiddlewareArgs) => {
    // The draft is written before the ack, so it is there for whatever the user does next.
    const meta = readAssessmentMetadata(view.private_metadata);
    if (meta) {
      const teamId = body.team?.id ?? body.user.team_id ?? '';
      await saveDraft(deps, {
        teamId,
        strategyId: meta.strategyId,
        actor: await deps.users.actor(client, teamId, body.user.id),
        answers: readStepAnswers(view.state.values, ASSESSMENT_STEPS[meta.step]!),
      });
    }
    await ack();
  };
}
