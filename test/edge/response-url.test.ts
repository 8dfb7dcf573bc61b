import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestApp, textOf, U1 } from '../support/harness.js';
import { HoldBack } from '../support/hold-back.js';
import type { Json } from '../support/slack-stand-in.js';

// A response_url is a URL inside a payload: the app posts replies only to Slack's hooks host (or,
// here, to the stand-in that SLACK_API_URL names), never to wherever a forged payload points.

let t: TestApp;
const holdBack = new HoldBack();
let elsewhere: Server;
const hits: string[] = [];

beforeAll(async () => {
  elsewhere = createServer((req, res) => {
    hits.push(req.url ?? '');
    res.end('ok');
  });
  await new Promise<void>((resolve) => elsewhere.listen(0, '127.0.0.1', resolve));
  t = await TestApp.start({ users: [U1], wrapDb: (db) => holdBack.wrap(db) });
  await t.reply('start Replies', { channel: 'C1' });
});
afterAll(async () => {
  await t?.stop();
  await new Promise((resolve) => elsewhere.close(resolve));
});

const foreign = () => `http://127.0.0.1:${(elsewhere.address() as AddressInfo).port}/commands/T1/1/secret`;

describe('response_url', () => {
  it('answers a command whose response_url is not Slack’s by chat.postEphemeral, and posts nothing there', async () => {
    // The strategy is read slowly, so the reply misses the ack and needs the response URL.
    holdBack.arm('SelectQueryNode', 'strategies');
    const res = await t.postForm({ ...t.commandPayload('status'), response_url: foreign() });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
    holdBack.release();
    const reply = await t.standIn.waitFor('chat.postEphemeral', (a) => textOf(a).includes('Replies'));
    expect(reply.args).toMatchObject({ channel: 'C1', user: 'U1' });
    await t.app.idle();
    expect(hits).toEqual([]);
    expect(t.logs.some((l) => l.includes('response URL not on Slack') && l.includes('127.0.0.1'))).toBe(true);
    expect(t.logs.join('\n')).not.toContain('/commands/T1/1/secret');
  });

  it('drops a reply that would replace the message clicked, with a log line', async () => {
    const strategy = await t.app.db.selectFrom('strategies').select('id').executeTakeFirstOrThrow();
    await t.app.idle();
    const before = t.standIn.calls.length;
    const res = await t.interaction({
      type: 'block_actions',
      team: { id: 'T1', domain: 'acme' },
      user: { id: 'U1', team_id: 'T1' },
      api_app_id: 'A1',
      trigger_id: 'trigger.forged',
      container: { type: 'message', message_ts: '1.000001', channel_id: 'C1' },
      channel: { id: 'C1', name: 'marketing' },
      message: { ts: '1.000001', text: '' },
      response_url: foreign(),
      actions: [
        {
          action_id: 'phase_start',
          block_id: 'b',
          type: 'button',
          value: JSON.stringify({ s: strategy.id, k: 'listening' }),
          action_ts: '1',
        },
      ],
    });
    expect(res.status).toBe(200);
    await t.app.idle();
    expect(hits).toEqual([]);
    expect(t.logs.some((l) => l.includes('reply dropped'))).toBe(true);
    // The change itself is the user's to make, and was made; only the reply had nowhere to go.
    expect(t.standIn.calls.slice(before).some((c) => c.method === 'response_url')).toBe(false);
  });

  it('still replies through a response_url on the configured API host', async () => {
    holdBack.arm('SelectQueryNode', 'strategies');
    const sent = await t.command('status');
    expect(sent.ack).toBeUndefined();
    holdBack.release();
    const reply = await t.standIn.waitFor(
      'response_url',
      (a) => a.response_id === sent.payload.response_url!.split('/').pop(),
    );
    expect(textOf(reply.args)).toContain('Replies');
    expect(hits).toEqual([]);
  });

  it('needs no response_url for a reply ready in time: it is the ack', async () => {
    const res = await t.postForm({ ...t.commandPayload('status'), response_url: foreign() });
    expect(res.status).toBe(200);
    expect(textOf((await res.json()) as Json)).toContain('Replies');
    await t.app.idle();
    expect(hits).toEqual([]);
  });
});
