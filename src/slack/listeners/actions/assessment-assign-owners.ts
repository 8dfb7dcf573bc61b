import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { assignOwnersHint } from '../../../views/assessment.js';
import type { SlackDeps } from '../../deps.js';

/** The summary's "assign phase owners" button: tells the clicker how, in their language. */
export function makeAssessmentAssignOwners(deps: SlackDeps) {
  return async ({
    ack,
    body,
    client,
    respond,
  }: SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs) => {
    await ack();
    const teamId = body.team?.id ?? body.user.team_id ?? '';
    const language = await deps.users.language(client, teamId, body.user.id);
    await respond({ response_type: 'ephemeral', replace_original: false, ...assignOwnersHint(language) });
  };
}
