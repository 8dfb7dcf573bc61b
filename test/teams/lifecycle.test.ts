import { describe, expect, it } from 'vitest';
import { STRATEGY_IDS } from '../../src/views/ids.js';
import { appForEachTest } from '../support/app-per-test.js';
import { textOf } from '../support/harness.js';
import { valuesAsOpened } from '../support/view-values.js';
import { auditActions, openedBy, strategyRow, USERS } from './support.js';

// The clock starts on Thursday 2026-11-26 09:00Z; the default digest goes out on Mondays at 09:00
// Helsinki time (07:00Z in winter).
const t = appForEachTest({ users: USERS }, (t) => t.reply('start Launch'));

const digests = () =>
  t.standIn.callsOf('chat.postMessage').filter((c) => c.args.channel === 'C1' && /digest/i.test(c.args.text));

const ARCHIVED =
  '*Launch* is archived: its status and plan can be read, but nothing in it can be changed. An admin can bring it back with `/smstrategy unarchive`.';

describe('archive and unarchive', () => {
  it('stops every schedule, refuses every change, keeps status and plan, and is audited', async () => {
    const archived = await t.reply('archive');
    expect(archived.response_type).toBe('in_channel');
    expect(archived.text).toContain('<@U1> archived *Launch*. Its scheduled messages have stopped');
    expect((await strategyRow(t))?.state).toBe('archived');
    const schedules = await t.app.db.selectFrom('schedules').selectAll().execute();
    expect(schedules.every((s) => s.paused === 1 && s.pause_reason === 'archived')).toBe(true);

    for (const command of [
      'assign 1 <@U2>',
      'due 1 2027-01-01',
      'phase 1',
      'schedule',
      'metric add',
      'checkin',
      'assess',
      'pause',
      'resume',
      'rename Other',
      'settings',
      'admin add <@U2>',
      'language fi',
    ]) {
      const reply = await t.reply(command);
      expect(reply.text, command).toBe(ARCHIVED);
    }
    expect((await t.reply('archive')).text).toBe('This strategy is already archived. Nothing was changed.');
    expect(textOf(await t.reply('status'))).toContain('State: archived');
    expect((await t.reply('plan')).text).not.toBe(ARCHIVED);
    expect((await t.reply('metric list')).text).not.toBe(ARCHIVED);
    expect((await t.reply('admin list')).text).toContain('*Admins of Launch:*');
    const row = await strategyRow(t);
    expect(row).toMatchObject({ name: 'Launch', language: 'en', state: 'archived' });
    expect((await auditActions(t)).map((a) => a.action)).toContain('strategy.archived');
  });

  it('refuses a phase button and a window opened before it was archived', async () => {
    const strategy = (await strategyRow(t))!;
    const view = await openedBy(t, 'metric add');
    await t.reply('archive');
    const submitted = await t.submit(
      view,
      valuesAsOpened(view, {
        metric_name: { value: 'Followers' },
        metric_unit: { value: 'people' },
        metric_baseline: { value: '1' },
        metric_target: { value: '2' },
        metric_target_date: { selected_date: '2027-06-01' },
      }),
    );
    expect(submitted.body.response_action).toBe('update');
    expect(JSON.stringify(submitted.body.view)).toContain('is archived');
    expect(await t.app.db.selectFrom('metrics').selectAll().execute()).toHaveLength(0);

    const { responseUrl } = await t.action('phase_done', {
      value: JSON.stringify({ s: strategy.id, k: 'listening' }),
    });
    const reply = await t.standIn.waitForReply(responseUrl);
    expect(reply.args.text).toBe(ARCHIVED);
    const phase = await t.app.db
      .selectFrom('phases')
      .select('status')
      .where('key', '=', 'listening')
      .executeTakeFirstOrThrow();
    expect(phase.status).toBe('not_started');
  });

  it('sends nothing while archived, and unarchiving does not catch up what was missed', async () => {
    await t.reply('archive');
    t.clock.set('2026-12-01T12:00:00Z');
    await t.app.scheduler.tick();
    expect(digests()).toHaveLength(0);

    const back = await t.reply('unarchive');
    expect(back.response_type).toBe('in_channel');
    expect(back.text).toContain('<@U1> brought *Launch* back from the archive.');
    expect((await strategyRow(t))?.state).toBe('active');
    await t.app.scheduler.tick();
    expect(digests()).toHaveLength(0);
    const digest = await t.app.db
      .selectFrom('schedules')
      .selectAll()
      .where('kind', '=', 'digest')
      .executeTakeFirstOrThrow();
    expect(new Date(digest.next_run_at).toISOString()).toBe('2026-12-07T07:00:00.000Z');
    t.clock.set('2026-12-07T07:00:00Z');
    await t.app.scheduler.tick();
    expect(digests()).toHaveLength(1);
    expect((await t.reply('unarchive')).text).toBe('This strategy is not archived. Nothing was changed.');
  });

  it('a strategy paused before it was archived comes back paused', async () => {
    await t.reply('pause');
    await t.reply('archive');
    await t.reply('unarchive');
    expect((await strategyRow(t))?.state).toBe('paused');
    const schedules = await t.app.db.selectFrom('schedules').selectAll().execute();
    expect(schedules.every((s) => s.paused === 1 && s.pause_reason === 'by_user')).toBe(true);
  });

  it('refuses a non-admin, in their language', async () => {
    const en = await t.reply('archive', { user: 'U2' });
    expect(en.text).toBe(
      "Only the strategy's admins (<@U1>) and workspace admins can do this. Nothing was changed.",
    );
    const fi = await t.reply('arkistoi', { user: 'UFI' });
    expect(fi.text).toBe(
      'Tämän voivat tehdä vain strategian ylläpitäjät (<@U1>) ja työtilan ylläpitäjät. Mitään ei muutettu.',
    );
    expect((await strategyRow(t))?.state).toBe('active');
    await t.reply('archive', { user: 'UADMIN' });
    expect((await strategyRow(t))?.state).toBe('archived');
    const fiArchived = await t.reply('assign 1 <@U2>', { user: 'UFI' });
    expect(fiArchived.text).toContain('*Launch* on arkistoitu');
    const fiBack = await t.reply('unarchive', { user: 'UFI' });
    expect(fiBack.text).toContain('Tämän voivat tehdä vain');
  });
});

describe('delete', () => {
  it('asks for the name; a wrong one deletes nothing, the right one deletes all and leaves one audit row', async () => {
    const strategy = (await strategyRow(t))!;
    const view = await openedBy(t, 'delete');
    expect(view.callback_id).toBe(STRATEGY_IDS.deleteView);
    expect(JSON.stringify(view.blocks)).toContain('This deletes *Launch* and everything in it for good');
    const type = (name: string) => valuesAsOpened(view, { [STRATEGY_IDS.deleteNameBlock]: { value: name } });

    const wrong = await t.submit(view, type('Lunch'));
    expect(wrong.body).toEqual({
      response_action: 'errors',
      errors: { [STRATEGY_IDS.deleteNameBlock]: "That is not the strategy's name. Nothing was deleted." },
    });
    expect(await strategyRow(t)).toBeDefined();

    const right = await t.submit(view, type('  launch '));
    expect(right.body).toEqual({});
    // A deletion that outlasts the answer's budget finishes after the window has closed.
    await t.app.idle();
    expect(await strategyRow(t)).toBeUndefined();
    for (const table of ['phases', 'schedules', 'strategy_admins'] as const)
      expect(await t.app.db.selectFrom(table).selectAll().execute(), table).toHaveLength(0);
    const audit = await auditActions(t);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      team_id: 'T1',
      strategy_id: null,
      actor_id: 'U1',
      action: 'strategy.deleted',
      subject: 'C1',
    });
    expect(JSON.parse(audit[0]!.before_json!)).toMatchObject({
      id: strategy.id,
      name: 'Launch',
      channelId: 'C1',
    });
    await t.app.idle();
    const post = t.standIn.callsOf('chat.postMessage').find((c) => c.args.channel === 'C1');
    expect(post?.args.text).toContain('<@U1> deleted the strategy *Launch* and everything in it.');
    expect((await t.reply('status')).text).toContain('This channel has no strategy yet.');
    expect((await t.reply('start Again')).response_type).toBe('in_channel');
  });

  it('refuses a non-admin, and deletes an archived strategy too', async () => {
    expect((await t.reply('delete', { user: 'U2' })).text).toContain("Only the strategy's admins (<@U1>)");
    const view = await openedBy(t, 'delete');
    const submittedByOther = await t.submit(
      view,
      valuesAsOpened(view, { [STRATEGY_IDS.deleteNameBlock]: { value: 'Launch' } }),
      { user: 'U2' },
    );
    expect(submittedByOther.body.response_action).toBe('errors');
    expect(await strategyRow(t)).toBeDefined();

    await t.reply('archive');
    expect((await t.reply('poista', { user: 'UFI' })).text).toContain('Tämän voivat tehdä vain');
    const again = await openedBy(t, 'delete');
    const done = await t.submit(
      again,
      valuesAsOpened(again, { [STRATEGY_IDS.deleteNameBlock]: { value: 'Launch' } }),
    );
    expect(done.body).toEqual({});
    await t.app.idle();
    expect(await strategyRow(t)).toBeUndefined();
  });

  it('speaks Finnish in the window and in its refusal', async () => {
    await t.reply('admin add <@UFI>');
    const view = await openedBy(t, 'poista', { user: 'UFI' });
    expect(view.title.text).toBe('Poista strategia');
    expect(JSON.stringify(view.blocks)).toContain('Tämä poistaa strategian *Launch*');
    const wrong = await t.submit(
      view,
      valuesAsOpened(view, { [STRATEGY_IDS.deleteNameBlock]: { value: 'väärä' } }),
      { user: 'UFI' },
    );
    expect(wrong.body.errors[STRATEGY_IDS.deleteNameBlock]).toBe(
      'Nimi ei ole strategian nimi. Mitään ei poistettu.',
    );
  });
});

describe('start outside a channel', () => {
  it('is refused in a direct message and in a group DM, with the reason', async () => {
    const dm = await t.reply('start Mine', { channel: 'D0123', channelName: 'directmessage' });
    expect(dm.response_type).toBe('ephemeral');
    expect(dm.text).toContain('cannot be started in a direct message or a group DM');
    const group = await t.reply('start Ours', { channel: 'G0456', channelName: 'mpdm-u1--u2--u3-1' });
    expect(group.text).toContain('cannot be started in a direct message or a group DM');
    const fi = await t.reply('start Oma', { channel: 'D0789', channelName: 'directmessage', user: 'UFI' });
    expect(fi.text).toContain('sitä ei voi aloittaa yksityisviestissä eikä ryhmäviestissä');
    const rows = await t.app.db.selectFrom('strategies').select('channel_id').execute();
    expect(rows).toEqual([{ channel_id: 'C1' }]);
  });
});
