import { WebClient } from '@slack/web-api';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { checkView } from '../support/block-kit.js';
import { TestClock } from '../support/clock.js';
import { BOT_TOKEN } from '../support/harness.js';
import { blockKitViolations, type Json, SlackStandIn } from '../support/slack-stand-in.js';

// The stand-in's conversations.history does what Slack documents, so a test that passes against
// it says something about Slack: newest first, `oldest` and `latest` exclusive unless `inclusive`,
// pages of `limit` continued by `response_metadata.next_cursor` while `has_more`, and, when told,
// the limits Slack imposed in 2025 on commercially distributed apps outside the Marketplace.

let standIn: SlackStandIn;
const clock = new TestClock('2026-11-30T07:00:00Z');
beforeAll(async () => {
  standIn = await SlackStandIn.start();
  standIn.clock = clock;
});
afterAll(async () => {
  await standIn.stop();
});
beforeEach(() => {
  // Each test starts well after the previous one's calls, outside any rate window.
  clock.advance(3_600_000);
  standIn.reducedHistoryLimits = false;
});

let channelSeq = 0;
/** A channel of its own for one test, with `count` messages one second apart; their ts, oldest first. */
function channelWith(count: number): { channel: string; ts: string[] } {
  channelSeq += 1;
  const channel = `CHIST${channelSeq}`;
  const ts: string[] = [];
  for (let i = 0; i < count; i += 1) {
    ts.push(standIn.addMessage(channel, { text: `message ${i}` }));
    clock.advance(1000);
  }
  return { channel, ts };
}

/** One Web API call as the app's client makes it: form-encoded, token in the header. */
async function call(
  method: string,
  args: Record<string, string | number | boolean>,
  token = BOT_TOKEN,
): Promise<{ status: number; retryAfter: string | null; body: Json }> {
  const res = await fetch(`${standIn.apiUrl}${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Bearer ${token}` },
    body: new URLSearchParams(
      Object.entries(args).map(([k, v]): [string, string] => [k, String(v)]),
    ).toString(),
  });
  return { status: res.status, retryAfter: res.headers.get('retry-after'), body: (await res.json()) as Json };
}

const history = async (args: Record<string, string | number | boolean>) => {
  const { status, body } = await call('conversations.history', args);
  expect(status).toBe(200);
  return body;
};
const tsOf = (body: Json) => (body.messages as Json[]).map((m) => m.ts as string);

describe('conversations.history', () => {
  it('returns the channel newest first, each ts from Slack’s clock', async () => {
    const start = clock.now().getTime() / 1000;
    const { channel, ts } = channelWith(3);
    const body = await history({ channel });
    expect(tsOf(body)).toEqual([...ts].reverse());
    expect(body.has_more).toBe(false);
    expect(body.response_metadata).toBeUndefined();
    expect(ts.map((t) => Number(t.split('.')[0]))).toEqual([start, start + 1, start + 2]);
  });

  it('keeps only messages after oldest and before latest, the bounds themselves with inclusive', async () => {
    const { channel, ts } = channelWith(5);
    expect(tsOf(await history({ channel, oldest: ts[1]!, latest: ts[3]! }))).toEqual([ts[2]]);
    expect(tsOf(await history({ channel, oldest: ts[1]!, latest: ts[3]!, inclusive: true }))).toEqual([
      ts[3],
      ts[2],
      ts[1],
    ]);
    expect(tsOf(await history({ channel, oldest: ts[3]! }))).toEqual([ts[4]]);
    expect(tsOf(await history({ channel, latest: ts[1]! }))).toEqual([ts[0]]);
    // Whole seconds, as the app sends them: every message from that second on.
    const second = ts[2]!.split('.')[0]!;
    expect(tsOf(await history({ channel, oldest: second }))).toEqual([ts[4], ts[3], ts[2]]);
    expect(await history({ channel, oldest: 'yesterday' })).toEqual({
      ok: false,
      error: 'invalid_ts_oldest',
    });
    expect(await history({ channel, latest: '1.2.3' })).toEqual({ ok: false, error: 'invalid_ts_latest' });
  });

  it('pages by limit and cursor until has_more is false, within the oldest bound', async () => {
    const { channel, ts } = channelWith(9);
    const seen: string[] = [];
    const pages: number[] = [];
    let cursor: string | undefined;
    do {
      const body = await history({ channel, oldest: ts[1]!, limit: 3, ...(cursor ? { cursor } : {}) });
      seen.push(...tsOf(body));
      pages.push(body.messages.length);
      cursor = body.response_metadata?.next_cursor;
      expect(body.has_more).toBe(cursor !== undefined);
    } while (cursor && pages.length < 10);
    expect(pages).toEqual([3, 3, 1]);
    expect(seen).toEqual(ts.slice(2).reverse());
    expect(await history({ channel, cursor: 'bm90IGEgY3Vyc29y' })).toEqual({
      ok: false,
      error: 'invalid_cursor',
    });
  });

  it('gives 100 messages a page by default and never more than 999', async () => {
    const { channel } = channelWith(1000);
    const byDefault = await history({ channel });
    expect(byDefault.messages).toHaveLength(100);
    expect(byDefault.has_more).toBe(true);
    const most = await history({ channel, limit: 5000 });
    expect(most.messages).toHaveLength(999);
    expect(most.has_more).toBe(true);
  });

  it('holds what the app posted, with its metadata only on request, and forgets what it deleted', async () => {
    const slack = new WebClient(BOT_TOKEN, { slackApiUrl: standIn.apiUrl, retryConfig: { retries: 0 } });
    const metadata = { event_type: 'smstrategy_delivery', event_payload: { delivery_id: 'd1' } };
    const posted = await slack.chat.postMessage({ channel: 'CPOSTS', text: 'Weekly digest', metadata });
    const other = await slack.chat.postMessage({ channel: 'CPOSTS', text: 'Oops' });
    await slack.chat.delete({ channel: 'CPOSTS', ts: other.ts! });

    const plain = await slack.conversations.history({ channel: 'CPOSTS' });
    expect(plain.messages).toEqual([
      { type: 'message', ts: posted.ts, text: 'Weekly digest', bot_id: 'BBOT' },
    ]);
    const full = await slack.conversations.history({ channel: 'CPOSTS', include_all_metadata: true });
    expect(full.messages![0]!.metadata).toEqual(metadata);
  });
});

describe('conversations.history under the reduced limits of non-Marketplace apps', () => {
  beforeEach(() => {
    standIn.reducedHistoryLimits = true;
  });

  it('gives at most 15 messages a page, 15 by default too', async () => {
    const { channel, ts } = channelWith(40);
    const byDefault = await history({ channel });
    expect(tsOf(byDefault)).toEqual(ts.slice(25).reverse());
    expect(byDefault.has_more).toBe(true);
    clock.advance(60_000);
    const asked = await history({ channel, limit: 100, cursor: byDefault.response_metadata.next_cursor });
    expect(tsOf(asked)).toEqual(ts.slice(10, 25).reverse());
  });

  it('answers a second call within a minute with HTTP 429 and Retry-After, as Slack rate-limits', async () => {
    const { channel } = channelWith(2);
    expect((await call('conversations.history', { channel })).status).toBe(200);
    clock.advance(20_000);
    expect(await call('conversations.history', { channel })).toEqual({
      status: 429,
      retryAfter: '40',
      body: { ok: false, error: 'ratelimited' },
    });
    // Other methods, and other workspaces, are not held back.
    expect((await call('chat.postMessage', { channel, text: 'hi' })).status).toBe(200);
    standIn.tokens.set('xoxb-other', { teamId: 'T2', botUserId: 'UBOT2', botId: 'B2' });
    expect((await call('conversations.history', { channel }, 'xoxb-other')).status).toBe(200);
    // A refused call does not restart the minute.
    clock.advance(39_000);
    expect((await call('conversations.history', { channel })).retryAfter).toBe('1');
    clock.advance(1_000);
    expect((await call('conversations.history', { channel })).status).toBe(200);
  });

  it('is what the Web API client sees as rate limiting', async () => {
    const { channel } = channelWith(1);
    const slack = new WebClient(BOT_TOKEN, {
      slackApiUrl: standIn.apiUrl,
      retryConfig: { retries: 0 },
      rejectRateLimitedCalls: true,
    });
    await slack.conversations.history({ channel });
    await expect(slack.conversations.history({ channel })).rejects.toMatchObject({
      code: 'slack_webapi_rate_limited_error',
      retryAfter: 60,
    });
  });
});

describe('users.info as Slack answers it', () => {
  it('gives the locale only when asked for it, and no user has a Finnish one', async () => {
    standIn.addUser({ id: 'UGB', locale: 'en-GB' });
    expect((await call('users.info', { user: 'UGB' })).body.user).not.toHaveProperty('locale');
    expect((await call('users.info', { user: 'UGB', include_locale: true })).body.user.locale).toBe('en-GB');
    expect(() => standIn.addUser({ id: 'UFIN', locale: 'fi-FI' })).toThrow(/no Finnish interface language/);
  });

  it('marks a deactivated user deleted, and user_change carries the same user object', async () => {
    standIn.addUser({ id: 'ULEFT', name: 'Leaving' });
    const event = standIn.setDeactivated('ULEFT');
    const { user } = (await call('users.info', { user: 'ULEFT' })).body;
    expect(user.deleted).toBe(true);
    expect(event).toEqual({ type: 'user_change', user, cache_ts: expect.any(Number) });
    expect(standIn.setDeactivated('ULEFT', false).user.deleted).toBe(false);
  });
});

describe('Block Kit: selects, time pickers and view size, as Slack limits them', () => {
  const opt = (v: string) => ({ text: { type: 'plain_text', text: v }, value: v });
  const many = (n: number, prefix = 'o') => Array.from({ length: n }, (_, i) => opt(`${prefix}${i}`));
  const modalWith = (element: Json) => ({
    type: 'modal',
    title: { type: 'plain_text', text: 'T' },
    submit: { type: 'plain_text', text: 'S' },
    blocks: [{ type: 'input', block_id: 'b', label: { type: 'plain_text', text: 'L' }, element }],
  });
  const problems = (element: Json) => checkView(modalWith({ action_id: 'a', ...element }));

  it('takes up to 100 options, or up to 100 groups of up to 100, with an initial option among them', () => {
    expect(problems({ type: 'static_select', options: many(100) })).toEqual([]);
    expect(problems({ type: 'static_select', options: many(101) })).toEqual([
      'view.blocks[0](input).element: 101 options, limit 100',
    ]);
    const groups = (count: number, size: number, label = 'Region') =>
      Array.from({ length: count }, (_, g) => ({
        label: { type: 'plain_text', text: label },
        options: many(size, `g${g}-`),
      }));
    expect(problems({ type: 'static_select', option_groups: groups(100, 2) })).toEqual([]);
    expect(problems({ type: 'static_select', option_groups: groups(2, 100) })).toEqual([]);
    expect(problems({ type: 'static_select', option_groups: groups(101, 1) })).toEqual([
      'view.blocks[0](input).element.option_groups: 101 groups, limit 100',
    ]);
    expect(problems({ type: 'static_select', option_groups: groups(1, 101) })).toEqual([
      'view.blocks[0](input).element.option_groups[0]: 101 options, limit 100',
    ]);
    expect(problems({ type: 'static_select', option_groups: groups(1, 1, 'x'.repeat(76)) })).toEqual([
      'view.blocks[0](input).element.option_groups[0].label: 76 characters, limit 75',
    ]);
    expect(problems({ type: 'static_select', options: many(2), option_groups: groups(1, 1) })[0]).toContain(
      'options and option_groups together',
    );
    expect(
      problems({ type: 'static_select', option_groups: groups(2, 3), initial_option: opt('g1-2') }),
    ).toEqual([]);
    expect(problems({ type: 'static_select', options: many(3), initial_option: opt('elsewhere') })).toEqual([
      'view.blocks[0](input).element.initial_option: not one of the options',
    ]);
  });

  it('takes a time picker’s initial time only as HH:mm', () => {
    expect(problems({ type: 'timepicker', initial_time: '07:43' })).toEqual([]);
    expect(problems({ type: 'timepicker', initial_time: '7:43' })).toEqual([
      'view.blocks[0](input).element.initial_time: 7:43 is not HH:mm',
    ]);
    expect(problems({ type: 'timepicker', initial_time: '24:00' })).toHaveLength(1);
  });

  it('refuses a view over 250 kB with view_too_large', async () => {
    const huge = modalWith({
      type: 'static_select',
      action_id: 'a',
      option_groups: Array.from({ length: 100 }, (_, g) => ({
        label: { type: 'plain_text', text: `G${g}` },
        options: many(100, `a-long-option-value-for-group-${g}-`),
      })),
    });
    const { body } = await call('views.open', { trigger_id: 't', view: JSON.stringify(huge) });
    expect(body).toEqual({ ok: false, error: 'view_too_large' });
    blockKitViolations.splice(0);
  });
});

describe('direct messages and response URLs', () => {
  it('posts to a user id in the app’s DM with them, answering the DM’s D… id, as conversations.open does', async () => {
    const posted = await call('chat.postMessage', { channel: 'UDM1', text: 'hello' });
    expect(posted.body).toMatchObject({ ok: true, channel: 'DUDM1' });
    const opened = await call('conversations.open', { users: 'UDM1' });
    expect(opened.body).toEqual({ ok: true, channel: { id: 'DUDM1' } });
    const dm = await history({ channel: 'DUDM1' });
    expect(dm.messages.map((m: Json) => m.ts)).toEqual([posted.body.ts]);
  });

  it('lets a response URL refuse as an incoming webhook does: a status and the error as text', async () => {
    standIn.fail('response_url', { status: 410, body: 'channel_is_archived' });
    const url = standIn.responseUrl();
    const post = () =>
      fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"text":"x"}' });
    const refused = await post();
    expect([refused.status, await refused.text()]).toEqual([410, 'channel_is_archived']);
    const accepted = await post();
    expect(accepted.status).toBe(200);
  });
});
