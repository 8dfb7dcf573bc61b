import type { WebClient } from '@slack/web-api';
import type { Strategy } from '../domain/strategy.js';
import { departedUsers, ownerLeft } from '../services/departures.js';
import { homeContent, leadHealth, ledStrategies, strategiesWorkedIn } from '../services/home.js';
import { homeView } from '../views/home.js';
import { LEAD_PAGE_SIZE } from '../views/lead-home.js';
import type { SlackDeps } from './deps.js';

/**
 * Renders and publishes one user's App Home: on opening it, and whenever something of theirs
 * changes. `page` turns the list of strategies they lead; without it the home stays on the page
 * they last turned to.
 */
export async function publishHome(
  deps: SlackDeps,
  client: WebClient,
  teamId: string,
  userId: string,
  options: { page?: number } = {},
): Promise<void> {
  const [content, actor] = await Promise.all([
    homeContent(deps, teamId, userId),
    deps.users.actor(client, teamId, userId),
  ]);
  const led = await ledStrategies(deps, teamId, userId, actor.isWorkspaceAdmin);
  // A strategy of a private channel is shown only to the channel's members: its name, its phases
  // and its metrics alike.
  const visible = <T extends { strategy: Strategy }>(items: readonly T[]) =>
    deps.channels.visibleOnly(client, teamId, userId, items, (item) => item.strategy.channelId);
  const strategiesOnly = (list: Strategy[]) =>
    visible(list.map((strategy) => ({ strategy }))).then((s) => s.map((x) => x.strategy));
  const [strategies, phases, metrics, actions, channels, leading] = await Promise.all([
    strategiesOnly(content.strategies),
    visible(content.phases),
    visible(content.metrics),
    visible(content.actions),
    visible(content.channels),
    strategiesOnly(led),
  ]);
  const pages = Math.max(1, Math.ceil(leading.length / LEAD_PAGE_SIZE));
  const page = Math.min(
    Math.max(0, Math.trunc(options.page ?? deps.homePages.of(teamId, userId))),
    pages - 1,
  );
  deps.homePages.remember(teamId, userId, page);
  const onPage = leading.slice(page * LEAD_PAGE_SIZE, (page + 1) * LEAD_PAGE_SIZE);
  const lead = { health: await leadHealth(deps, onPage), page, pages, all: actor.isWorkspaceAdmin };
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
      lead,
    }),
  });
}

/**
 * Publishes the App Home of each of these people again (a change concerns them: their own items,
 * or a strategy they lead). One that fails is logged; the others still go out.
 */
export async function publishHomes(
  deps: SlackDeps,
  client: WebClient,
  teamId: string,
  userIds: Iterable<string>,
): Promise<void> {
  const results = await Promise.allSettled(
    [...new Set(userIds)].map((u) => publishHome(deps, client, teamId, u)),
  );
  for (const r of results)
    if (r.status === 'rejected') deps.logger.warn({ err: r.reason, teamId }, 'could not rebuild an App Home');
}
