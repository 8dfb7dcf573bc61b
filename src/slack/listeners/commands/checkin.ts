import { messages } from '../../../i18n/index.js';
import { findStrategyByChannel } from '../../../storage/strategies.js';
import { openCheckinModal } from './metric.js';
import type { Subcommand } from './types.js';

export const checkin: Subcommand = async (deps, req) => {
  const strategy = await findStrategyByChannel(deps.db, { teamId: req.teamId }, req.channelId);
  if (!strategy) {
    await req.respond({ response_type: 'ephemeral', text: messages(req.language).errors.noStrategy });
    return;
  }
  await openCheckinModal(deps, req, strategy);
};
