import { WebClient, WebClientEvent } from '@slack/web-api';
import type { Config } from '../config.js';
import { boltLogger, type Logger } from '../logger.js';

/**
 * The scheduler's own Web API client. Its posts are not tied to a 3-second trigger, so it can wait:
 * a 429 waits the Retry-After Slack sends, 5xx and network errors are retried a few times with
 * growing pauses, and then the delivery is left to a later tick (the lease) rather than retried
 * here for half an hour as the client's default would.
 */
export function schedulerClient(config: Config, logger: Logger): WebClient {
  const log = logger.child({ component: 'scheduler' });
  const client = new WebClient(config.slack.botToken, {
    slackApiUrl: config.slack.apiUrl,
    logger: boltLogger(logger),
    timeout: 10_000,
    rejectRateLimitedCalls: false,
    retryConfig: {
      retries: 3,
      factor: 2,
      minTimeout: 500,
      maxTimeout: 8_000,
      onFailedAttempt: (error: { attemptNumber: number; retriesLeft: number; message: string }) => {
        log.warn(
          { attempt: error.attemptNumber, retriesLeft: error.retriesLeft, reason: error.message },
          'slack call retried',
        );
      },
    } as ConstructorParameters<typeof WebClient>[1] extends infer O
      ? O extends { retryConfig?: infer R }
        ? R
        : never
      : never,
  });
  client.on(WebClientEvent.RATE_LIMITED, (retryAfterSec: number, { url }: { url: string }) => {
    log.warn({ retryAfterSec, method: url.split('/').pop() }, 'slack rate limited: waiting Retry-After');
  });
  return client;
}

/** The Slack error code of a failed Web API call (`not_in_channel`…), or undefined for HTTP/network failures. */
export function slackErrorCode(err: unknown): string | undefined {
  const e = err as { code?: string; data?: { error?: string } };
  return e?.code === 'slack_webapi_platform_error' ? e.data?.error : undefined;
}
