import { canManageStrategy } from '../../../domain/permissions.js';
import { messages } from '../../../i18n/index.js';
import { scheduleSettings } from '../../../services/schedules.js';
import { findStrategyByChannel } from '../../../storage/strategies.js';
import { scheduleModal } from '../../../views/schedule-modal.js';
import type { Subcommand } from './types.js';

export const schedule: Subcommand = async (deps, req) => {
  const m = messages(req.language);
  const strategy = await findStrategyByChannel(deps.db, { teamId: req.teamId }, req.channelId);
  if (!strategy) {
    await req.respond({ response_type: 'ephemeral', text: m.errors.noStrategy });
    return;
  }
  if (!canManageStrategy(strategy, await deps.users.actor(req.client, req.teamId, req.userId))) {
    await req.respond({ response_type: 'ephemeral', text: m.schedule.forbidden });
    return;
  }
  const settings = await scheduleSettings(deps, strategy);
  await req.client.views.open({
    trigger_id: req.triggerId,
    view: scheduleModal(req.language, settings, { strategyId: strategy.id, channelId: strategy.channelId }),
  });
};
