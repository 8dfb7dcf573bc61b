import type { WebClient } from '@slack/web-api';
import type { Strategy } from '../domain/strategy.js';
import { departedUsers, ownerLeft } from '../services/departures.js';
import { homeContent, strategiesWorkedIn } from '../services/home.js';
import { homeView } from '../views/home.js';
import type { SlackDeps } from './deps.js';

/** Renders and publishes one user's App Home: on opening it, and whenever something of theirs changes. */
export async function publishHome(
  deps: SlackDeps,
  client: WebClient,
  teamId: string,
  userId: string,
): Promise<void> {
  const content = await homeContent(deps, teamId, userId);
  // A strategy of a private channel is shown only to the channel's members: its name, its phases
  // and its metrics alike.
  const visible = <T extends { strategy: Strategy }>(items: readonly T[]) =>
    deps.channels.visibleOnly(client, teamId, userId, items, (item) => item.strategy.channelId);
  const [strategies, phases, metrics, actions, channels] = await Promise.all([
    visible(content.strategies.map((strategy) => ({ strategy }))).then((s) => s.map((x) => x.strategy)),
    visible(content.phases),
    visible(content.metrics),
    visible(content.actions),
    visible(content.channels),
  ]);
  const shown = { strategies, phases, metrics, actions, channels };
  // Those who run a strategy see what in it lost its owner: its admins, and workspace admins as
  // far as Slack has already told (no lookup just for this).
  const runs = (s: Strategy) =>
    s.admins.includes(userId) || deps.users.cached(teamId, userId)?.isWorkspaceAdmin;
  const departed = await departedUsers(deps, teamId);
  const ownerLeftParts =
    departed.size === 0
      ? []
      : await Promise.all(
          strategies
            .filter(runs)
            .map(async (strategy) => ({ strategy, items: await ownerLeft(deps, strategy, departed) })),
        );
  const { language, chosen } = await deps.languages.home(client, teamId, userId, {
    workedIn: strategiesWorkedIn(userId, shown).map((s) => s.language),
    listed: strategies.map((s) => s.language),
  });
  await client.views.publish({
    user_id: userId,
    view: homeView(language, strategies, {
      phases,
      metrics,
      actions,
      channels,
      languageChoice: chosen ?? 'auto',
      ownerLeft: ownerLeftParts,
    }),
  });
}
