import { messages } from '../../../i18n/index.js';
import { findStrategyByChannel } from '../../../storage/strategies.js';
import { renderStatus } from '../../status.js';
import type { Subcommand } from './types.js';

export const status: Subcommand = async (deps, req) => {
  const strategy = await findStrategyByChannel(deps.db, { teamId: req.teamId }, req.channelId);
  if (!strategy) {
    await req.respond({ response_type: 'ephemeral', text: messages(req.language).errors.noStrategy });
    return;
  }
  await req.respond({ response_type: 'ephemeral', ...(await renderStatus(deps, strategy, req.language)) });
};
