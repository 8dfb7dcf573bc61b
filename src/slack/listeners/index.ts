import type { App } from '@slack/bolt';
import type { SlackDeps } from '../deps.js';
import { boundInput } from '../input-bounds.js';
import { withSafeRespond } from '../response-url.js';
import { requireWorkspace } from '../workspace.js';
import * as actions from './actions/index.js';
import * as commands from './commands/index.js';
import * as events from './events/index.js';
import * as functions from './functions/index.js';
import * as views from './views/index.js';

export function registerListeners(bolt: App, deps: SlackDeps): void {
  bolt.use(requireWorkspace(deps));
  bolt.use(boundInput(deps));
  const app = withSafeRespond(bolt, deps);
  commands.register(app, deps);
  actions.register(app, deps);
  events.register(app, deps);
  views.register(app, deps);
  functions.register(app, deps);
}
