import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { workspaceUninstalled } from '../../../services/workspaces.js';
import type { SlackDeps } from '../../deps.js';
import { workspaceOf } from '../../workspace.js';

export function makeAppUninstalled(deps: SlackDeps) {
  return async ({ body }: SlackEventMiddlewareArgs<'app_uninstalled'> & AllMiddlewareArgs) => {
    const teamId = workspaceOf(body);
    await deps.forgetWorkspace(teamId);
    await workspaceUninstalled(deps, teamId, 'app_uninstalled');
    deps.logger.info({ teamId, event: 'app_uninstalled' }, 'app uninstalled: tokens deleted');
  };
}

export function makeTokensRevoked(deps: SlackDeps) {
  return async ({ event, body }: SlackEventMiddlewareArgs<'tokens_revoked'> & AllMiddlewareArgs) => {
    // Only a revoked bot token ends the installation; revoked user tokens are not ours to keep.
    if ((event.tokens.bot ?? []).length === 0) return;
    const teamId = workspaceOf(body);
    await deps.forgetWorkspace(teamId);
    await workspaceUninstalled(deps, teamId, 'tokens_revoked');
    deps.logger.info({ teamId, event: 'tokens_revoked' }, 'bot token revoked: tokens deleted');
  };
}
