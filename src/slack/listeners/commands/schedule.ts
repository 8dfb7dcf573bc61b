import { canManageStrategy } from '../../../domain/permissions.js';
import { canonicalTimeZone } from '../../../domain/time-zones.js';
import { messages } from '../../../i18n/index.js';
import { scheduleSettings } from '../../../services/schedules.js';
import { scheduleModal } from '../../../views/schedule-modal.js';
import { ephemeral, withStrategy } from '../../command-request.js';

export const schedule = withStrategy(async (deps, req, strategy) => {
  if (!canManageStrategy(strategy, await deps.users.actor(req.client, req.teamId, req.userId)))
    return ephemeral(req, messages(req.language).schedule.forbidden);
  const [settings, person] = await Promise.all([
    scheduleSettings(deps, strategy),
    deps.users.get(req.client, req.teamId, req.userId),
  ]);
  const metadata = { strategyId: strategy.id, channelId: strategy.channelId };
  const personZone = person.timeZone ? canonicalTimeZone(person.timeZone) : undefined;
  await req.client.views.open({
    trigger_id: req.triggerId,
    view: scheduleModal(req.language, settings, metadata, personZone),
  });
});
