import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestApp } from '../support/harness.js';
import type { Json } from '../support/slack-stand-in.js';

// App Home lists the workspace's strategies, with the phases and metrics the user owns. A strategy
// of a private channel shows there only for the channel's members, as Slack tells the app
// (conversations.info, conversations.members), within a minute of the membership changing.

let t: TestApp;
beforeAll(async () => {
  t = await TestApp.start({
    users: [
      { id: 'UIN', locale: 'en-US', is_admin: true },
      { id: 'UOUT', locale: 'en-US' },
    ],
  });
  t.standIn.addChannel({ id: 'C1', name: 'marketing' });
  t.standIn.addChannel({ id: 'G1', name: 'launch-secret', is_private: true, members: ['UIN'] });
  await t.reply('start Open Plan', { channel: 'C1', user: 'UIN' });
  await t.reply('start Secret Plan', { channel: 'G1', user: 'UIN', channelName: 'launch-secret' });
  // The member makes the outsider owner of a phase of the private strategy.
  await t.reply('assign 1 <@UOUT>', { channel: 'G1', user: 'UIN' });
  // …and gives the private strategy a metric, for its check-in.
  const { payload } = await t.command('metric add', { channel: 'G1', user: 'UIN' });
  const view = (await t.standIn.waitFor('views.open', (a) => a.trigger_id === payload.trigger_id)).args.view;
  const typed = (value: string) => ({ metric_value: { type: 'plain_text_input', value } });
  const added = await t.submit(
    view,
    {
      metric_name: typed('Secret signups'),
      metric_unit: typed('signups'),
      metric_baseline: typed('10'),
      metric_target: typed('20'),
      metric_target_date: { metric_value: { type: 'datepicker', selected_date: '2030-01-01' } },
      metric_owner: { metric_value: { type: 'users_select', selected_user: 'UIN' } },
      metric_direction: { metric_value: { type: 'radio_buttons', selected_option: { value: 'up' } } },
      metric_cadence: { metric_value: { type: 'radio_buttons', selected_option: { value: 'weekly' } } },
    },
    { channel: 'G1', user: 'UIN' },
  );
  expect(added.body).toEqual({});
  await t.app.idle();
});
afterAll(async () => {
  await t?.stop();
});

/** Opens App Home as `user` and returns what Slack was asked to show them. */
async function home(user: string): Promise<string> {
  const before = t.standIn.callsOf('views.publish').length;
  await t.event({ type: 'app_home_opened', user, tab: 'home', channel: `D${user}` });
  await t.app.idle();
  const published = t.standIn.callsOf('views.publish').slice(before);
  expect(published).toHaveLength(1);
  expect(published[0]!.args.user_id).toBe(user);
  return JSON.stringify(published[0]!.args.view);
}

describe('App Home and private channels', () => {
  it('shows a private channel’s strategy to its members only, its phases included', async () => {
    const member = await home('UIN');
    expect(member).toContain('Open Plan');
    expect(member).toContain('Secret Plan');

    const outsider = await home('UOUT');
    expect(outsider).toContain('Open Plan');
    expect(outsider).not.toContain('Secret Plan');
    expect(outsider).not.toContain('G1');
  });

  it('follows a change of membership within a minute', async () => {
    t.standIn.addChannel({ id: 'G1', name: 'launch-secret', is_private: true, members: ['UIN', 'UOUT'] });
    t.clock.advance(61_000);
    expect(await home('UOUT')).toContain('Secret Plan');
    t.standIn.addChannel({ id: 'G1', name: 'launch-secret', is_private: true, members: ['UIN'] });
    t.clock.advance(61_000);
    expect(await home('UOUT')).not.toContain('Secret Plan');
  });

  it('reads every page of a large channel’s members', async () => {
    const crowd = Array.from({ length: 450 }, (_, i) => `UCROWD${i}`);
    t.standIn.addChannel({
      id: 'G1',
      name: 'launch-secret',
      is_private: true,
      members: [...crowd, 'UOUT', 'UIN'],
    });
    t.clock.advance(61_000);
    expect(await home('UOUT')).toContain('Secret Plan');
    const pages = t.standIn.callsOf('conversations.members').filter((c) => c.args.channel === 'G1');
    expect(pages.slice(-3).map((c) => Boolean(c.args.cursor))).toEqual([false, true, true]);
  });

  it('shows the strategy of a channel Slack will not describe to no one', async () => {
    t.standIn.addChannel({
      id: 'G1',
      name: 'launch-secret',
      is_private: true,
      members: ['UIN'],
      bot_member: false,
    });
    t.clock.advance(61_000);
    expect(await home('UIN')).not.toContain('Secret Plan');
    expect(await home('UIN')).toContain('Open Plan');
    t.standIn.addChannel({ id: 'G1', name: 'launch-secret', is_private: true, members: ['UIN'] });
    t.clock.advance(61_000);
  });

  it('opens the check-in of a private channel’s strategy for its members only', async () => {
    const secret = await t.app.db
      .selectFrom('strategies')
      .select('id')
      .where('channel_id', '=', 'G1')
      .executeTakeFirstOrThrow();
    const opened = (): Json[] => t.standIn.callsOf('views.open').map((c) => c.args);
    const before = opened().length;
    await t.action('metric_home_checkin', {
      user: 'UOUT',
      value: secret.id,
      view: { id: 'VH', type: 'home' },
    });
    await t.app.idle();
    expect(opened().slice(before)).toEqual([]);
    await t.action('metric_home_checkin', {
      user: 'UIN',
      value: secret.id,
      view: { id: 'VH', type: 'home' },
    });
    await t.app.idle();
    expect(JSON.stringify(opened().slice(before))).toContain('Secret signups');
  });
});
