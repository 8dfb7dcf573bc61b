import type { App } from '@slack/bolt';
import { COMMAND } from '../../../views/ids.js';
import type { SlackDeps } from '../../deps.js';
import { makeSmstrategyCommand } from './smstrategy.js';

export function register(app: App, deps: SlackDeps): void {
  app.command(COMMAND, makeSmstrategyCommand(deps));
}
