import { canManageStrategy } from '../../../domain/permissions.js';
import { messages } from '../../../i18n/index.js';
import { setArchived } from '../../../services/lifecycle.js';
import { escapeMrkdwn } from '../../../views/escape.js';
import { deleteModal } from '../../../views/settings.js';
import { postForActor } from '../../after-ack.js';
import { ephemeral, withStrategy } from '../../command-request.js';
import { publishHomes } from '../../home.js';
import { mentionList } from './admin.js';

function makeArchiveCommand(archived: boolean) {
  return withStrategy(
    async (deps, req, strategy) => {
      const m = messages(req.language);
      const actor = await deps.users.actor(req.client, req.teamId, req.userId);
      const result = await setArchived(deps, strategy, actor, archived);
      switch (result.kind) {
        case 'gone':
          return ephemeral(req, m.lifecycle.gone);
        case 'forbidden':
        case 'archived':
          return ephemeral(req, m.lifecycle.forbidden(mentionList(strategy.admins)));
        case 'unchanged':
          return ephemeral(req, archived ? m.lifecycle.alreadyArchived : m.lifecycle.notArchived);
        case 'done': {
          const cm = messages(strategy.language).lifecycle;
          const name = escapeMrkdwn(strategy.name);
          const text = archived ? cm.archived(req.userId, name) : cm.unarchived(req.userId, name);
          const target = { channelId: strategy.channelId, saved: m.lifecycle.notAnnounced(name) };
          await postForActor(deps.logger, req, target, () =>
            req.respond({ response_type: 'in_channel', text }),
          );
          // The state shows in the overview of each admin's App Home.
          await publishHomes(deps, req.client, req.teamId, [req.userId, ...strategy.admins]);
        }
      }
    },
    // Archiving an archived strategy says so; bringing one back is what an archived one allows.
    { reads: () => true },
  );
}

export const archive = makeArchiveCommand(true);
export const unarchive = makeArchiveCommand(false);

/** `delete`: the confirmation window, where the strategy's name must be typed. */
export const deleteCommand = withStrategy(
  async (deps, req, strategy) => {
    const actor = await deps.users.actor(req.client, req.teamId, req.userId);
    if (!canManageStrategy(strategy, actor))
      return ephemeral(req, messages(req.language).lifecycle.forbidden(mentionList(strategy.admins)));
    await req.client.views.open({ trigger_id: req.triggerId, view: deleteModal(req.language, strategy) });
  },
  { reads: () => true },
);
