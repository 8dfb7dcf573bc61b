import { type AnyMiddlewareArgs, ErrorCode, type Middleware } from '@slack/bolt';
import type { ExtendedErrorHandlerArgs } from '@slack/bolt/dist/App.js';
import { messages } from '../i18n/index.js';
import { unavailableProblem } from '../storage/db.js';
import { UnopenableError } from '../storage/sealer.js';
import type { SlackDeps } from './deps.js';
import { isSlackResponseUrl } from './response-url.js';
import { teamOf } from './workspace.js';
import { TokenUnusableError } from './workspace-tokens.js';

interface Payload {
  type?: string;
  response_url?: string;
  user_id?: string;
  user?: { id?: string };
  view?: { blocks?: { type?: string; block_id?: string }[] };
}

/** The error and every error Bolt wrapped it around, outermost first. */
function* causes(error: unknown, depth = 0): Generator<unknown> {
  if (!error || depth > 5) return;
  yield error;
  const e = error as { original?: unknown; originals?: unknown[]; cause?: unknown };
  for (const inner of [e.original, ...(e.originals ?? []), e.cause]) yield* causes(inner, depth + 1);
}

type Failure = 'database' | 'credentials' | 'not_installed' | 'unexpected';

function failureOf(error: { code?: unknown }): Failure {
  const all = [...causes(error)];
  if (all.some((e) => unavailableProblem(e) !== undefined)) return 'database';
  if (all.some((e) => e instanceof UnopenableError || e instanceof TokenUnusableError)) return 'credentials';
  // A workspace that uninstalled the app has no token: Bolt refuses before any listener runs.
  if (error.code === ErrorCode.AuthorizationError) return 'not_installed';
  return 'unexpected';
}

const languageOf = (deps: SlackDeps, payload: Payload) => {
  const teamId = teamOf(payload);
  const userId = payload.user_id ?? payload.user?.id;
  return teamId && userId ? deps.languages.lastAnswered(teamId, userId) : 'en';
};

/**
 * The one place a listener's failure ends up: logged with its context, and where Slack gave us a
 * response URL, the user is told that nothing was changed rather than left with silence; when the
 * database was out for a moment, that trying again will work.
 */
export function makeErrorHandler(deps: SlackDeps) {
  return async ({ error, body, context }: ExtendedErrorHandlerArgs): Promise<void> => {
    const payload = body as Payload;
    const teamId = teamOf(payload) ?? context.teamId;
    const failure = failureOf(error);
    if (failure === 'not_installed')
      deps.logger.warn({ teamId }, 'request from a workspace with no installation');
    else if (failure === 'database')
      deps.logger.warn(
        { err: error, teamId, kind: payload.type },
        'request failed: the database is unavailable',
      );
    else deps.logger.error({ err: error, teamId, kind: payload.type }, 'listener failed');
    if (!payload.response_url) return;
    if (!isSlackResponseUrl(deps.config, payload.response_url)) {
      deps.logger.warn({ teamId }, 'failure not told to the user: the response URL is not on Slack');
      return;
    }

    const m = messages(languageOf(deps, payload));
    const text = {
      database: m.availability.databaseDown,
      credentials: m.availability.workspaceUnavailable,
      not_installed: m.errors.notInstalled,
      unexpected: m.errors.unexpected,
    }[failure];
    try {
      await fetch(payload.response_url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ response_type: 'ephemeral', replace_original: false, text }),
      });
    } catch (e) {
      deps.logger.warn({ err: e }, 'could not tell the user about the failure');
    }
  };
}

/**
 * A modal submitted while the database is out: it has no response URL, and Slack shows only a
 * generic error unless the submission is answered. The answer keeps the modal open, with what was
 * entered, and says under its first input to submit again in a moment.
 */
export function keepModalOnOutage(deps: SlackDeps): Middleware<AnyMiddlewareArgs> {
  return async (args) => {
    try {
      await args.next();
    } catch (error) {
      const payload = args.body as Payload;
      const ack = (args as { ack?: (response?: unknown) => Promise<void> }).ack;
      const input = payload.view?.blocks?.find((b) => b.type === 'input')?.block_id;
      if (payload.type === 'view_submission' && ack && input && failureOf(error as object) === 'database') {
        const m = messages(languageOf(deps, payload));
        // Already answered (the failure came after the ack): Bolt refuses a second answer.
        await ack({
          response_action: 'errors',
          errors: { [input]: m.availability.databaseDownInModal },
        }).catch(() => {});
      }
      throw error;
    }
  };
}
