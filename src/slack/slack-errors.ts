import { ErrorCode as BoltErrorCode } from '@slack/bolt';
import { ErrorCode } from '@slack/web-api';

/** The channel is gone, archived, or the bot is not in it: nothing posts there until someone acts. */
const CHANNEL_UNREACHABLE: readonly string[] = ['not_in_channel', 'channel_not_found', 'is_archived'];

/**
 * A response URL answers like an incoming webhook: an HTTP status with the error as plain text,
 * which Bolt's respond() keeps only the status of (404 channel_not_found, 410 channel_is_archived).
 */
const RESPONSE_URL_REFUSALS: Readonly<Record<number, string>> = {
  404: 'channel_not_found',
  410: 'is_archived',
};

/**
 * Slack's ways of refusing a token: wrong or revoked (`invalid_auth`; Slack answers it for every
 * bad token), the workspace or app gone (`account_inactive`, `token_revoked`), expired under token
 * rotation, or none sent at all.
 */
export const TOKEN_REFUSALS: readonly string[] = [
  'invalid_auth',
  'account_inactive',
  'token_revoked',
  'token_expired',
  'not_authed',
];

/** Refusals no retry will fix: besides an unreachable channel, a token Slack no longer accepts. */
const PERMANENT: readonly string[] = TOKEN_REFUSALS;

/** The refusal, when Slack refused the token the call was made with; undefined otherwise. */
export function tokenRefusal(err: unknown): string | undefined {
  const code = slackErrorCode(err);
  return code !== undefined && TOKEN_REFUSALS.includes(code) ? code : undefined;
}

/**
 * What a failed Web API call means for the caller. `channel_unreachable` and `permanent` will fail
 * the same way again; `rate_limited` may be tried after Slack's Retry-After; anything else (5xx,
 * a network fault, an unexpected refusal) is `transient`. `answerLost`: the request may have
 * reached Slack and done its work, only the answer never arrived.
 */
export type SlackFailure =
  | { kind: 'channel_unreachable'; code: string }
  | { kind: 'permanent'; code: string }
  | { kind: 'rate_limited'; retryAfterSec: number }
  | { kind: 'transient'; reason: string; answerLost: boolean };

interface WebApiError {
  code?: unknown;
  data?: { error?: unknown };
  retryAfter?: number;
  statusCode?: number;
  message?: string;
}

/** The `error` Slack refused a Web API call with (`not_in_channel`…); undefined for any other failure. */
export function slackErrorCode(err: unknown): string | undefined {
  const e = err as WebApiError | undefined;
  return e?.code === ErrorCode.PlatformError && typeof e.data?.error === 'string' ? e.data.error : undefined;
}

export function classifySlackError(err: unknown): SlackFailure {
  const e = err as WebApiError | undefined;
  if (e?.code === BoltErrorCode.RespondError) {
    const refused = RESPONSE_URL_REFUSALS[e.statusCode ?? 0];
    if (refused) return { kind: 'channel_unreachable', code: refused };
    return { kind: 'transient', reason: `http_${e.statusCode}`, answerLost: false };
  }
  const code = slackErrorCode(err);
  if (code !== undefined && CHANNEL_UNREACHABLE.includes(code)) return { kind: 'channel_unreachable', code };
  if (code !== undefined && PERMANENT.includes(code)) return { kind: 'permanent', code };
  if (e?.code === ErrorCode.RateLimitedError)
    return { kind: 'rate_limited', retryAfterSec: e.retryAfter ?? 1 };
  const reason =
    code ?? (e?.code === ErrorCode.HTTPError ? `http_${e.statusCode}` : (e?.message ?? String(err)));
  return { kind: 'transient', reason, answerLost: e?.code === ErrorCode.RequestError };
}

/** What to call a failure in a message or a log: Slack's error code, or what went wrong instead. */
export function failureCode(failure: SlackFailure): string {
  switch (failure.kind) {
    case 'channel_unreachable':
    case 'permanent':
      return failure.code;
    case 'rate_limited':
      return 'ratelimited';
    case 'transient':
      return failure.reason;
  }
}

/** Whether the call failed because the app cannot post in that channel (the user can fix that). */
export function isChannelUnreachable(err: unknown): boolean {
  return classifySlackError(err).kind === 'channel_unreachable';
}
