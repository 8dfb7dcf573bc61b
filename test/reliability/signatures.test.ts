import { request } from 'node:http';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestApp } from '../support/harness.js';
import { SIGNING_SECRET, sign } from '../support/signing.js';

// Requests Slack did not sign as they arrive are refused before any listener runs. The slash
// command cases (wrong secret, six-minute-old timestamp, body changed after signing, oversized
// form) are in test/foundation/transport.test.ts; these add events, interactions, a timestamp
// from the future, missing headers, and random one-character tampering.

let t: TestApp;
let tried = 0;
beforeAll(async () => {
  t = await TestApp.start({ users: [{ id: 'U1', locale: 'en-US' }] });
  await t.reply('start Signed', { channel: 'C1', user: 'U1' });
});
afterAll(async () => {
  console.log(`reliability: tried ${tried} tampered or unsigned requests`);
  await t?.stop();
});

/** What a listener would have left behind: any Slack call or any row. */
async function trace(): Promise<string> {
  const db = t.app.db;
  return JSON.stringify({
    calls: t.standIn.calls.length,
    strategies: await db.selectFrom('strategies').selectAll().execute(),
    drafts: await db.selectFrom('assessment_drafts').selectAll().execute(),
    revisions: await db.selectFrom('assessment_revisions').selectAll().execute(),
    audit: await db.selectFrom('audit_events').selectAll().execute(),
    events: await db.selectFrom('processed_events').selectAll().execute(),
  });
}

const now = () => Math.floor(Date.now() / 1000);

async function post(
  body: string,
  contentType: string,
  headers: Record<string, string>,
  url = t.eventsUrl,
): Promise<number> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': contentType, ...headers },
    body,
  });
  await res.text();
  return res.status;
}

function postOnFreshConnection(
  body: string,
  contentType: string,
  headers: Record<string, string>,
): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      t.eventsUrl,
      {
        method: 'POST',
        agent: false,
        headers: { 'content-type': contentType, 'content-length': Buffer.byteLength(body), ...headers },
      },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    // Once the answer is in, the server closing the rest of the upload is expected.
    req.on('error', reject);
    req.end(body);
  });
}

const FORM = 'application/x-www-form-urlencoded';
const JSON_TYPE = 'application/json';

function eventBody(): string {
  return JSON.stringify({
    token: 'unused',
    team_id: 'T1',
    api_app_id: 'A1',
    type: 'event_callback',
    event_id: `EvSig${Math.random()}`,
    event_time: now(),
    event: { type: 'app_home_opened', user: 'U1', tab: 'home', event_ts: String(now()) },
    authorizations: [{ team_id: 'T1', user_id: 'UBOT', is_bot: true, is_enterprise_install: false }],
  });
}

function submissionBody(user: string): string {
  return new URLSearchParams({
    payload: JSON.stringify({
      type: 'view_submission',
      team: { id: 'T1', domain: 'acme' },
      user: { id: user, team_id: 'T1' },
      api_app_id: 'A1',
      view: { id: 'V1', callback_id: 'assessment', private_metadata: '', state: { values: {} }, hash: 'h' },
    }),
  }).toString();
}

describe('signature checks beyond the slash command', () => {
  const cases: [string, () => Promise<number>][] = [
    [
      'an event signed with a wrong secret',
      () => {
        const body = eventBody();
        return post(body, JSON_TYPE, {
          'x-slack-request-timestamp': String(now()),
          'x-slack-signature': sign(body, now(), SIGNING_SECRET.replace(/0/g, '2')),
        });
      },
    ],
    [
      'a modal submission whose user was changed after signing',
      () => {
        const ts = now();
        return post(submissionBody('UEVIL'), FORM, {
          'x-slack-request-timestamp': String(ts),
          'x-slack-signature': sign(submissionBody('U1'), ts),
        });
      },
    ],
    [
      'a correctly signed request replayed six minutes later',
      () => {
        const body = eventBody();
        const ts = now() - 360;
        return post(body, JSON_TYPE, {
          'x-slack-request-timestamp': String(ts),
          'x-slack-signature': sign(body, ts),
        });
      },
    ],
    ['no signature headers at all', () => post(eventBody(), JSON_TYPE, {})],
  ];

  it.each(cases)('refuses %s with 401 and runs no listener', async (_name, send) => {
    const before = await trace();
    tried += 1;
    expect(await send()).toBe(401);
    await t.app.idle();
    expect(await trace()).toBe(before);
  });

  it('refuses any one-character change to a signed slash command (property-based)', async () => {
    const before = await trace();
    await fc.assert(
      fc.asyncProperty(
        fc.nat(),
        fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
        async (at, ch) => {
          const signed = new URLSearchParams(
            t.commandPayload('start Tampered', { channel: 'C7' }),
          ).toString();
          const i = at % signed.length;
          const tampered = signed.slice(0, i) + ch + signed.slice(i + 1);
          fc.pre(tampered !== signed);
          tried += 1;
          const ts = now();
          expect(
            await post(tampered, FORM, {
              'x-slack-request-timestamp': String(ts),
              'x-slack-signature': sign(signed, ts),
            }),
          ).toBe(401);
        },
      ),
      { numRuns: 60 },
    );
    expect(await trace()).toBe(before);
  });

  // An oversized body is refused before it is read, which leaves that connection unusable: these go
  // on a connection of their own, outside fetch's keep-alive pool.
  it.each([
    [
      'an oversized event',
      JSON_TYPE,
      JSON.stringify({ type: 'event_callback', pad: 'x'.repeat(5 * 1024 * 1024) }),
    ],
    [
      'an oversized interaction',
      FORM,
      new URLSearchParams({ payload: 'x'.repeat(5 * 1024 * 1024) }).toString(),
    ],
  ])('refuses %s with 413 and runs no listener', async (_name, contentType, body) => {
    const before = await trace();
    tried += 1;
    const ts = now();
    const status = await postOnFreshConnection(body, contentType, {
      'x-slack-request-timestamp': String(ts),
      'x-slack-signature': sign(body, ts),
    });
    expect(status).toBe(413);
    await t.app.idle();
    expect(await trace()).toBe(before);
  });
});
