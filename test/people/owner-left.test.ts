import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { saveItem } from '../../src/services/phase-content.js';
import { findStrategyByChannel } from '../../src/storage/strategies.js';
import { OWNER_LEFT_IDS } from '../../src/views/ids.js';
import { serviceDeps } from '../plan/support.js';
import { TestClock } from '../support/clock.js';
import { TestApp } from '../support/harness.js';
import type { Json } from '../support/slack-stand-in.js';

// People leave: Slack reports an owner deactivated (the user_change event, or a users.info lookup),
// and what they owned is listed for a new owner in the digest and on the admins' App Home.

let t: TestApp;

beforeEach(async () => {
  // Sunday 29 November 2026, 14:00 in Helsinki.
  t = await TestApp.start({
    clock: new TestClock('2026-11-29T12:00:00Z'),
    users: [
      { id: 'U1', locale: 'en-US', tz: 'Europe/Helsinki', name: 'Maria' },
      { id: 'U2', locale: 'en-US', tz: 'Europe/Helsinki', name: 'Olli' },
      { id: 'U3', locale: 'en-US', tz: 'Europe/Helsinki', name: 'Aino' },
      { id: 'UFI', locale: 'en-US', tz: 'Europe/Helsinki', name: 'Pekka', chosenLanguage: 'fi' },
    ],
  });
});
afterEach(async () => {
  await t.stop();
});

async function addMetric(name: string, owner: string, who: { user: string; channel: string }): Promise<void> {
  const { payload } = await t.command('metric add', who);
  const view = (await t.standIn.waitFor('views.open', (a) => a.trigger_id === payload.trigger_id)).result!
    .view;
  const text = (value: string) => ({ metric_value: { type: 'plain_text_input', value } });
  const res = await t.submit(
    view,
    {
      metric_name: text(name),
      metric_unit: text(''),
      metric_baseline: text('100'),
      metric_target: text('200'),
      metric_target_date: { metric_value: { type: 'datepicker', selected_date: '2027-11-26' } },
      metric_owner: { metric_value: { type: 'users_select', selected_user: owner } },
      metric_direction: { metric_value: { type: 'radio_buttons', selected_option: { value: 'up' } } },
      metric_cadence: { metric_value: { type: 'radio_buttons', selected_option: { value: 'weekly' } } },
    },
    who,
  );
  expect(res.body).toEqual({});
}

/** A strategy where U2 owns the listening phase and a metric, and U3 the goals phase. */
async function strategyWithOwners(admin: string, channel: string, name: string): Promise<void> {
  const who = { user: admin, channel };
  await t.reply(`start ${name}`, who);
  await t.reply('assign listening <@U2>', who);
  await t.reply('assign goals <@U3>', who);
  await addMetric('Followers', 'U2', who);
  await t.app.idle();
}

/** The App Home the app published last for the user. */
function lastHome(user: string): Json {
  const call = t.standIn.calls.filter((c) => c.method === 'views.publish' && c.args.user_id === user).at(-1);
  if (!call) throw new Error(`no App Home published for ${user}`);
  return call.args.view;
}

/** The users_select pickers of a message or view, with the block that names each item. */
function pickers(blocks: Json[]): { blockId: string; text: string }[] {
  return blocks
    .filter((b) => b.accessory?.type === 'users_select' && b.accessory.action_id === OWNER_LEFT_IDS.reassign)
    .map((b) => ({ blockId: b.block_id, text: b.text.text }));
}

async function digestBlocks(channel: string): Promise<Json[]> {
  const mark = t.standIn.calls.length;
  t.clock.set('2026-11-30T07:00:00Z'); // Monday 09:00 in Helsinki
  await t.app.scheduler.tick();
  const digest = t.standIn.calls
    .slice(mark)
    .find((c) => c.method === 'chat.postMessage' && c.result?.ok && c.args.channel === channel);
  if (!digest) throw new Error(`no digest in ${channel}`);
  return digest.args.blocks;
}

async function ownerOf(table: 'phases' | 'metrics', where: [string, string]): Promise<string | null> {
  const row = await t.app.db
    .selectFrom(table)
    .select('owner_id')
    .where(where[0] as 'team_id', '=', where[1])
    .executeTakeFirstOrThrow();
  return row.owner_id;
}

describe('an owner who leaves the workspace', () => {
  it('is flagged from the user_change event: App Home and the digest list their items with a picker', async () => {
    await strategyWithOwners('U1', 'C1', 'Launch');
    const mark = t.standIn.calls.length;
    const { status } = await t.setDeactivated('U2');
    expect(status).toBe(200);
    await t.app.idle();

    const home = lastHome('U1');
    const homeText = JSON.stringify(home.blocks);
    expect(homeText).toContain(':warning: *Owner left* in *Launch* (<#C1>): pick a new owner for each.');
    expect(pickers(home.blocks).map((p) => p.text)).toEqual([
      'Phase *Listening*, owned by <@U2>',
      'Metric *Followers*, owned by <@U2>',
    ]);
    // The goals phase's owner is still here: not listed.
    expect(homeText).not.toContain('Goal setting');
    // Only the strategy's admins are shown the list.
    expect(
      t.standIn.calls.slice(mark).some((c) => c.method === 'views.publish' && c.args.user_id === 'U3'),
    ).toBe(false);

    const digest = await digestBlocks('C1');
    const listed = pickers(digest);
    expect(listed.map((p) => p.text)).toEqual([
      'Phase *Listening*, owned by <@U2>',
      'Metric *Followers*, owned by <@U2>',
    ]);
    expect(JSON.stringify(digest)).toContain("Slack reports these 2 items' owners deactivated");
    const select = digest.find((b) => b.block_id === listed[0]!.blockId)!.accessory;
    expect(select.placeholder.text).toBe('Choose the new owner');
  });

  it('is flagged when a users.info lookup says so, without the event', async () => {
    await strategyWithOwners('U1', 'C1', 'Launch');
    t.standIn.users.set('U2', { ...t.standIn.users.get('U2')!, deleted: true });
    // What the app knew of them has expired since.
    t.clock.advance(20 * 60_000);
    // Assigning them again looks them up: refused, and now known to have left.
    const reply = await t.reply('assign goals <@U2>', { user: 'U1' });
    expect(reply.text).toContain('deactivated');
    const rows = await t.app.db.selectFrom('departed_users').selectAll().execute();
    expect(rows).toEqual([{ team_id: 'T1', user_id: 'U2', left_at: expect.any(Number) }]);
    expect(pickers(await digestBlocks('C1'))).toHaveLength(2);
  });

  it('is no longer flagged once Slack reports them active again', async () => {
    await strategyWithOwners('U1', 'C1', 'Launch');
    await t.setDeactivated('U2');
    await t.app.idle();
    expect(pickers(lastHome('U1').blocks)).toHaveLength(2);
    await t.setDeactivated('U2', false);
    await t.app.idle();
    expect(pickers(lastHome('U1').blocks)).toHaveLength(0);
    expect(pickers(await digestBlocks('C1'))).toHaveLength(0);
    const audit = await t.app.db
      .selectFrom('audit_events')
      .select(['action', 'subject', 'strategy_id'])
      .where('action', 'like', 'user.%')
      .orderBy('at')
      .execute();
    expect(audit).toEqual([
      { action: 'user.deactivated', subject: 'U2', strategy_id: null },
      { action: 'user.reactivated', subject: 'U2', strategy_id: null },
    ]);
  });
});

describe('the reassign picker', () => {
  it('gives the phase and the metric new owners from the digest, and tells the new owner', async () => {
    await strategyWithOwners('U1', 'C1', 'Launch');
    await t.setDeactivated('U2');
    await t.app.idle();
    const [phase, metric] = pickers(await digestBlocks('C1'));

    const mark = t.standIn.calls.length;
    const clicked = await t.action(OWNER_LEFT_IDS.reassign, {
      user: 'U1',
      blockId: phase!.blockId,
      selectedUser: 'U3',
    });
    expect(clicked.status).toBe(200);
    const answer = await t.standIn.waitForReply(clicked.responseUrl);
    expect(answer.args).toMatchObject({
      response_type: 'ephemeral',
      replace_original: false,
      text: 'Phase *Listening* now belongs to <@U3>.',
    });
    await t.app.idle();
    expect(await ownerOf('phases', ['key', 'listening'])).toBe('U3');
    const dms = t.standIn.calls.slice(mark).filter((c) => c.method === 'chat.postMessage');
    // The new owner is told; the one who left is not written to.
    expect(dms.map((c) => c.args.channel)).toEqual(['U3']);

    const second = await t.action(OWNER_LEFT_IDS.reassign, {
      user: 'U1',
      blockId: metric!.blockId,
      selectedUser: 'U1',
    });
    const metricAnswer = await t.standIn.waitForReply(second.responseUrl);
    expect(metricAnswer.args.text).toBe('Metric *Followers* now belongs to <@U1>.');
    expect(await ownerOf('metrics', ['name', 'Followers'])).toBe('U1');
    await t.app.idle();
    expect(pickers(lastHome('U1').blocks)).toHaveLength(0);
    const audit = await t.app.db
      .selectFrom('audit_events')
      .select(['action', 'actor_id', 'after_json'])
      .where('action', 'in', ['phase.updated', 'metric.updated'])
      .where('subject', '=', 'listening')
      .where('after_json', 'like', '%U3%')
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]!.actor_id).toBe('U1');
  });

  it('gives an action and a register account new owners from the list, as their windows would', async () => {
    await strategyWithOwners('U1', 'C1', 'Launch');
    const strategy = (await findStrategyByChannel(t.app.db, { teamId: 'T1' }, 'C1'))!;
    const deps = serviceDeps(t);
    const admin = { userId: 'U1', isWorkspaceAdmin: false };
    await saveItem(deps, {
      strategy,
      actor: admin,
      item: { kind: 'action', what: 'Open the <Instagram> account', ownerId: 'U2', due: null, done: false },
    });
    await saveItem(deps, {
      strategy,
      actor: admin,
      item: {
        kind: 'channel',
        service: 'Instagram',
        handle: '@launch',
        audience: 'Homeowners',
        purpose: 'Tips',
        cadence: 'weekly',
        ownerId: 'U2',
      },
    });
    await t.setDeactivated('U2');
    await t.app.idle();
    const listed = pickers(lastHome('U1').blocks);
    expect(listed.map((p) => p.text)).toEqual(
      expect.arrayContaining([
        'Action *Open the &lt;Instagram&gt; account*, owned by <@U2>',
        'Account *Instagram @launch*, owned by <@U2>',
      ]),
    );
    const pick = async (text: string, user: string) => {
      const { responseUrl } = await t.action(OWNER_LEFT_IDS.reassign, {
        user: 'U1',
        blockId: listed.find((p) => p.text.startsWith(text))!.blockId,
        selectedUser: user,
      });
      return (await t.standIn.waitForReply(responseUrl)).args.text;
    };
    expect(await pick('Action', 'U3')).toBe(
      'Action *Open the &lt;Instagram&gt; account* now belongs to <@U3>.',
    );
    expect(await pick('Account', 'U1')).toBe('Account *Instagram @launch* now belongs to <@U1>.');
    await t.app.idle();
    const owners = await t.app.db.selectFrom('action_items').select('owner_id').execute();
    expect(owners).toEqual([{ owner_id: 'U3' }]);
    const accounts = await t.app.db.selectFrom('register_channels').select(['owner_id', 'purpose']).execute();
    expect(accounts).toEqual([{ owner_id: 'U1', purpose: 'Tips' }]);
    // The new owner's App Home now lists the action as theirs; the admin's list has no account left.
    expect(JSON.stringify(lastHome('U3').blocks)).toContain('Open the &lt;Instagram&gt; account');
    expect(pickers(lastHome('U1').blocks).map((p) => p.text)).not.toEqual(
      expect.arrayContaining([expect.stringContaining('Instagram')]),
    );
    // The change is in the trail as any change of owner is.
    const trail = await t.app.db
      .selectFrom('audit_events')
      .select(['action', 'actor_id'])
      .where('action', 'in', ['action.updated', 'channel.updated'])
      .execute();
    expect(trail).toEqual(
      expect.arrayContaining([
        { action: 'action.updated', actor_id: 'U1' },
        { action: 'channel.updated', actor_id: 'U1' },
      ]),
    );
  });

  it('from App Home, answers by DM and publishes the home again', async () => {
    await strategyWithOwners('U1', 'C1', 'Launch');
    await t.setDeactivated('U2');
    await t.app.idle();
    const home = lastHome('U1');
    const [phase] = pickers(home.blocks);
    await t.action(OWNER_LEFT_IDS.reassign, {
      user: 'U1',
      blockId: phase!.blockId,
      selectedUser: 'U3',
      view: { ...home, id: 'VHOME', type: 'home' },
    });
    await t.app.idle();
    const dm = t.standIn.calls
      .filter((c) => c.method === 'chat.postMessage' && c.args.channel === 'U1')
      .at(-1);
    expect(dm!.args.text).toBe('Phase *Listening* now belongs to <@U3>.');
    expect(pickers(lastHome('U1').blocks).map((p) => p.text)).toEqual(['Metric *Followers*, owned by <@U2>']);
  });

  it('refuses someone who may not change the owner, and a deactivated or bot new owner', async () => {
    await strategyWithOwners('U1', 'C1', 'Launch');
    await t.setDeactivated('U2');
    await t.app.idle();
    const [phase, metric] = pickers(await digestBlocks('C1'));
    const answer = async (user: string, blockId: string, selectedUser: string) => {
      const c = await t.action(OWNER_LEFT_IDS.reassign, { user, blockId, selectedUser });
      return (await t.standIn.waitForReply(c.responseUrl)).args.text as string;
    };
    expect(await answer('U3', phase!.blockId, 'U3')).toContain('<@U1>');
    expect(await answer('U3', metric!.blockId, 'U3')).toBe(
      "Only the strategy's admins, the metric's owner and workspace admins can change its owner.",
    );
    expect(await answer('U1', phase!.blockId, 'U2')).toContain('deactivated');
    expect(await ownerOf('phases', ['key', 'listening'])).toBe('U2');
    expect(await ownerOf('metrics', ['name', 'Followers'])).toBe('U2');
  });

  it('speaks Finnish in a Finnish strategy: the digest, App Home and the answers', async () => {
    await strategyWithOwners('UFI', 'C2', 'Lanseeraus');
    await t.reply('language fi', { user: 'UFI', channel: 'C2' });
    await t.setDeactivated('U2');
    await t.app.idle();
    expect(JSON.stringify(lastHome('UFI').blocks)).toContain(
      ':warning: *Vastuuhenkilö poistunut* strategiassa *Lanseeraus* (<#C2>): valitse kullekin uusi vastuuhenkilö.',
    );
    const digest = await digestBlocks('C2');
    const listed = pickers(digest);
    expect(listed.map((p) => p.text)).toEqual([
      'Vaihe *Kuuntelu*, vastuuhenkilönä <@U2>',
      'Mittari *Followers*, vastuuhenkilönä <@U2>',
    ]);
    expect(digest.find((b) => b.block_id === listed[0]!.blockId)!.accessory.placeholder.text).toBe(
      'Valitse uusi vastuuhenkilö',
    );
    const c = await t.action(OWNER_LEFT_IDS.reassign, {
      user: 'UFI',
      channel: 'C2',
      blockId: listed[1]!.blockId,
      selectedUser: 'U3',
    });
    const answer = await t.standIn.waitForReply(c.responseUrl);
    expect(answer.args.text).toBe('Mittari *Followers* on nyt käyttäjän <@U3> vastuulla.');
  });
});
