import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { workspaceUninstalled } from '../../../services/workspaces.js';
import type { SlackDeps } from '../../deps.js';

export function makeAppUninstalled(deps: SlackDeps) {
  return async ({ body }: SlackEventMiddlewareArgs<'app_uninstalled'> & AllMiddlewareArgs) => {
    await deps.forgetWorkspace(body.team_id);
    await workspaceUninstalled(deps, body.team_id, 'app_uninstalled');
    deps.logger.info({ teamId: body.team_id, event: 'app_uninstalled' }, 'app uninstalled: tokens deleted');
  };
}

export function makeTokensRevoked(deps: SlackDeps) {
  return async ({ event, body }: SlackEventMiddlewareArgs<'tokens_revoked'> & AllMiddlewareArgs) => {
    // Only a revoked bot token ends the installation; revoked user tokens are not ours to keep.
    if ((event.tokens.bot ?? []).length === 0) return;
    await deps.forgetWorkspace(body.team_id);
    await workspaceUninstalled(deps, body.team_id, 'tokens_revoked');
    deps.logger.info({ teamId: body.team_id, event: 'tokens_revoked' }, 'bot token revoked: tokens deleted');
  };
}
