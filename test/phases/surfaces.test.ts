import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DELIVERABLE_MAX_LENGTH, NOTES_MAX_LENGTH } from '../../src/domain/phases.js';
import { PHASE_IDS } from '../../src/views/ids.js';
import { TestClock } from '../support/clock.js';
import { TestApp } from '../support/harness.js';
import type { Json } from '../support/slack-stand-in.js';
import { valuesAsOpened } from '../support/view-values.js';
import { dmsTo, lastHome, modalValues, openPhaseModal, phaseRow, textOf, USERS } from './support.js';

let t: TestApp;
let clock: TestClock;

beforeEach(async () => {
  // 11:00 in Helsinki, the facilitator's (and so the strategy's) time zone.
  clock = new TestClock('2026-11-26T09:00:00Z');
  t = await TestApp.start({ users: USERS, clock });
  await t.reply('start Launch', { channelName: 'marketing' });
});
afterEach(async () => {
  await t.stop();
});

const phaseSection = (message: Json, n: number) =>
  (message.blocks as Json[]).find((b) => b.type === 'section' && String(b.text?.text).startsWith(`*${n}. `));

const buttonsAfter = (message: Json, n: number) => {
  const blocks = message.blocks as Json[];
  const at = blocks.indexOf(phaseSection(message, n)!);
  return blocks[at + 1]!.elements as Json[];
};

describe('status', () => {
  it('lists all eight phases with owner, due date and status', async () => {
    await t.reply('assign listening <@U2>');
    await t.reply('due listening 2026-12-20');
    const reply = await t.reply('status');
    for (const [n, name] of [
      [1, 'Listening'],
      [2, 'Goal setting'],
      [3, 'Content strategy'],
      [4, 'Presence model'],
      [5, 'Choice of services'],
      [6, 'Monitoring and measurement'],
      [7, 'Organisation and budget'],
      [8, 'Action plan'],
    ] as const)
      expect(phaseSection(reply, n), name).toBeDefined();
    expect(phaseSection(reply, 1)!.text.text).toBe('*1. Listening*\n<@U2> · due 2026-12-20 · ⚪ Not started');
    expect(phaseSection(reply, 2)!.text.text).toBe(
      '*2. Goal setting*\n_no owner yet_ · no due date · ⚪ Not started',
    );
    expect(textOf(reply)).toContain('Dates are local to Europe/Helsinki.');
    expect(buttonsAfter(reply, 1).map((e) => e.text.text)).toEqual(['Mark done', 'Start', 'Blocked', 'Edit']);
  });

  it("flags an overdue phase by the strategy's time zone, not UTC", async () => {
    await t.reply('assign 1 <@U2>');
    await t.reply('due 1 2026-11-30');
    clock.set('2026-11-30T21:30:00Z'); // 23:30 on the 30th in Helsinki: due today
    let reply = await t.reply('status');
    expect(phaseSection(reply, 1)!.text.text).toContain('due 2026-11-30 · due within a week ·');
    expect(phaseSection(reply, 1)!.text.text).not.toContain('overdue');
    clock.set('2026-11-30T22:30:00Z'); // 00:30 on 1 December in Helsinki, still the 30th in UTC
    reply = await t.reply('status');
    expect(phaseSection(reply, 1)!.text.text).toContain('due 2026-11-30 · :warning: *overdue*');
  });

  it('speaks Finnish to a Finnish user', async () => {
    await t.reply('assign 1 <@U2>');
    await t.reply('due 1 2026-12-02');
    const reply = await t.reply('status', { user: 'UFI' });
    expect(phaseSection(reply, 1)!.text.text).toBe(
      '*1. Kuuntelu*\n<@U2> · määräpäivä 2.12.2026 · erääntyy viikon sisällä · ⚪ Ei aloitettu',
    );
    expect(phaseSection(reply, 3)!.text.text).toContain('*3. Sisältöstrategian luominen tai tarkentaminen*');
    expect(buttonsAfter(reply, 1).map((e) => e.text.text)).toEqual([
      'Merkitse valmiiksi',
      'Aloita',
      'Jumissa',
      'Muokkaa',
    ]);
  });

  it('updates the status message in place when the owner marks their phase done', async () => {
    await t.reply('assign 1 <@U2>');
    const status = await t.reply('status', { user: 'U2' });
    const done = buttonsAfter(status, 1).find((e) => e.action_id === PHASE_IDS.done)!;
    const { responseUrl } = await t.action(PHASE_IDS.done, { user: 'U2', value: done.value });
    const updated = (await t.standIn.waitForReply(responseUrl)).args;
    expect(updated.replace_original).toBe(true);
    expect(phaseSection(updated, 1)!.text.text).toContain('✅ Done');
    expect(buttonsAfter(updated, 1).map((e) => e.text.text)).toEqual(['Start', 'Blocked', 'Edit']);
    expect((await phaseRow(t, 'listening')).status).toBe('done');
    await t.app.idle();
    // The owner's App Home is rebuilt too; nobody is DMed for a status change.
    expect(JSON.stringify(lastHome(t, 'U2'))).toContain('✅ Done');
    expect(dmsTo(t, 'U2')).toHaveLength(1);
  });

  it('"Edit" in the status message opens the phase modal', async () => {
    const status = await t.reply('status');
    await t.action(PHASE_IDS.edit, { value: buttonsAfter(status, 6).at(-1)!.value });
    const opened = await t.standIn.waitFor('views.open');
    expect(opened.args.view.title.text).toBe('Phase 6/8');
    expect(opened.args.view.blocks[0].text.text).toBe('*6. Monitoring and measurement* — <#C1>');
  });

  it('"Blocked" and "Start" work from the status message too', async () => {
    const status = await t.reply('status');
    await t.action(PHASE_IDS.blocked, {
      value: buttonsAfter(status, 4).find((e) => e.action_id === PHASE_IDS.blocked)!.value,
    });
    await t.app.idle();
    expect((await phaseRow(t, 'presence')).status).toBe('blocked');
    await t.action(PHASE_IDS.start, {
      value: buttonsAfter(status, 4).find((e) => e.action_id === PHASE_IDS.start)!.value,
    });
    await t.app.idle();
    expect((await phaseRow(t, 'presence')).status).toBe('in_progress');
  });
});

describe('App Home', () => {
  it('shows the phases a user owns in two channels, the overdue one marked', async () => {
    await t.reply('start Brand', { channel: 'C2', channelName: 'brand' });
    await t.reply('assign listening <@U2>');
    await t.reply('due listening 2026-11-28');
    await t.reply('assign 2 <@U2>', { channel: 'C2' });
    await t.reply('due 2 2026-12-01', { channel: 'C2' });
    await t.reply('assign 3 <@U3>');
    clock.set('2026-11-29T09:00:00Z');
    await t.app.idle();

    await t.event({ type: 'app_home_opened', user: 'U2', tab: 'home', channel: 'D2' });
    await t.app.idle();
    const home = lastHome(t, 'U2');
    const sections = (home.blocks as Json[])
      .filter((b) => b.type === 'section')
      .map((b) => String(b.text.text));
    const listening = sections.find((s) => s.startsWith('*1. Listening*'))!;
    const goals = sections.find((s) => s.startsWith('*2. Goal setting*'))!;
    expect(listening).toContain('<#C1> Launch');
    expect(listening).toContain(':warning: *overdue*');
    expect(goals).toContain('<#C2> Brand');
    expect(goals).toContain('due within a week');
    expect(goals).not.toContain('overdue');
    expect(sections.some((s) => s.includes('Content strategy'))).toBe(false);
    // What is overdue comes first, and the summary counts it.
    expect(sections.indexOf(listening)).toBeLessThan(sections.indexOf(goals));
    expect(JSON.stringify(home)).toContain('1 overdue · 1 due within a week');
  });

  it('is rebuilt for the new and the previous owner when a phase changes hands', async () => {
    await t.reply('assign 1 <@U2>');
    await t.app.idle();
    expect(JSON.stringify(lastHome(t, 'U2'))).toContain('1. Listening');
    await t.reply('assign 1 <@U3>');
    await t.app.idle();
    expect(JSON.stringify(lastHome(t, 'U2'))).not.toContain('1. Listening');
    expect(JSON.stringify(lastHome(t, 'U3'))).toContain('1. Listening');
  });

  it('has buttons that change the status and publish the home again', async () => {
    await t.reply('assign 1 <@U2>');
    await t.event({ type: 'app_home_opened', user: 'U2', tab: 'home', channel: 'D2' });
    await t.app.idle();
    const home = lastHome(t, 'U2');
    const homesOfU2 = () => t.standIn.callsOf('views.publish').filter((c) => c.args.user_id === 'U2');
    const published = homesOfU2().length;
    const buttons = buttonsAfter(home, 1);
    expect(buttons.map((b) => b.text.text)).toEqual(['Mark done', 'Start', 'Blocked', 'Edit']);
    await t.action(PHASE_IDS.start, { user: 'U2', value: buttons[1]!.value, view: home });
    await t.app.idle();
    expect((await phaseRow(t, 'listening')).status).toBe('in_progress');
    expect(homesOfU2().length).toBe(published + 1);
    expect(JSON.stringify(lastHome(t, 'U2'))).toContain('🔵 In progress');

    await t.action(PHASE_IDS.edit, { user: 'U2', value: buttons[3]!.value, view: home });
    const opened = await t.standIn.waitFor('views.open');
    expect(opened.args.view.callback_id).toBe(PHASE_IDS.modal);
  });

  it('refuses a stale Home button after the phase changed hands, by DM, and changes nothing', async () => {
    await t.reply('assign 1 <@U2>');
    await t.event({ type: 'app_home_opened', user: 'U2', tab: 'home', channel: 'D2' });
    await t.app.idle();
    const stale = lastHome(t, 'U2');
    await t.reply('assign 1 <@U3>');
    await t.app.idle();
    const dms = dmsTo(t, 'U2').length;
    await t.action(PHASE_IDS.done, { user: 'U2', value: buttonsAfter(stale, 1)[0]!.value, view: stale });
    await t.app.idle();
    expect(dmsTo(t, 'U2')).toHaveLength(dms + 1);
    expect(dmsTo(t, 'U2').at(-1)!.args.text).toContain("Only the phase's owner <@U3>");
    expect((await phaseRow(t, 'listening')).status).toBe('not_started');
  });

  it('tells a user with no phases how they get some, in their language', async () => {
    await t.event({ type: 'app_home_opened', user: 'UFI', tab: 'home', channel: 'D3' });
    await t.app.idle();
    expect(JSON.stringify(lastHome(t, 'UFI'))).toContain('Et vielä vastaa mistään vaiheesta');
  });
});

describe('the phase modal', () => {
  it('lets an admin set owner, due date, status, notes and link; the owner is told', async () => {
    const view = await openPhaseModal(t, 'kuuntelu');
    expect(view.callback_id).toBe(PHASE_IDS.modal);
    expect(view.blocks.find((b: Json) => b.block_id === PHASE_IDS.ownerBlock).type).toBe('input');
    const res = await t.submit(
      view,
      modalValues({
        owner: 'U2',
        due: '2026-12-31',
        status: 'in_progress',
        notes: 'Brand24 + Finnish forums',
        link: 'https://docs.example.com/listening',
      }),
    );
    expect(res.status).toBe(200);
    expect(res.body.response_action).toBeUndefined();
    expect(await phaseRow(t, 'listening')).toMatchObject({
      owner_id: 'U2',
      due_date: '2026-12-31',
      status: 'in_progress',
      notes: 'Brand24 + Finnish forums',
      deliverable_url: 'https://docs.example.com/listening',
    });
    await t.app.idle();
    expect(dmsTo(t, 'U2')).toHaveLength(1);
    expect(dmsTo(t, 'U2')[0]!.args.text).toContain('Due 2026-12-31');
    const status = await t.reply('status');
    expect(phaseSection(status, 1)!.text.text).toBe(
      '*1. Listening*\n<@U2> · due 2026-12-31 · 🔵 In progress\n>Brand24 + Finnish forums\nDeliverable: <https://docs.example.com/listening|https://docs.example.com/listening>',
    );
  });

  it('refuses invalid input in the modal itself and saves nothing', async () => {
    const view = await openPhaseModal(t, '1');
    const res = await t.submit(
      view,
      modalValues({ owner: 'UBOT', due: '2026-11-20', notes: 'x', link: 'ftp://files.example.com/plan' }),
    );
    expect(res.body.response_action).toBe('errors');
    expect(res.body.errors).toEqual({
      [PHASE_IDS.ownerBlock]: '<@UBOT> is a bot and cannot own a phase. Nothing was changed.',
      [PHASE_IDS.deliverableBlock]:
        'The deliverable must be a link starting with http:// or https://. Nothing was changed.',
    });
    const past = await t.submit(view, modalValues({ owner: 'U2', due: '2026-11-20' }));
    expect(past.body.errors).toEqual({
      [PHASE_IDS.dueBlock]:
        '2026-11-20 is already past (today is 2026-11-26). Pick a later date. Nothing was changed.',
    });
    const long = await t.submit(view, modalValues({ notes: 'x'.repeat(NOTES_MAX_LENGTH + 1) }));
    expect(long.body.errors).toEqual({
      [PHASE_IDS.notesBlock]: `Notes can be at most ${NOTES_MAX_LENGTH} characters. Nothing was changed.`,
    });
    const gone = await t.submit(view, modalValues({ owner: 'UGONE' }));
    expect(gone.body.errors[PHASE_IDS.ownerBlock]).toContain('is deactivated');
    expect(await phaseRow(t, 'listening')).toMatchObject({
      owner_id: null,
      due_date: null,
      notes: null,
      deliverable_url: null,
    });
    expect(
      await t.app.db.selectFrom('audit_events').selectAll().where('action', '=', 'phase.updated').execute(),
    ).toHaveLength(0);
  });

  it('gives a phase owner no owner field, but lets them update their own phase', async () => {
    await t.reply('assign 1 <@U2>');
    const view = await openPhaseModal(t, '1', { user: 'U2' });
    const ownerBlock = view.blocks.find((b: Json) => b.block_id === PHASE_IDS.ownerBlock);
    expect(ownerBlock.type).toBe('section');
    expect(ownerBlock.text.text).toContain("<@U2> (only the strategy's admins may change the owner)");
    const res = await t.submit(
      view,
      modalValues({
        withOwner: false,
        status: 'done',
        notes: 'Done: tools chosen',
        link: 'https://x.example/l',
      }),
      { user: 'U2' },
    );
    expect(res.body.response_action).toBeUndefined();
    expect(await phaseRow(t, 'listening')).toMatchObject({
      owner_id: 'U2',
      status: 'done',
      notes: 'Done: tools chosen',
    });
  });

  it('refuses a non-admin who slips an owner change into the modal', async () => {
    await t.reply('assign 1 <@U2>');
    const adminView = await openPhaseModal(t, '1');
    const res = await t.submit(adminView, modalValues({ owner: 'U3' }), { user: 'U2' });
    expect(res.body.errors[PHASE_IDS.ownerBlock]).toContain("Only the strategy's admins (<@U1>)");
    expect((await phaseRow(t, 'listening')).owner_id).toBe('U2');
  });

  it('saves only what each person changed: two modals open at once both keep their change', async () => {
    const first = await openPhaseModal(t, '1');
    const second = await openPhaseModal(t, '1');
    const owned = await t.submit(
      first,
      valuesAsOpened(first, { [PHASE_IDS.ownerBlock]: { selected_user: 'U2' } }),
    );
    expect(owned.body).toEqual({});
    clock.advance(60_000); // the audit trail lists by time
    // The second was opened before the owner changed; it still shows no owner, and leaves that alone.
    const noted = await t.submit(
      second,
      valuesAsOpened(second, { [PHASE_IDS.notesBlock]: { value: 'Brand24' } }),
    );
    expect(noted.body).toEqual({});
    expect(await phaseRow(t, 'listening')).toMatchObject({ owner_id: 'U2', notes: 'Brand24' });
    const audit = await t.app.db
      .selectFrom('audit_events')
      .select(['before_json', 'after_json'])
      .where('action', '=', 'phase.updated')
      .orderBy('at')
      .execute();
    expect(audit.map((a) => [JSON.parse(a.before_json!), JSON.parse(a.after_json!)])).toEqual([
      [{ ownerId: null }, { ownerId: 'U2' }],
      [{ notes: null }, { notes: 'Brand24' }],
    ]);
  });

  it('opens in Finnish for a Finnish user', async () => {
    await t.reply('assign 1 <@UFI>');
    const view = await openPhaseModal(t, 'kuuntelu', { user: 'UFI' });
    expect(view.title.text).toBe('Vaihe 1/8');
    expect(JSON.stringify(view)).toContain('Muistiinpanot');
  });
});

describe('Block Kit limits', () => {
  it('hold for a strategy with every phase filled with maximum-length notes and links', async () => {
    // Characters Slack needs escaped make the rendered text longer than the stored one.
    const notes = `${'<&> '.repeat(NOTES_MAX_LENGTH / 4 - 1)}<&>x`;
    const link = `https://example.com/${'|'.repeat(DELIVERABLE_MAX_LENGTH - 20)}`;
    expect(notes).toHaveLength(NOTES_MAX_LENGTH);
    expect(link).toHaveLength(DELIVERABLE_MAX_LENGTH);
    await t.reply('start Brand', { channel: 'C2' });
    await t.reply('start Events', { channel: 'C3' });
    for (const channel of ['C1', 'C2', 'C3']) {
      for (let n = 1; n <= 8; n++) {
        const view = await openPhaseModal(t, String(n), { channel });
        const res = await t.submit(
          view,
          modalValues({ owner: 'U2', due: '2026-12-01', status: 'blocked', notes, link }),
        );
        expect(res.body.response_action, `phase ${n} in ${channel}`).toBeUndefined();
      }
    }
    expect((await phaseRow(t, 'action_plan', 'C3')).notes).toHaveLength(NOTES_MAX_LENGTH);

    const status = await t.reply('status');
    expect(status.blocks.length).toBeLessThanOrEqual(30);
    // Every phase renders whole: notes preview and link, nothing cut off at the section limit.
    const whole = (text: string) => {
      expect(text).toContain('&lt;&amp;&gt;');
      expect(text).toMatch(/\nDeliverable: <https:\/\/example\.com\/(%7C)+\|https:\/\/example\.com\/\|+…>$/);
    };
    for (let n = 1; n <= 8; n++) whole(phaseSection(status, n)!.text.text);

    // The modal for a full phase carries the whole notes back.
    const full = await openPhaseModal(t, '8');
    const notesInput = full.blocks.find((b: Json) => b.block_id === PHASE_IDS.notesBlock);
    expect(notesInput.element.initial_value).toBe(notes);

    await t.event({ type: 'app_home_opened', user: 'U2', tab: 'home', channel: 'D2' });
    await t.app.idle();
    const home = lastHome(t, 'U2');
    expect(home.blocks.length).toBeLessThanOrEqual(60);
    expect(JSON.stringify(home)).toContain('and 9 more');
    const homePhases = (home.blocks as Json[]).filter(
      (b) => b.type === 'section' && /^\*\d\. /.test(b.text.text),
    );
    expect(homePhases).toHaveLength(15);
    for (const b of homePhases) whole(b.text.text);
    // test/setup.ts fails this test if any view or message above breached a limit.
  });
});
