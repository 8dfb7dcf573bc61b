import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { SlackDeps } from '../../deps.js';

export function makeAppUninstalled(deps: SlackDeps) {
  return async ({ body }: SlackEventMiddlewareArgs<'app_uninstalled'> & AllMiddlewareArgs) => {
    deps.logger.info({ teamId: body.team_id, event: 'app_uninstalled' }, 'app uninstalled from workspace');
  };
}

export function makeTokensRevoked(deps: SlackDeps) {
  return async ({ body }: SlackEventMiddlewareArgs<'tokens_revoked'> & AllMiddlewareArgs) => {
    deps.logger.info({ teamId: body.team_id, event: 'tokens_revoked' }, 'tokens revoked');
  };
}
