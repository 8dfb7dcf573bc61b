import { ErrorCode } from '@slack/bolt';
import type { ExtendedErrorHandlerArgs } from '@slack/bolt/dist/App.js';
import { messages } from '../i18n/index.js';
import type { SlackDeps } from './deps.js';
import { isSlackResponseUrl } from './response-url.js';
import { teamOf } from './workspace.js';

interface Payload {
  type?: string;
  response_url?: string;
  user_id?: string;
  user?: { id?: string };
}

/**
 * The one place a listener's failure ends up: logged with its context, and where Slack gave us a
 * response URL, the user is told that nothing was changed rather than left with silence.
 */
export function makeErrorHandler(deps: SlackDeps) {
  return async ({ error, body, context }: ExtendedErrorHandlerArgs): Promise<void> => {
    const payload = body as Payload;
    const teamId = teamOf(payload) ?? context.teamId;
    // A workspace that uninstalled the app has no token: Bolt refuses before any listener runs.
    const notInstalled = error.code === ErrorCode.AuthorizationError;
    if (notInstalled) deps.logger.warn({ teamId }, 'request from a workspace with no installation');
    else deps.logger.error({ err: error, teamId, kind: payload.type }, 'listener failed');
    if (!payload.response_url) return;
    if (!isSlackResponseUrl(deps.config, payload.response_url)) {
      deps.logger.warn({ teamId }, 'failure not told to the user: the response URL is not on Slack');
      return;
    }

    const userId = payload.user_id ?? payload.user?.id;
    const m = messages(teamId && userId ? deps.users.cachedLanguage(teamId, userId) : 'en');
    try {
      await fetch(payload.response_url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          response_type: 'ephemeral',
          replace_original: false,
          text: notInstalled ? m.errors.notInstalled : m.errors.unexpected,
        }),
      });
    } catch (e) {
      deps.logger.warn({ err: e }, 'could not tell the user about the failure');
    }
  };
}
