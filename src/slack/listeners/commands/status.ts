import { messages } from '../../../i18n/index.js';
import { strategyMetrics } from '../../../services/metrics.js';
import { findStrategyByChannel } from '../../../storage/strategies.js';
import { statusMessage } from '../../../views/status.js';
import type { Subcommand } from './types.js';

export const status: Subcommand = async (deps, req) => {
  const strategy = await findStrategyByChannel(deps.db, { teamId: req.teamId }, req.channelId);
  if (!strategy) {
    await req.respond({ response_type: 'ephemeral', text: messages(req.language).errors.noStrategy });
    return;
  }
  const metrics = await strategyMetrics(deps, strategy);
  await req.respond({ response_type: 'ephemeral', ...statusMessage(strategy, req.language, metrics) });
};
