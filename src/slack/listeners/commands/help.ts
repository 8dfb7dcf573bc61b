import { findStrategyByChannel } from '../../../storage/strategies.js';
import { helpMessage } from '../../../views/help.js';
import type { Subcommand } from './types.js';

export const help: Subcommand = async (deps, req) => {
  const strategy = await findStrategyByChannel(deps.db, { teamId: req.teamId }, req.channelId);
  await req.respond({
    response_type: 'ephemeral',
    ...helpMessage(req.language, { hasStrategy: Boolean(strategy) }),
  });
};
