import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import { claimEvent, forgetEventsBefore } from '../storage/events.js';
import type { SlackDeps } from './deps.js';
import { teamOf } from './workspace.js';

const KEEP_MS = 2 * 60 * 60 * 1000;
const PURGE_EVERY = 500;

/**
 * Global middleware: an Events API delivery whose event id this workspace has already seen (a
 * Slack retry, or the same event reaching another replica) stops here, so it changes state once
 * and posts once. Bolt has acknowledged it already.
 */
export function dedupeEvents(deps: SlackDeps): Middleware<AnyMiddlewareArgs> {
  let seen = 0;
  return async ({ body, next }) => {
    const delivery = body as { type?: string; event_id?: string };
    const teamId = teamOf(body);
    if (delivery.type !== 'event_callback' || !delivery.event_id || !teamId) {
      await next();
      return;
    }
    const at = deps.clock.now().getTime();
    if (!(await claimEvent(deps.db, teamId, delivery.event_id, at))) {
      deps.logger.info({ teamId, eventId: delivery.event_id }, 'repeated event delivery skipped');
      return;
    }
    seen += 1;
    if (seen % PURGE_EVERY === 0) await forgetEventsBefore(deps.db, at - KEEP_MS);
    await next();
  };
}
