import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestApp } from '../support/harness.js';

// Slack's admin flags decide who may manage any strategy. The app caches users (their name and
// language rarely change), but a permission check trusts flags at most a minute old.

let t: TestApp;
beforeAll(async () => {
  t = await TestApp.start({
    users: [
      { id: 'UFOUNDER', locale: 'en-US' },
      { id: 'UADMIN', locale: 'en-US', is_admin: true },
    ],
  });
  await t.reply('start Flags', { user: 'UFOUNDER' });
});
afterAll(async () => {
  await t?.stop();
});

const asked = () => t.standIn.callsOf('users.info').filter((c) => c.args.user === 'UADMIN').length;

describe('admin flags', () => {
  it('a demoted workspace admin loses the right to manage within a minute', async () => {
    expect((await t.reply('pause', { user: 'UADMIN' })).text).toContain(
      '<@UADMIN> paused the scheduled messages',
    );

    t.standIn.addUser({ id: 'UADMIN', locale: 'en-US', is_admin: false });
    t.clock.advance(61_000);
    const refused = await t.reply('resume', { user: 'UADMIN' });
    expect(refused.text).not.toContain('resumed');
    expect(refused.text).toBe(
      'Only the strategy’s admins and workspace admins can change the schedule. Nothing was changed.',
    );

    t.standIn.addUser({ id: 'UADMIN', locale: 'en-US', is_admin: true });
    t.clock.advance(61_000);
    expect((await t.reply('resume', { user: 'UADMIN' })).text).toContain('<@UADMIN> resumed');
  });

  it('asks Slack again only for permission checks: the name and language stay cached', async () => {
    await t.reply('help', { user: 'UADMIN' });
    const before = asked();
    t.clock.advance(61_000);
    await t.reply('help', { user: 'UADMIN' });
    await t.reply('status', { user: 'UADMIN' });
    expect(asked()).toBe(before);
    await t.reply('pause', { user: 'UADMIN' });
    expect(asked()).toBe(before + 1);
  });
});
