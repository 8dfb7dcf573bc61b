import { afterEach, describe, expect, it } from 'vitest';
import { TestApp } from '../support/harness.js';
import { HoldBack } from '../support/hold-back.js';
import { SIGNING_SECRET } from '../support/signing.js';

let t: TestApp;
afterEach(async () => {
  await t.stop();
});

describe('HTTP transport', () => {
  it('answers /healthz with 200 while the database is up, 503 once it is gone', async () => {
    t = await TestApp.start();
    const res = await fetch(`${t.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true, database: 'up', slack: 'up' });
    await t.app.db.destroy();
    const down = await fetch(`${t.url}/healthz`);
    expect(down.status).toBe(503);
    expect(await down.json()).toEqual({ ok: false, database: 'down', slack: 'up' });
  });

  const cases: [string, (t: TestApp, body: Record<string, string>) => Promise<Response>][] = [
    ['a wrong signing secret', (t, body) => t.postForm(body, { secret: SIGNING_SECRET.replace(/0/g, '1') })],
    [
      'a timestamp six minutes old',
      (t, body) => t.postForm(body, { timestamp: Math.floor(Date.now() / 1000) - 360 }),
    ],
    [
      'a body changed after signing',
      (t, body) =>
        t.postForm({ ...body, text: 'start Hijacked' }, { signedBody: new URLSearchParams(body).toString() }),
    ],
  ];

  it.each(cases)('refuses %s with 401 and runs no listener', async (_name, send) => {
    t = await TestApp.start();
    const res = await send(t, t.commandPayload('start Hello'));
    expect(res.status).toBe(401);
    await t.app.idle();
    expect(t.standIn.calls.filter((c) => c.method !== 'auth.test')).toEqual([]);
    expect(await t.app.db.selectFrom('strategies').selectAll().execute()).toEqual([]);
  });

  it('refuses an oversized body with 413', async () => {
    t = await TestApp.start();
    const res = await t.postForm({ ...t.commandPayload('help'), text: 'x'.repeat(5 * 1024 * 1024) });
    expect(res.status).toBe(413);
    await t.app.idle();
    expect(t.standIn.calls.filter((c) => c.method !== 'auth.test')).toEqual([]);
  });

  it('finishes work in flight before it stops, then closes the database', async () => {
    const holdBack = new HoldBack();
    t = await TestApp.start({ wrapDb: (db) => holdBack.wrap(db) });
    // The caller's language is read slowly: the reply misses the ack and comes after it.
    holdBack.arm('SelectQueryNode', 'user_languages');
    const { status, payload, ack } = await t.command('help');
    expect(status).toBe(200);
    expect(ack).toBeUndefined();
    const stopping = t.app.stop();
    holdBack.release();
    const reply = await t.standIn.waitFor(
      'response_url',
      (a) => a.response_id === payload.response_url!.split('/').pop(),
    );
    expect(reply.args.text).toContain('Build your social media strategy together');
    await stopping;
    await expect(fetch(`${t.url}/healthz`)).rejects.toThrow();
  });
});

describe('Socket Mode transport', () => {
  it('opens the connection through apps.connections.open and answers /smstrategy help over it', async () => {
    t = await TestApp.start({
      transport: 'socket',
      users: [{ id: 'U1', locale: 'en-US', chosenLanguage: 'fi' }],
    });
    const open = t.standIn.callsOf('apps.connections.open');
    expect(open).toHaveLength(1);
    expect(open[0]!.token).toMatch(/^xapp-/);
    const reply = await t.reply('help');
    expect(reply.text).toContain('Rakentakaa sosiaalisen median strategia yhdessä');
    const health = await fetch(`${t.url}/healthz`);
    expect(health.status).toBe(200);
  });
});
