import type { App } from '@slack/bolt';
import type { SlackDeps } from '../deps.js';
import { requireWorkspace } from '../workspace.js';
import * as actions from './actions/index.js';
import * as commands from './commands/index.js';
import * as events from './events/index.js';
import * as views from './views/index.js';

export function registerListeners(app: App, deps: SlackDeps): void {
  app.use(requireWorkspace(deps));
  commands.register(app, deps);
  actions.register(app, deps);
  events.register(app, deps);
  views.register(app, deps);
}
