import { describe, expect, it } from 'vitest';
import { PHASE_KEYS } from '../../src/domain/method.js';
import { PHASE_IDS } from '../../src/views/ids.js';
import { appForEachTest } from '../support/app-per-test.js';
import { dmsTo, modalValues, openPhaseModal, phaseRow, phaseRows, textOf, USERS } from './support.js';

const t = appForEachTest({ users: USERS }, (t) => t.reply('start Launch', { channelName: 'marketing' }));

const ref = (key: string) =>
  t.app.db
    .selectFrom('strategies')
    .select('id')
    .where('channel_id', '=', 'C1')
    .executeTakeFirstOrThrow()
    .then((s) => JSON.stringify({ s: s.id, k: key }));

describe('the eight phases', () => {
  it('exist from start on, in method order, not started and unowned', async () => {
    const rows = await phaseRows(t);
    expect(rows.map((r) => r.key).sort()).toEqual([...PHASE_KEYS].sort());
    expect(rows.every((r) => r.status === 'not_started' && r.owner_id === null && r.due_date === null)).toBe(
      true,
    );
  });

  it('are read and written for a strategy whose phase rows are missing (started before phases existed)', async () => {
    await t.app.db.deleteFrom('phases').execute();
    const status = await t.reply('status');
    expect(textOf(status)).toContain('8. Action plan');
    await t.reply('assign 8 <@U2>');
    expect((await phaseRow(t, 'action_plan')).owner_id).toBe('U2');
    expect(await phaseRows(t)).toHaveLength(8);
  });
});

describe('assign', () => {
  it('sets the owner and tells them by DM what they own, when it is due and where', async () => {
    await t.reply('due listening 2026-12-15');
    const reply = await t.reply('assign listening <@U2>');
    expect(reply.response_type).toBe('ephemeral');
    expect(reply.text).toBe('<@U2> now owns *Listening*. I told them by DM.');
    expect((await phaseRow(t, 'listening')).owner_id).toBe('U2');
    await t.app.idle();
    const dms = dmsTo(t, 'U2');
    expect(dms).toHaveLength(1);
    expect(dms[0]!.args.text).toContain('phase 1/8, *Listening*, of *Launch* in <#C1>');
    expect(dms[0]!.args.text).toContain('Due 2026-12-15');
    expect(dms[0]!.args.text).toContain('<@U1> made you the owner');
    // The DM opens the phase's window itself, for the owner, from where they read it.
    const open = (dms[0]!.args.blocks as any[])
      .filter((b) => b.type === 'actions')
      .flatMap((b) => b.elements)
      .find((e: any) => e.action_id === PHASE_IDS.edit);
    expect(open.text.text).toBe('Open the phase');
    const before = t.standIn.callsOf('views.open').length;
    await t.action(PHASE_IDS.edit, { user: 'U2', channel: 'DU2', value: open.value });
    await t.app.idle();
    const opened = t.standIn.callsOf('views.open');
    expect(opened).toHaveLength(before + 1);
    expect(JSON.stringify(opened.at(-1)!.args.view)).toContain('Listening');
  });

  it('on reassignment tells the new and the previous owner, each once; a no-op tells nobody', async () => {
    await t.reply('assign listening <@U2>');
    await t.app.idle();
    expect(dmsTo(t, 'U2')).toHaveLength(1);

    await t.reply('assign listening <@U3|olli>');
    await t.app.idle();
    expect(dmsTo(t, 'U3')).toHaveLength(1);
    expect(dmsTo(t, 'U3')[0]!.args.text).toContain('made you the owner of phase 1/8, *Listening*');
    expect(dmsTo(t, 'U2')).toHaveLength(2);
    expect(dmsTo(t, 'U2')[1]!.args.text).toBe(
      '<@U1> handed *Listening* of *Launch* in <#C1> to <@U3>. You no longer own it.',
    );

    const again = await t.reply('assign kuuntelu <@U3>');
    await t.app.idle();
    expect(again.text).toBe('<@U3> already owns *Listening*. Nothing was changed.');
    expect(dmsTo(t, 'U3')).toHaveLength(1);
    expect(dmsTo(t, 'U2')).toHaveLength(2);
  });

  it('writes the DM in the owner’s language', async () => {
    await t.reply('assign 2 <@UFI>');
    await t.app.idle();
    expect(dmsTo(t, 'UFI')[0]!.args.text).toContain(
      'nimesi sinut vastuuhenkilöksi vaiheelle 2/8, *Tavoitteiden asettaminen*',
    );
    expect(dmsTo(t, 'UFI')[0]!.args.text).toContain('Määräpäivää ei ole vielä asetettu');
  });

  it.each(['kuuntelu', 'Kuuntelu', '1', 'listening', 'LISTENING'])(
    '`assign %s @u` sets Listening',
    async (name) => {
      const reply = await t.reply(`assign ${name} <@U2>`);
      expect(reply.text).toContain('now owns *Listening*');
      const rows = await phaseRows(t);
      expect(rows.filter((r) => r.owner_id === 'U2').map((r) => r.key)).toEqual(['listening']);
    },
  );

  it('takes multi-word names with or without diacritics', async () => {
    await t.reply('assign Läsnäolomallin määrittely <@U2>');
    await t.reply('assign lasnaolomallin maarittely <@U3>');
    await t.reply('assign Goal setting <@U2>');
    expect((await phaseRow(t, 'presence')).owner_id).toBe('U3');
    expect((await phaseRow(t, 'goals')).owner_id).toBe('U2');
  });

  it('suggests the closest phase for an unknown name and saves nothing', async () => {
    const reply = await t.reply('assign lisening <@U2>');
    expect(reply.text).toContain("I don't know the phase `lisening`. Did you mean `listening`?");
    expect(reply.text).toContain('1 `listening` (Listening)');
    expect((await phaseRows(t)).some((r) => r.owner_id)).toBe(false);
    await t.app.idle();
    expect(t.standIn.callsOf('chat.postMessage')).toHaveLength(0);
  });

  it('answers in Finnish to a Finnish user', async () => {
    const reply = await t.reply('assign kuuntelo <@U2>', { user: 'UFI' });
    expect(reply.text).toContain('En tunne vaihetta `kuuntelo`. Tarkoititko `listening`?');
  });

  it('tells someone who typed a name instead of picking the person how to pick them', async () => {
    // Slack sends a name typed without choosing it from its list as the plain words.
    const reply = await t.reply('assign listening @maria');
    expect(reply.text).toBe(
      "I can't tell who “@maria” is: Slack makes a name a mention only when you pick the person from the list that opens as you type @. Type @, pick them from the list and send the command again, or open the phase with `/smstrategy phase listening` and choose the owner there. Nothing was changed.",
    );
    const finnish = await t.reply('assign tavoitteiden asettaminen Maria Virtanen', { user: 'UFI' });
    expect(finnish.text).toContain('En tiedä, kuka ”Maria Virtanen” on.');
    expect(finnish.text).toContain('valitset henkilön listasta, joka aukeaa @-merkin kirjoittamisen jälkeen');
    expect(finnish.text).toContain('`/smstrategy phase goals`');
    for (const text of [reply.text, finnish.text]) expect(text).not.toMatch(/assign \S+ @/);
    expect((await phaseRows(t)).some((r) => r.owner_id)).toBe(false);
  });

  it('explains the usage, mentions written as Slack reads them, when no one is named', async () => {
    const reply = await t.reply('assign listening');
    expect(reply.text).toContain('Usage: `/smstrategy assign &lt;phase&gt; @person`, picking the person');
    expect(reply.text).toContain('`/smstrategy phase &lt;phase&gt;`');
    const finnish = await t.reply('assign', { user: 'UFI' });
    expect(finnish.text).toContain('Käyttö: `/smstrategy assign &lt;vaihe&gt; @henkilö`.');
  });

  it.each([
    ['UBOT', '<@UBOT> is a bot and cannot own a phase. Nothing was changed.'],
    ['UGONE', '<@UGONE> is deactivated and cannot own a phase. Nothing was changed.'],
  ])('refuses %s as an owner and saves nothing', async (user, text) => {
    const reply = await t.reply(`assign 1 <@${user}>`);
    expect(reply.text).toBe(text);
    expect((await phaseRow(t, 'listening')).owner_id).toBeNull();
    await t.app.idle();
    expect(t.standIn.callsOf('chat.postMessage')).toHaveLength(0);
  });

  it('refuses a user Slack does not know', async () => {
    t.standIn.fail('users.info', { error: 'user_not_found' }, { match: (a) => a.user === 'UNOPE' });
    const reply = await t.reply('assign 1 <@UNOPE>');
    expect(reply.text).toBe("I can't find the user <@UNOPE>. Nothing was changed.");
    expect((await phaseRow(t, 'listening')).owner_id).toBeNull();
  });

  it('tells how to start when the channel has no strategy', async () => {
    const reply = await t.reply('assign 1 <@U2>', { channel: 'C9' });
    expect(reply.text).toContain('This channel has no strategy yet');
  });
});

describe('permissions', () => {
  it('a non-admin cannot reassign someone else’s phase; the refusal names who may; nothing changes', async () => {
    await t.reply('assign goals <@U3>');
    await t.app.idle();
    const dmsBefore = t.standIn.callsOf('chat.postMessage').length;
    const reply = await t.reply('assign goals <@U2>', { user: 'U2' });
    expect(reply.text).toBe(
      "Only the strategy's admins (<@U1>) or a workspace admin may choose a phase's owner. Nothing was changed.",
    );
    expect((await phaseRow(t, 'goals')).owner_id).toBe('U3');
    await t.app.idle();
    expect(t.standIn.callsOf('chat.postMessage')).toHaveLength(dmsBefore);
  });

  it('an owner may not hand their own phase on, but may set its date and status', async () => {
    await t.reply('assign listening <@U2>');
    const handOn = await t.reply('assign listening <@U3>', { user: 'U2' });
    expect(handOn.text).toContain("Only the strategy's admins (<@U1>)");
    expect((await phaseRow(t, 'listening')).owner_id).toBe('U2');

    const due = await t.reply('due listening 2026-12-20', { user: 'U2' });
    expect(due.text).toBe('*Listening* is now due 2026-12-20.');

    const { responseUrl } = await t.action(PHASE_IDS.start, { user: 'U2', value: await ref('listening') });
    const updated = await t.standIn.waitForReply(responseUrl);
    expect(updated.args.replace_original).toBe(true);
    expect((await phaseRow(t, 'listening')).status).toBe('in_progress');
  });

  it('someone who neither owns the phase nor manages the strategy cannot change its status or date', async () => {
    await t.reply('assign listening <@U2>');
    const { responseUrl } = await t.action(PHASE_IDS.done, { user: 'U3', value: await ref('listening') });
    const refused = await t.standIn.waitForReply(responseUrl);
    expect(refused.args.replace_original).toBe(false);
    expect(refused.args.text).toBe(
      "Only the phase's owner <@U2>, the strategy's admins (<@U1>) or a workspace admin may change this phase. Nothing was changed.",
    );
    const due = await t.reply('due 1 2026-12-20', { user: 'U3' });
    expect(due.text).toContain("Only the phase's owner <@U2>");
    expect(await phaseRow(t, 'listening')).toMatchObject({ status: 'not_started', due_date: null });
    const modal = await t.reply('phase 1', { user: 'U3' });
    expect(modal.text).toContain("Only the phase's owner <@U2>");
    await t.app.idle();
    expect(t.standIn.callsOf('views.open')).toHaveLength(0);
  });

  it('a workspace admin may assign in any strategy', async () => {
    const reply = await t.reply('assign 3 <@U2>', { user: 'UADMIN' });
    expect(reply.text).toContain('<@U2> now owns *Content strategy*');
  });

  it('a click from someone not seen before asks Slack about them once', async () => {
    // The button needs both the clicker's language and their admin flag, asked for at the same time.
    const { responseUrl } = await t.action(PHASE_IDS.start, { user: 'UADMIN', value: await ref('goals') });
    const updated = await t.standIn.waitForReply(responseUrl);
    expect(updated.args.replace_original).toBe(true);
    expect((await phaseRow(t, 'goals')).status).toBe('in_progress');
    await t.app.idle();
    const askedAbout = () => t.standIn.callsOf('users.info').filter((c) => c.args.user === 'UADMIN');
    expect(askedAbout()).toHaveLength(1);
    // What Slack said is trusted for a quarter of an hour, then asked again.
    await t.action(PHASE_IDS.done, { user: 'UADMIN', value: await ref('goals') });
    await t.app.idle();
    expect(askedAbout()).toHaveLength(1);
    t.clock.advance(16 * 60 * 1000);
    await t.action(PHASE_IDS.start, { user: 'UADMIN', value: await ref('goals') });
    await t.app.idle();
    expect(askedAbout()).toHaveLength(2);
  });
});

describe('due', () => {
  it('refuses a date that does not exist, a malformed one, and a past one; saves nothing', async () => {
    expect((await t.reply('due 1 2026-02-30')).text).toBe(
      '`2026-02-30` is not a date that exists. Write it as YYYY-MM-DD, for example 2027-01-31. Nothing was changed.',
    );
    expect((await t.reply('due 1 1.12.2026')).text).toContain('is not a date that exists');
    expect((await t.reply('due 1 2026-11-25')).text).toBe(
      '2026-11-25 is already past (today is 2026-11-26). Pick a later date. Nothing was changed.',
    );
    expect((await t.reply('due listening')).text).toContain('Usage: `/smstrategy due');
    expect((await phaseRow(t, 'listening')).due_date).toBeNull();
  });

  it('shows the date the Finnish way to a Finnish user', async () => {
    await t.reply('assign 1 <@UFI>');
    const reply = await t.reply('due kuuntelu 2026-12-05', { user: 'UFI' });
    expect(reply.text).toBe('Vaiheen *Kuuntelu* määräpäivä on nyt 5.12.2026.');
  });
});

describe('audit trail', () => {
  it('records every change with before and after', async () => {
    await t.reply('assign 1 <@U2>');
    await t.reply('due 1 2026-12-10');
    await t.reply('assign 1 <@U3>');
    await t.action(PHASE_IDS.start, { user: 'U3', value: await ref('listening') });
    await t.app.idle();
    const view = await openPhaseModal(t, '1', { user: 'U3' });
    await t.submit(
      view,
      modalValues({ withOwner: false, due: '2026-12-10', status: 'in_progress', notes: 'Forums first' }),
      { user: 'U3' },
    );
    const events = await t.app.db
      .selectFrom('audit_events')
      .selectAll()
      .where('action', '=', 'phase.updated')
      .orderBy('at')
      .orderBy('id')
      .execute();
    const seen = events.map((e) => ({
      actor: e.actor_id,
      subject: e.subject,
      before: JSON.parse(e.before_json!),
      after: JSON.parse(e.after_json!),
    }));
    expect(seen).toHaveLength(5);
    expect(seen).toContainEqual({
      actor: 'U3',
      subject: 'listening',
      before: { status: 'not_started' },
      after: { status: 'in_progress' },
    });
    expect(seen).toContainEqual({
      actor: 'U3',
      subject: 'listening',
      before: { notes: null },
      after: { notes: 'Forums first' },
    });
    expect(seen).toContainEqual({
      actor: 'U1',
      subject: 'listening',
      before: { ownerId: null },
      after: { ownerId: 'U2' },
    });
    expect(seen).toContainEqual({
      actor: 'U1',
      subject: 'listening',
      before: { dueDate: null },
      after: { dueDate: '2026-12-10' },
    });
    expect(seen).toContainEqual({
      actor: 'U1',
      subject: 'listening',
      before: { ownerId: 'U2' },
      after: { ownerId: 'U3' },
    });
  });

  it('records nothing for a refused or unchanged request', async () => {
    await t.reply('assign 1 <@U2>');
    await t.reply('assign 1 <@U2>');
    await t.reply('assign 1 <@U3>', { user: 'U2' });
    await t.reply('due 1 2026-02-30');
    const events = await t.app.db
      .selectFrom('audit_events')
      .selectAll()
      .where('action', '=', 'phase.updated')
      .execute();
    expect(events).toHaveLength(1);
  });
});
