import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewClosedAction } from '@slack/bolt';
import { saveDraft } from '../../../services/assessments.js';
import { readAssessmentMetadata, stepEdit } from '../../assessment-state.js';
import type { SlackDeps } from '../../deps.js';
import { workspaceOf } from '../../workspace.js';

type ClosedArgs = SlackViewMiddlewareArgs<ViewClosedAction> & AllMiddlewareArgs;

/** Closing the modal half-way keeps what was typed as the user's draft, for the next `assess`. */
export function makeAssessmentClosed(deps: SlackDeps) {
  return async ({ ack, body, view, client }: ClosedArgs) => {
    // The draft is written before the ack, so it is there for whatever the user does next.
    const meta = readAssessmentMetadata(view.private_metadata);
    if (meta) {
      const sent = { teamId: workspaceOf(body), userId: body.user.id, values: view.state.values, meta };
      await saveDraft(deps, await stepEdit(deps, client, sent));
    }
    await ack();
  };
}
