import type { App } from '@slack/bolt';
import type { SlackDeps } from '../../deps.js';
import { COMMAND } from '../../../views/ids.js';
import { makeSmstrategyCommand } from './smstrategy.js';

export function register(app: App, deps: SlackDeps): void {
  app.command(COMMAND, makeSmstrategyCommand(deps));
}
