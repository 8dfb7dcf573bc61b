import type { WebClient } from '@slack/web-api';
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
  const { language, chosen } = await deps.languages.home(client, teamId, userId, {
    workedIn: strategiesWorkedIn(userId, content).map((s) => s.language),
    listed: content.strategies.map((s) => s.language),
  });
  const { strategies, ...parts } = content;
  await client.views.publish({
    user_id: userId,
    view: homeView(language, strategies, { ...parts, languageChoice: chosen ?? 'auto' }),
  });
}
