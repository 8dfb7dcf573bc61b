import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { todayIn } from '../../../services/phases.js';
import { listPhases } from '../../../storage/phases.js';
import { findStrategyByChannel } from '../../../storage/strategies.js';
import { assignOwnersHint } from '../../../views/assessment.js';
import { phaseStatusBlocks } from '../../../views/phases.js';
import type { SlackDeps } from '../../deps.js';
import { commandRequestOf } from './command-request.js';

/**
 * The summary's "assign phase owners" button: how to assign, in the clicker's language, and the
 * eight phases with their buttons, each opening the phase (owner, due date…) in a window.
 */
export function makeAssessmentAssignOwners(deps: SlackDeps) {
  return async (args: SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs) => {
    await args.ack();
    const req = await commandRequestOf(deps, args);
    if (!req) return;
    const hint = assignOwnersHint(req.language);
    const strategy = await findStrategyByChannel(deps.db, { teamId: req.teamId }, req.channelId);
    const phases = strategy ? await listPhases(deps.db, { teamId: req.teamId }, strategy.id) : [];
    await req.respond({
      response_type: 'ephemeral',
      replace_original: false,
      text: hint.text,
      blocks: [
        ...hint.blocks,
        ...(strategy ? phaseStatusBlocks(req.language, strategy, phases, todayIn(deps, strategy)) : []),
      ],
    });
  };
}
