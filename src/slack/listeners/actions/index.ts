import type { App } from '@slack/bolt';
import type { SlackDeps } from '../../deps.js';
import { ACTIONS, SCHEDULE_IDS } from '../../ids.js';
import { helpStart, helpStatus } from './help-buttons.js';

export function register(app: App, deps: SlackDeps): void {
  app.action(ACTIONS.helpStart, helpStart(deps));
  app.action(ACTIONS.helpStatus, helpStatus(deps));
  app.action(SCHEDULE_IDS.digestOpenStatus, helpStatus(deps));
}
