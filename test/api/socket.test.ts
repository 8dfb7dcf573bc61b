import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestApp, U1 } from '../support/harness.js';
import { api, expectDocumented, tokenIn } from './support.js';

// In Socket Mode Slack's requests come over the app's own connection; the API is served on the
// port /healthz answers on, with the same tokens and the same answers.

let t: TestApp;
beforeAll(async () => {
  t = await TestApp.start({ transport: 'socket', users: [U1] });
  await t.reply('start Socket');
});
afterAll(async () => {
  await t?.stop();
});

describe('the API in Socket Mode', () => {
  it('answers on the health port with a token made over the socket, and refuses without one', async () => {
    const token = tokenIn(await t.reply('api token create sheets'));
    const res = await api(t, 'GET', '/api/v1/strategy', { token });
    expect(res.status).toBe(200);
    expectDocumented('GET', '/api/v1/strategy', res);
    expect(res.json.name).toBe('Socket');
    expect((await api(t, 'GET', '/api/v1/strategy')).status).toBe(401);
    expect((await t.health()).status).toBe(200);
  });
});
