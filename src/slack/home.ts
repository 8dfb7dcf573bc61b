import type { WebClient } from '@slack/web-api';
import { homeContent } from '../services/home.js';
import { homeView } from '../views/home.js';
import type { SlackDeps } from './deps.js';

/** Renders and publishes one user's App Home: on opening it, and whenever something of theirs changes. */
export async function publishHome(
  deps: SlackDeps,
  client: WebClient,
  teamId: string,
  userId: string,
): Promise<void> {
  const [language, { strategies, ...parts }] = await Promise.all([
    deps.users.language(client, teamId, userId),
    homeContent(deps, teamId, userId),
  ]);
  await client.views.publish({ user_id: userId, view: homeView(language, strategies, parts) });
}
