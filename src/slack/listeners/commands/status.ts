import { messages } from '../../../i18n/index.js';
import { todayIn } from '../../../services/phases.js';
import { listPhases } from '../../../storage/phases.js';
import { findStrategyByChannel } from '../../../storage/strategies.js';
import { statusMessage } from '../../../views/status.js';
import type { Subcommand } from './types.js';

export const status: Subcommand = async (deps, req) => {
  const strategy = await findStrategyByChannel(deps.db, { teamId: req.teamId }, req.channelId);
  if (!strategy) {
    await req.respond({ response_type: 'ephemeral', text: messages(req.language).errors.noStrategy });
    return;
  }
  const phases = await listPhases(deps.db, { teamId: req.teamId }, strategy.id);
  await req.respond({
    response_type: 'ephemeral',
    ...statusMessage(strategy, req.language, { phases: { phases, today: todayIn(deps, strategy) } }),
  });
};
