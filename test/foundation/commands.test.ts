import { describe, expect, it } from 'vitest';
import { appForEachTest } from '../support/app-per-test.js';
import { textOf, U1, UFI } from '../support/harness.js';

const t = appForEachTest({ users: [U1, UFI] });

describe('/smstrategy help', () => {
  it('answers an empty command with the help, buttons included', async () => {
    const reply = await t.reply('');
    expect(reply.response_type).toBe('ephemeral');
    expect(textOf(reply)).toContain('Build your social media strategy together');
    expect(textOf(reply)).toContain('/smstrategy start [name]');
    const actions = reply.blocks.find((b: any) => b.type === 'actions');
    expect(actions.elements.map((e: any) => e.action_id)).toEqual(['help_start']);
  });

  it('speaks Finnish to a user who chose Finnish, English to others', async () => {
    const fi = await t.reply('help', { user: 'UFI' });
    expect(textOf(fi)).toContain('Rakentakaa sosiaalisen median strategia yhdessä');
    const en = await t.reply('help', { user: 'U1' });
    expect(textOf(en)).toContain('Build your social media strategy together');
  });

  it('names the closest command for a typo, with the help', async () => {
    const reply = await t.reply('stauts');
    expect(reply.blocks[0].text.text).toContain("I don't know the command `stauts`.");
    expect(reply.blocks[0].text.text).toContain('Did you mean `/smstrategy status`?');
    expect(textOf(reply)).toContain('Build your social media strategy together');
  });

  it('does not guess when nothing is close', async () => {
    const reply = await t.reply('xyzzyplugh');
    expect(reply.blocks[0].text.text).toContain("I don't know the command `xyzzyplugh`.");
    expect(reply.blocks[0].text.text).not.toContain('Did you mean');
  });
});

describe('/smstrategy start', () => {
  it('creates one strategy per channel and says so when it exists', async () => {
    const first = await t.reply('start Launch 2027');
    expect(first.response_type).toBe('in_channel');
    expect(first.text).toContain('<@U1> started *Launch 2027*');

    const second = await t.reply('start Something else');
    expect(second.response_type).toBe('ephemeral');
    expect(second.text).toContain('This channel already has a strategy: *Launch 2027*');

    const rows = await t.app.db.selectFrom('strategies').selectAll().execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ team_id: 'T1', channel_id: 'C1', name: 'Launch 2027', language: 'en' });
  });

  it('keeps the same channel id under another team as a separate strategy', async () => {
    await t.reply('start One', { team: 'T1', channel: 'C1' });
    const other = await t.reply('start Two', { team: 'T2', channel: 'C1' });
    expect(other.text).toContain('started *Two*');
    const rows = await t.app.db
      .selectFrom('strategies')
      .select(['team_id', 'name'])
      .orderBy('team_id')
      .execute();
    expect(rows).toEqual([
      { team_id: 'T1', name: 'One' },
      { team_id: 'T2', name: 'Two' },
    ]);
    const status = await t.reply('status', { team: 'T2', channel: 'C1' });
    expect(status.text).toBe('Two');
  });

  it('takes language (their own choice) and time zone from the facilitator, and names the strategy after the channel', async () => {
    const reply = await t.reply('start', { user: 'UFI', channelName: 'somestrategia' });
    expect(reply.text).toContain('aloitti strategian *Somestrategia: #somestrategia*');
    const row = await t.app.db.selectFrom('strategies').selectAll().executeTakeFirstOrThrow();
    expect(row).toMatchObject({ language: 'fi', time_zone: 'Europe/Helsinki', created_by: 'UFI' });
  });

  it('refuses an overlong name and creates nothing', async () => {
    const reply = await t.reply(`start ${'x'.repeat(81)}`);
    expect(reply.text).toBe('The name can be at most 80 characters. Nothing was created.');
    await t.app.idle();
    expect(await t.app.db.selectFrom('strategies').selectAll().execute()).toHaveLength(0);
  });

  it('records the creation in the audit trail', async () => {
    await t.reply('start Audit me');
    const events = await t.app.db.selectFrom('audit_events').selectAll().execute();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ team_id: 'T1', actor_id: 'U1', action: 'strategy.created' });
  });
});

describe('when something fails', () => {
  it('tells the user nothing was changed and keeps running', async () => {
    t.standIn.fail('users.info', { error: 'fatal_error' }, { times: 2 });
    const reply = await t.reply('start Doomed');
    expect(reply.text).toBe(
      'Something went wrong on my side and nothing was changed. Please try again in a moment.',
    );
    await t.app.idle();
    expect(await t.app.db.selectFrom('strategies').selectAll().execute()).toEqual([]);
    expect(t.logs.some((l) => l.includes('listener failed'))).toBe(true);
    const next = await t.reply('start Fine');
    expect(next.text).toContain('started *Fine*');
  });

  it('acknowledges a request that names no workspace, and neither reads nor changes anything', async () => {
    const before = t.standIn.calls.length;
    // A help button pressed where the payload carries no team: every query needs one.
    const res = await t.interaction({
      type: 'block_actions',
      team: null,
      user: { id: 'U1', username: 'u1' },
      api_app_id: 'A1',
      token: 'verification-token-unused',
      trigger_id: 'trigger.no-team',
      container: { type: 'message', message_ts: '1.000001', channel_id: 'C1' },
      channel: { id: 'C1', name: 'marketing' },
      message: { ts: '1.000001', text: '' },
      response_url: t.standIn.responseUrl(),
      actions: [{ action_id: 'help_start', block_id: 'b', type: 'button', action_ts: '1.5' }],
    });
    expect(res.status).toBe(200);
    await t.app.idle();
    // Bolt checks its own token (auth.test) before any middleware runs; nothing of ours may follow.
    expect(t.standIn.calls.slice(before).filter((c) => c.method !== 'auth.test')).toEqual([]);
    expect(await t.app.db.selectFrom('strategies').selectAll().execute()).toEqual([]);
    expect(t.logs.some((l) => l.includes('request without a workspace ignored'))).toBe(true);
  });
});

describe('/smstrategy status', () => {
  it('tells how to start when the channel has no strategy', async () => {
    const reply = await t.reply('status');
    expect(reply.text).toContain('This channel has no strategy yet');
  });

  it('shows what exists so far', async () => {
    await t.reply('start Launch');
    const reply = await t.reply('status');
    expect(reply.text).toBe('Launch');
    const all = textOf(reply);
    expect(all).toContain('Started by <@U1>');
    expect(all).toContain('Admins: <@U1>');
    expect(all).toContain('Time zone: Europe/Helsinki');
    expect(all).toContain('not analysed yet');
  });

  it('the help of a channel with a strategy has buttons for the common actions, and they work', async () => {
    await t.reply('start Launch');
    const help = await t.reply('help');
    const actions = help.blocks.find((b: any) => b.type === 'actions');
    expect(actions.elements.map((e: any) => e.action_id)).toEqual([
      'help_status',
      'help_assess',
      'help_checkin',
      'help_plan',
    ]);
    await t.action('help_assess');
    const open = await t.standIn.waitFor('views.open');
    expect(open.args.view.callback_id).toBe('assessment');
  });

  it('is reachable from the help button', async () => {
    await t.reply('start Launch');
    const { responseUrl } = await t.action('help_status');
    const call = await t.standIn.waitForReply(responseUrl);
    expect(call.args.text).toBe('Launch');
  });
});
