import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import type { SlackDeps } from './deps.js';

/** Where each kind of request Slack signs names the workspace it comes from. */
interface Sender {
  /** Slash commands and Events API deliveries. */
  team_id?: unknown;
  /** Interactions (buttons, modals); null when the app is installed for a whole organisation. */
  team?: { id?: unknown } | null;
  /** Interactions: the user's own workspace, there even when `team` is null. */
  user?: { team_id?: unknown } | string;
}

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== '' ? value : undefined;

// An interaction's view also carries a team_id, but that is where the view was made, not who
// submitted it: only the sender's own team decides whose data a request may read or change.
function senderTeam(body: Sender): string | undefined {
  const user = typeof body.user === 'object' ? body.user : undefined;
  return text(body.team?.id) ?? text(user?.team_id) ?? text(body.team_id);
}

/**
 * Global middleware: every read and write is scoped by workspace, so a request that names none
 * is acknowledged (Slack gets its answer, nothing runs) and goes no further than the log.
 */
export function requireWorkspace(deps: SlackDeps): Middleware<AnyMiddlewareArgs> {
  return async (args) => {
    if (senderTeam(args.body as Sender)) {
      await args.next();
      return;
    }
    deps.logger.warn({ kind: (args.body as { type?: unknown }).type }, 'request without a workspace ignored');
    // Events are acknowledged by Bolt before any middleware; everything else is ours to ack.
    if ('ack' in args && args.ack) await args.ack();
  };
}

/** The workspace a request comes from; `requireWorkspace` lets no request without one reach a listener. */
export function workspaceOf(body: object): string {
  const teamId = senderTeam(body as Sender);
  if (!teamId) throw new Error('a request without a workspace reached a listener');
  return teamId;
}
