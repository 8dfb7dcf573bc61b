import { messages } from '../../../i18n/index.js';
import { setPaused } from '../../../services/schedules.js';
import { postForActor } from '../../after-ack.js';
import { ephemeral, withStrategy } from '../../command-request.js';

function makePauseCommand(paused: boolean) {
  return withStrategy(async (deps, req, strategy) => {
    const m = messages(req.language);
    const actor = await deps.users.actor(req.client, req.teamId, req.userId);
    const result = await setPaused(deps, strategy, actor, paused);
    switch (result.kind) {
      case 'forbidden':
        return ephemeral(req, m.schedule.forbidden);
      case 'unchanged':
        return ephemeral(req, paused ? m.schedule.alreadyPaused : m.schedule.alreadyRunning);
      case 'done': {
        // The whole channel should know its reminders stopped or restarted.
        const cm = messages(strategy.language).schedule;
        const text = paused ? cm.paused(req.userId) : cm.resumed(req.userId);
        const target = { channelId: strategy.channelId, saved: m.posting.pauseNotAnnounced(paused) };
        await postForActor(deps.logger, req, target, () =>
          req.respond({ response_type: 'in_channel', text }),
        );
      }
    }
  });
}

export const pause = makePauseCommand(true);
export const resume = makePauseCommand(false);
