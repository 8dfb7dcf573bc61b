import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import { withRequestContext } from '../last-resort.js';
import type { SlackDeps } from './deps.js';

/** Where each kind of request Slack signs names a workspace. */
interface Sender {
  /** Slash commands and Events API deliveries. */
  team_id?: unknown;
  /** Events API: the installations the delivery is for; the first is the one Bolt authorizes. */
  authorizations?: unknown;
  /** Slash commands. */
  command?: unknown;
  /** Interactions (buttons, modals); null when the app is installed for a whole organisation. */
  team?: { id?: unknown } | null;
  /** Interactions: the user's own workspace, there even when `team` is null. */
  user?: { team_id?: unknown } | string;
  type?: unknown;
  /** Modals: where the app that opened the view is installed (another workspace in Slack Connect). */
  view?: { app_installed_team_id?: unknown } | null;
}

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== '' ? value : undefined;

/**
 * The workspace a request is for: the one whose installation Bolt authorizes it with, read from
 * the same fields in the same order. Its token makes every Slack call of the request, so its data
 * is the only data the request may read or change: a payload whose other fields name another
 * workspace (a user's team_id, a view's team_id) reaches nothing of that workspace.
 */
export function teamOf(body: object): string | undefined {
  const b = body as Sender;
  if (b.type === 'event_callback') {
    const first = Array.isArray(b.authorizations)
      ? (b.authorizations[0] as { team_id?: unknown })
      : undefined;
    return (first?.team_id !== null && text(first?.team_id)) || text(b.team_id);
  }
  if (b.command !== undefined) return text(b.team_id);
  const user = typeof b.user === 'object' ? b.user : undefined;
  const fromInteraction = b.team ? text(b.team.id) : text(user?.team_id);
  if (b.type === 'view_submission' || b.type === 'view_closed')
    return text(b.view?.app_installed_team_id) ?? fromInteraction;
  return fromInteraction;
}

/**
 * Global middleware: every read and write is scoped by workspace, so a request that names none
 * is acknowledged (Slack gets its answer, nothing runs) and goes no further than the log.
 */
export function requireWorkspace(deps: SlackDeps): Middleware<AnyMiddlewareArgs> {
  return async (args) => {
    const teamId = teamOf(args.body);
    if (teamId) {
      await withRequestContext({ teamId }, () => args.next());
      return;
    }
    deps.logger.warn({ kind: (args.body as { type?: unknown }).type }, 'request without a workspace ignored');
    // Events are acknowledged by Bolt before any middleware; everything else is ours to ack.
    if ('ack' in args && args.ack) await args.ack();
  };
}

/** The workspace a request comes from; `requireWorkspace` lets no request without one reach a listener. */
export function workspaceOf(body: object): string {
  const teamId = teamOf(body);
  if (!teamId) throw new Error('a request without a workspace reached a listener');
  return teamId;
}
