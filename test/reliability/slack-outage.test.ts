import { afterEach, describe, expect, it } from 'vitest';
import { TestApp } from '../support/harness.js';
import { SlackStandIn } from '../support/slack-stand-in.js';

// Slack going away while a Socket Mode app runs: its connection drops and Slack cannot be reached
// for a while. The app keeps trying to reconnect (the Socket Mode client waits five seconds before
// its first try, so this is in `npm run test:reliability` only), says so on /healthz, and serves
// again once Slack is back.

const wanted = Boolean(process.env.SMSTRATEGY_RELIABILITY);

let t: TestApp | undefined;
let standIn: SlackStandIn | undefined;
afterEach(async () => {
  await t?.stop();
  await standIn?.stop();
});

describe.skipIf(!wanted)('Slack unreachable while a Socket Mode app runs', () => {
  it('reconnects once Slack is back, with /healthz at 503 "unreachable" meanwhile, and never exits', async () => {
    standIn = await SlackStandIn.start();
    t = await TestApp.start({ standIn, transport: 'socket' });
    const app = t;
    expect((await app.reply('help')).text).toContain('Build your social media strategy together');

    await standIn.goOffline();
    const away = await app.healthUntil((h) => h.body.slack === 'unreachable', 30_000);
    expect(away.status).toBe(503);
    await app.healthUntil(
      () => app.logs.filter((l) => l.includes('Slack connection lost: reconnecting')).length >= 2,
      30_000,
    );

    const opened = standIn.callsOf('apps.connections.open').length;
    await standIn.comeBack();
    await standIn.waitForSocket(30_000);
    await app.healthUntil((h) => h.status === 200, 30_000);
    expect(standIn.callsOf('apps.connections.open').length).toBeGreaterThan(opened);
    expect((await app.reply('help')).text).toContain('Build your social media strategy together');
    console.log('reliability: Slack outages survived in Socket Mode: 1');
  }, 90_000);
});
