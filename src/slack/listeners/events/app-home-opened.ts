import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { ownedMetrics } from '../../../services/metrics.js';
import { listStrategies } from '../../../storage/strategies.js';
import { homeView } from '../../../views/home.js';
import type { SlackDeps } from '../../deps.js';

export function makeAppHomeOpened(deps: SlackDeps) {
  return async ({ event, body, client }: SlackEventMiddlewareArgs<'app_home_opened'> & AllMiddlewareArgs) => {
    if (event.tab !== 'home') return;
    const teamId = body.team_id;
    const language = await deps.users.language(client, teamId, event.user);
    const strategies = await listStrategies(deps.db, { teamId });
    const metrics = await ownedMetrics(deps, { teamId }, event.user);
    await client.views.publish({ user_id: event.user, view: homeView(language, strategies, metrics) });
  };
}
