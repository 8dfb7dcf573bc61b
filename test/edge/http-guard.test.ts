import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BODY_LIMIT } from '../../src/slack/http-guard.js';
import { ASSESSMENT_IDS } from '../../src/views/ids.js';
import { TestApp, textOf, U1 } from '../support/harness.js';
import { sign } from '../support/signing.js';
import type { Json } from '../support/slack-stand-in.js';

// What reaches Bolt over HTTP: signed, stamped within five minutes of now either way, no larger
// than Slack sends, and shaped like a request the app handles. Everything else is refused.

let t: TestApp;
beforeAll(async () => {
  t = await TestApp.start({ users: [{ ...U1, is_admin: true }] });
  await t.reply('start Guarded', { channel: 'C1' });
});
afterAll(async () => {
  await t?.stop();
});

const now = () => Math.floor(Date.now() / 1000);

/** Anything a listener would have left behind: a Slack call or a row. */
async function trace(): Promise<string> {
  await t.app.idle();
  const db = t.app.db;
  return JSON.stringify({
    calls: t.standIn.calls.length,
    strategies: await db.selectFrom('strategies').selectAll().execute(),
    drafts: await db.selectFrom('assessment_drafts').selectAll().execute(),
    audit: await db.selectFrom('audit_events').selectAll().execute(),
  });
}

/** A raw POST on a connection of its own; resolves with the status once the answer is in. */
function post(
  body: Buffer | string | ((write: (chunk: Buffer) => boolean) => void),
  headers: Record<string, string>,
): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(t.eventsUrl, { method: 'POST', agent: false, headers }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    // The server may close the rest of an upload it refused: the answer is what counts.
    req.on('error', (err) => (req.writableEnded ? undefined : reject(err)));
    if (typeof body === 'function') {
      body((chunk) => req.write(chunk));
      req.end();
    } else req.end(body);
  });
}

const signed = (body: string, contentType: string, timestamp = now()) => ({
  'content-type': contentType,
  'content-length': String(Buffer.byteLength(body)),
  'x-slack-request-timestamp': String(timestamp),
  'x-slack-signature': sign(body, timestamp),
});

const FORM = 'application/x-www-form-urlencoded';
const command = (text: string) => new URLSearchParams(t.commandPayload(text)).toString();

describe('timestamps', () => {
  it.each([
    ['a day ahead', 86_400],
    ['a year ahead', 365 * 86_400],
    ['six minutes ahead', 360],
  ])('refuses a request signed %s with 401 and runs no listener', async (_name, ahead) => {
    const before = await trace();
    const body = command('start Future');
    expect(await post(body, signed(body, FORM, now() + ahead))).toBe(401);
    await t.app.idle();
    expect(await trace()).toBe(before);
  });

  it('takes a request signed four minutes ahead or behind', async () => {
    for (const offset of [240, -240]) {
      const body = command('status');
      expect(await post(body, signed(body, FORM, now() + offset))).toBe(200);
    }
  });
});

describe('bodies', () => {
  it('answers Slack’s unsigned certificate check, and refuses any other small unsigned form', async () => {
    const check = 'ssl_check=1&token=unused';
    expect(await post(check, { 'content-type': FORM, 'content-length': String(check.length) })).toBe(200);
    const before = await trace();
    const smuggled = command('start Smuggled');
    expect(await post(smuggled, { 'content-type': FORM, 'content-length': String(smuggled.length) })).toBe(
      401,
    );
    await t.app.idle();
    expect(await trace()).toBe(before);
  });

  it('refuses an unsigned 4 MB body with 401 before reading it', async () => {
    const body = Buffer.alloc(4 * 1024 * 1024, 'x');
    expect(await post(body, { 'content-type': FORM, 'content-length': String(body.length) })).toBe(401);
  });

  it('refuses a body streamed without a length once it passes the limit, signature or not', async () => {
    const ts = now();
    const headers = {
      'content-type': FORM,
      'x-slack-request-timestamp': String(ts),
      'x-slack-signature': sign('whatever', ts),
    };
    const chunk = Buffer.alloc(64 * 1024, 'x');
    const status = await post((write) => {
      for (let sent = 0; sent <= BODY_LIMIT; sent += chunk.length) write(chunk);
    }, headers);
    expect(status).toBe(413);
  });

  it('takes the largest submission a person can make: every answer of a step at 3,000 three-byte characters', async () => {
    const { payload } = await t.command('assess');
    const opened = await t.standIn.waitFor('views.open', (a) => a.trigger_id === payload.trigger_id);
    const view: Json = opened.args.view;
    const typed = '€'.repeat(3_000);
    const values: Json = {};
    for (const key of ['why', 'goals', 'pitch'])
      values[ASSESSMENT_IDS.answerBlock(key)] = {
        [ASSESSMENT_IDS.answerAction]: { type: 'plain_text_input', value: typed },
      };
    // Slack echoes the view with the values typed in it too.
    const echoed = JSON.parse(
      JSON.stringify(view).replaceAll('"blocks":[', `"typed":"${typed.repeat(3)}","blocks":[`),
    );
    const res = await t.interaction({
      type: 'view_submission',
      team: { id: 'T1', domain: 'acme' },
      user: { id: 'U1', team_id: 'T1' },
      api_app_id: 'A1',
      view: { ...echoed, id: 'V1', team_id: 'T1', state: { values }, hash: 'h' },
    });
    expect(res.status).toBe(200);
    // The pitch is longer than a pitch may be: the modal says so, which shows the body was read.
    expect(JSON.stringify(await res.json())).toContain('pitch');
    const size = new URLSearchParams({ payload: JSON.stringify({ view: echoed, values }) }).toString().length;
    console.log(
      `http guard: the largest submission is ${(size / 1024).toFixed(0)} kB of a ${BODY_LIMIT / 1024} kB limit`,
    );
    expect(size).toBeLessThan(BODY_LIMIT / 2);
  });
});

describe('malformed signed bodies', () => {
  const cases: [string, string, string][] = [
    ['payload=null', FORM, 'payload=null'],
    ['a JSON null', 'application/json', 'null'],
    ['a JSON array', 'application/json', '[{"type":"event_callback"}]'],
    ['an event that is a string', 'application/json', '{"type":"event_callback","team_id":"T1","event":"x"}'],
    [
      'actions that are not a list',
      FORM,
      `payload=${encodeURIComponent('{"type":"block_actions","user":{"id":"U1"},"team":{"id":"T1"},"actions":{"a":1}}')}`,
    ],
    [
      'a submission without a view',
      FORM,
      `payload=${encodeURIComponent('{"type":"view_submission","user":{"id":"U1"},"team":{"id":"T1"}}')}`,
    ],
    [
      'a command given twice',
      FORM,
      'command=/smstrategy&command=/smstrategy&text=help&team_id=T1&user_id=U1&channel_id=C1',
    ],
    ['a form that is no request at all', FORM, 'hello=world'],
  ];

  it.each(cases)('answers %s with 400 and runs nothing', async (_name, contentType, body) => {
    const before = await trace();
    expect(await post(body, signed(body, contentType))).toBe(400);
    await t.app.idle();
    expect(await trace()).toBe(before);
  });

  it('keeps serving afterwards', async () => {
    expect(textOf(await t.reply('status'))).toContain('Guarded');
  });
});
