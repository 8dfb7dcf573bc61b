import { RespondError } from '@slack/bolt';
import {
  WebAPIHTTPError,
  WebAPIPlatformError,
  WebAPIRateLimitedError,
  WebAPIRequestError,
} from '@slack/web-api';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { schedulerClients } from '../../src/scheduler/slack-client.js';
import {
  classifySlackError,
  failureCode,
  isChannelUnreachable,
  slackErrorCode,
} from '../../src/slack/slack-errors.js';
import { SIGNING_SECRET } from '../support/signing.js';

describe('the scheduler’s Web API clients', () => {
  it('one per workspace token, the 100 most recently used kept: memory does not grow with workspaces', async () => {
    const config = loadConfig({
      SLACK_BOT_TOKEN: 'xoxb-single',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      DATABASE_URL: 'file::memory:',
      PORT: '0',
    });
    const clientFor = schedulerClients(config, createLogger('silent'), async (teamId) =>
      teamId === 'TGONE' ? undefined : `xoxb-${teamId}`,
    );
    const first = await clientFor('T0');
    expect(await clientFor('T0')).toBe(first);
    expect(await clientFor('TGONE')).toBeUndefined();
    const recent = [];
    for (let i = 1; i <= 100; i += 1) recent.push(await clientFor(`T${i}`));
    // T0 was the least recently used of 101: a new client now; the last hundred are the same ones.
    expect(await clientFor('T0')).not.toBe(first);
    expect(await clientFor('T100')).toBe(recent[99]);
    // …and T1, the oldest when T0 came back, made way for it.
    expect(await clientFor('T1')).not.toBe(recent[0]);
  });
});

describe('Slack’s errors', () => {
  const refused = (error: string) => new WebAPIPlatformError({ ok: false, error });

  it('treats only the errors no retry can fix as permanent, and tells an unreachable channel apart', () => {
    for (const code of ['channel_not_found', 'not_in_channel', 'is_archived'])
      expect(classifySlackError(refused(code))).toEqual({ kind: 'channel_unreachable', code });
    for (const code of ['invalid_auth', 'account_inactive'])
      expect(classifySlackError(refused(code))).toEqual({ kind: 'permanent', code });
    expect(classifySlackError(refused('internal_error'))).toEqual({
      kind: 'transient',
      reason: 'internal_error',
      answerLost: false,
    });
    expect(isChannelUnreachable(refused('not_in_channel'))).toBe(true);
    expect(isChannelUnreachable(refused('invalid_auth'))).toBe(false);
  });

  it('waits out a rate limit, and retries HTTP and network failures, knowing when an answer was lost', () => {
    expect(classifySlackError(new WebAPIRateLimitedError(2))).toEqual({
      kind: 'rate_limited',
      retryAfterSec: 2,
    });
    expect(classifySlackError(new WebAPIHTTPError(503, 'Service Unavailable', {}))).toEqual({
      kind: 'transient',
      reason: 'http_503',
      answerLost: false,
    });
    expect(classifySlackError(new WebAPIRequestError(new Error('socket hang up')))).toMatchObject({
      kind: 'transient',
      answerLost: true,
    });
    expect(classifySlackError(new Error('boom'))).toEqual({
      kind: 'transient',
      reason: 'boom',
      answerLost: false,
    });
  });

  it('reads a code only from a refusal Slack answered', () => {
    expect(slackErrorCode(refused('user_not_found'))).toBe('user_not_found');
    expect(slackErrorCode(new WebAPIRateLimitedError(1))).toBeUndefined();
    expect(
      slackErrorCode(new WebAPIHTTPError(500, 'x', {}, { ok: false, error: 'fatal_error' })),
    ).toBeUndefined();
    expect(slackErrorCode(undefined)).toBeUndefined();
  });

  it('reads a response URL’s refusal as a webhook gives it: 404 channel_not_found, 410 archived', () => {
    const refused = (status: number) => new RespondError(`Failed to respond: ${status}`, status);
    expect(classifySlackError(refused(404))).toEqual({
      kind: 'channel_unreachable',
      code: 'channel_not_found',
    });
    expect(classifySlackError(refused(410))).toEqual({ kind: 'channel_unreachable', code: 'is_archived' });
    expect(classifySlackError(refused(500))).toEqual({
      kind: 'transient',
      reason: 'http_500',
      answerLost: false,
    });
    expect(failureCode(classifySlackError(refused(410)))).toBe('is_archived');
    expect(failureCode(classifySlackError(new WebAPIRateLimitedError(3)))).toBe('ratelimited');
  });
});
