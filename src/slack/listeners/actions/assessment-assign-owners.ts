import { strategyPhases } from '../../../services/phases.js';
import { strategyOfChannel } from '../../../services/strategies.js';
import { assignOwnersHint } from '../../../views/assessment.js';
import { phaseStatusBlocks } from '../../../views/phases.js';
import type { Subcommand } from '../../command-request.js';

/**
 * The summary's "assign phase owners" button: how to assign, in the clicker's language, and the
 * eight phases with their buttons, each opening the phase (owner, due date…) in a window.
 */
export const assignOwners: Subcommand = async (deps, req) => {
  const hint = assignOwnersHint(req.language);
  const strategy = await strategyOfChannel(deps, req.teamId, req.channelId);
  const board = strategy && (await strategyPhases(deps, strategy));
  await req.respond({
    response_type: 'ephemeral',
    replace_original: false,
    text: hint.text,
    blocks: [
      ...hint.blocks,
      ...(strategy && board ? phaseStatusBlocks(req.language, strategy, board.phases, board.today) : []),
    ],
  });
};
