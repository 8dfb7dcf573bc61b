import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { ownerLeft, userDeactivated } from '../../../services/departures.js';
import { listWorkspaceStrategies } from '../../../services/strategies.js';
import type { SlackDeps } from '../../deps.js';
import { publishHomes } from '../../home.js';
import { workspaceOf } from '../../workspace.js';

/**
 * Slack sends user_change for every profile edit; only a change of `deleted` matters here. A
 * deactivated owner's items are flagged "owner left", and the App Homes of the strategies' admins
 * show them at once; a reactivated one's flags go.
 */
export function makeUserChange(deps: SlackDeps) {
  return async ({ event, body, client }: SlackEventMiddlewareArgs<'user_change'> & AllMiddlewareArgs) => {
    const teamId = workspaceOf(body);
    const userId = event.user?.id;
    if (typeof userId !== 'string' || !userId) return;
    deps.users.forget(teamId, userId);
    const changed = await userDeactivated(deps, teamId, userId, Boolean(event.user.deleted));
    if (!changed) return;
    deps.logger.info(
      { teamId, deactivated: Boolean(event.user.deleted) },
      'a user was deactivated or came back',
    );
    const admins = new Set<string>();
    for (const strategy of await listWorkspaceStrategies(deps, teamId)) {
      // A return clears flags as a departure sets them: either way, where the person owns something.
      const owned = await ownerLeft(deps, strategy, new Set([userId]));
      if (owned.length > 0) for (const a of strategy.admins) admins.add(a);
    }
    admins.delete(userId);
    await publishHomes(deps, client, teamId, admins);
  };
}
