import { type ChatPostMessageArguments, WebClient } from '@slack/web-api';
import type { Config } from '../config.js';
import { boltLogger, type Logger } from '../logger.js';
import { classifySlackError } from '../slack/slack-errors.js';
import type { Lookup } from './lookup.js';

/**
 * The scheduler's own Web API client. The client's built-in retries are off: a retry after a
 * network error may post a message Slack already has, so postWithRetries decides each retry itself.
 */
export function schedulerClient(config: Config, logger: Logger, token: string): WebClient {
  return new WebClient(token, {
    slackApiUrl: config.slack.apiUrl,
    logger: boltLogger(logger),
    timeout: 10_000,
    rejectRateLimitedCalls: true,
    retryConfig: { retries: 0 },
  });
}

/**
 * Clients kept at once. Each Web API client carries a few hundred bound methods (about 25 kB of
 * heap); with one per workspace in OAuth mode, a fan-out over every workspace would otherwise
 * keep one for each, for good. Recreating an evicted one costs microseconds.
 */
const MAX_CLIENTS = 100;

/**
 * One client per bot token, for the workspace a delivery belongs to: the single token, or the
 * token of the workspace's installation in OAuth mode; the most recently used ones are kept.
 */
export function schedulerClients(
  config: Config,
  logger: Logger,
  botToken: (teamId: string) => Promise<string | undefined>,
): (teamId: string) => Promise<WebClient | undefined> {
  const clients = new Map<string, WebClient>();
  return async (teamId) => {
    const token = await botToken(teamId);
    if (!token) return undefined;
    let client = clients.get(token);
    if (client) {
      clients.delete(token);
    } else {
      client = schedulerClient(config, logger, token);
      if (clients.size >= MAX_CLIENTS) clients.delete(clients.keys().next().value!);
    }
    clients.set(token, client);
    return client;
  };
}

export type PostOutcome =
  | { kind: 'sent'; ts: string; recovered: boolean }
  | { kind: 'permanent'; error: string }
  /** Not posted; worth another try later. */
  | { kind: 'transient'; error: string }
  /** Maybe posted (an answer was lost) and Slack could not be asked: look again before anything else. */
  | { kind: 'uncertain'; error: string; retryAfterMs: number; searchedTo: string | undefined };

export interface PostOptions {
  log: Logger;
  /**
   * Looks for the message in the channel, for when Slack may have posted it even though we never
   * saw the answer (a network error or timeout). Never throws: a lookup that fails says `unknown`.
   */
  findPosted: () => Promise<Lookup>;
  /** Real time this post may take, so it ends well within its lease. */
  budgetMs: number;
  sleep?: (ms: number) => Promise<void>;
}

const MAX_TRIES = 4;
const MAX_RATE_LIMIT_WAITS = 3;
const BACKOFF_MS = 500;
const MAX_BACKOFF_MS = 8_000;

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * One message, posted at most once: a 429 waits its Retry-After, 5xx and network errors are
 * retried with growing pauses (after checking that a lost answer did not hide a post), permanent
 * errors return at once, and what is still failing when the tries or the budget run out is
 * handed back as transient for a later tick. A lost answer that cannot be checked ends it as
 * uncertain: posting again could post twice.
 */
export async function postWithRetries(
  client: WebClient,
  args: ChatPostMessageArguments,
  options: PostOptions,
): Promise<PostOutcome> {
  const sleep = options.sleep ?? realSleep;
  const started = performance.now();
  let tries = 0;
  let waits = 0;
  let lastError = 'unknown';
  while (tries < MAX_TRIES) {
    tries += 1;
    try {
      const res = await client.chat.postMessage(args);
      return { kind: 'sent', ts: res.ts ?? '', recovered: false };
    } catch (err) {
      const failure = classifySlackError(err);
      if (failure.kind === 'channel_unreachable' || failure.kind === 'permanent') {
        return { kind: 'permanent', error: failure.code };
      }
      let waitMs: number;
      if (failure.kind === 'rate_limited') {
        lastError = 'ratelimited';
        waits += 1;
        tries -= 1; // waiting out a rate limit is not a failed try
        waitMs = failure.retryAfterSec * 1000;
        if (waits > MAX_RATE_LIMIT_WAITS) break;
        options.log.warn(
          { retryAfterSec: failure.retryAfterSec, channel: args.channel },
          'slack rate limited: waiting Retry-After',
        );
      } else {
        lastError = failure.reason;
        if (failure.answerLost) {
          // The request may have reached Slack and only the answer been lost.
          const found = await options.findPosted();
          if (found.kind === 'found') return { kind: 'sent', ts: found.ts, recovered: true };
          if (found.kind === 'unknown') {
            options.log.warn(
              { reason: lastError, lookup: found.reason, channel: args.channel },
              'answer lost and the channel could not be checked: not posting again for now',
            );
            return {
              kind: 'uncertain',
              error: `unconfirmed:${found.reason}`,
              retryAfterMs: found.retryAfterMs,
              searchedTo: found.searchedTo,
            };
          }
        }
        waitMs = Math.min(BACKOFF_MS * 2 ** (tries - 1), MAX_BACKOFF_MS);
        if (tries >= MAX_TRIES) break;
        options.log.warn(
          { attempt: tries, waitMs, reason: lastError, channel: args.channel },
          'slack call retried',
        );
      }
      if (performance.now() - started + waitMs > options.budgetMs) break;
      await sleep(waitMs);
    }
  }
  return { kind: 'transient', error: lastError };
}
