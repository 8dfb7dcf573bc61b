import type { Language, Strategy } from '../domain/strategy.js';
import { strategyStatus } from '../services/status.js';
import type { Message } from '../views/blocks.js';
import { statusMessage } from '../views/status.js';
import type { SlackDeps } from './deps.js';

/** Everything status shows, loaded and rendered: for the command and for its buttons' in-place updates. */
export async function renderStatus(
  deps: SlackDeps,
  strategy: Strategy,
  language: Language,
): Promise<Message> {
  return statusMessage(strategy, language, await strategyStatus(deps, strategy));
}
