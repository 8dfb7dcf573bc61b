import { canManageStrategy } from '../../../domain/permissions.js';
import { canonicalTimeZone } from '../../../domain/time-zones.js';
import { messages } from '../../../i18n/index.js';
import { saveSettings } from '../../../services/lifecycle.js';
import { MAX_STRATEGY_NAME } from '../../../services/strategies.js';
import { escapeMrkdwn } from '../../../views/escape.js';
import { settingsModal } from '../../../views/settings.js';
import { postForActor } from '../../after-ack.js';
import { ephemeral, withStrategy } from '../../command-request.js';
import { mentionList } from './admin.js';

/** `settings` (and the status message's button): the settings window, for those who may change them. */
export const settings = withStrategy(async (deps, req, strategy) => {
  const actor = await deps.users.actor(req.client, req.teamId, req.userId);
  if (!canManageStrategy(strategy, actor))
    return ephemeral(req, messages(req.language).lifecycle.forbidden(mentionList(strategy.admins)));
  const person = await deps.users.get(req.client, req.teamId, req.userId);
  const personZone = person.timeZone ? canonicalTimeZone(person.timeZone) : undefined;
  await req.client.views.open({
    trigger_id: req.triggerId,
    view: settingsModal(req.language, strategy, personZone),
  });
});

/** `rename <name>`: the name alone, announced to the channel. */
export const rename = withStrategy(async (deps, req, strategy) => {
  const m = messages(req.language);
  const name = req.rest.trim();
  if (!name) return ephemeral(req, m.settings.renameUsage);
  if (name.length > MAX_STRATEGY_NAME) return ephemeral(req, m.settings.renameTooLong(MAX_STRATEGY_NAME));
  const actor = await deps.users.actor(req.client, req.teamId, req.userId);
  const result = await saveSettings(deps, strategy, actor, { name });
  switch (result.kind) {
    case 'gone':
      return ephemeral(req, m.lifecycle.gone);
    case 'forbidden':
      return ephemeral(req, m.lifecycle.forbidden(mentionList(strategy.admins)));
    case 'archived':
      return ephemeral(req, m.lifecycle.archivedRefusal(escapeMrkdwn(strategy.name)));
    case 'invalid_name':
      return ephemeral(req, m.settings.renameUsage);
    case 'unchanged':
      return ephemeral(req, m.settings.renameUnchanged(escapeMrkdwn(strategy.name)));
    case 'saved': {
      const text = messages(strategy.language).settings.renamed(
        req.userId,
        escapeMrkdwn(result.before.name),
        escapeMrkdwn(result.strategy.name),
      );
      const saved = m.lifecycle.notAnnounced(escapeMrkdwn(result.strategy.name));
      await postForActor(deps.logger, req, { channelId: strategy.channelId, saved }, () =>
        req.respond({ response_type: 'in_channel', text }),
      );
    }
  }
});
