import type { App } from '@slack/bolt';
import type { SlackDeps } from '../../deps.js';
import { makeAppHomeOpened } from './app-home-opened.js';
import { makeDirectMessage } from './direct-message.js';
import { makeAppUninstalled, makeTokensRevoked } from './uninstall.js';
import { makeUserChange } from './user-change.js';

export function register(app: App, deps: SlackDeps): void {
  app.event('app_home_opened', makeAppHomeOpened(deps));
  app.event('app_uninstalled', makeAppUninstalled(deps));
  app.event('tokens_revoked', makeTokensRevoked(deps));
  app.event('user_change', makeUserChange(deps));
  app.event('message', makeDirectMessage(deps));
}
