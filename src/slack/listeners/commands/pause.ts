import { messages } from '../../../i18n/index.js';
import { setPaused } from '../../../services/schedules.js';
import { findStrategyByChannel } from '../../../storage/strategies.js';
import type { Subcommand } from './types.js';

function makePauseCommand(paused: boolean): Subcommand {
  return async (deps, req) => {
    const m = messages(req.language);
    const strategy = await findStrategyByChannel(deps.db, { teamId: req.teamId }, req.channelId);
    if (!strategy) {
      await req.respond({ response_type: 'ephemeral', text: m.errors.noStrategy });
      return;
    }
    const actor = await deps.users.actor(req.client, req.teamId, req.userId);
    const result = await setPaused(deps, strategy, actor, paused);
    switch (result.kind) {
      case 'forbidden':
        await req.respond({ response_type: 'ephemeral', text: m.schedule.forbidden });
        return;
      case 'unchanged':
        await req.respond({
          response_type: 'ephemeral',
          text: paused ? m.schedule.alreadyPaused : m.schedule.alreadyRunning,
        });
        return;
      case 'done': {
        // The whole channel should know its reminders stopped or restarted.
        const cm = messages(strategy.language).schedule;
        await req.respond({
          response_type: 'in_channel',
          text: paused ? cm.paused(req.userId) : cm.resumed(req.userId),
        });
      }
    }
  };
}

export const pause = makePauseCommand(true);
export const resume = makePauseCommand(false);
