import { describe, expect, it } from 'vitest';
import { STRATEGY_IDS as IDS } from '../../src/views/ids.js';
import { LEAD_PAGE_SIZE } from '../../src/views/lead-home.js';
import { fillStrategy } from '../plan/support.js';
import { appForEachTest } from '../support/app-per-test.js';
import type { TestApp } from '../support/harness.js';
import type { Json } from '../support/slack-stand-in.js';
import { dmsTo, lastHome, strategyRow, USERS } from './support.js';

const t = appForEachTest({ users: USERS });

async function openHome(t: TestApp, user: string): Promise<Json> {
  await t.event({ type: 'app_home_opened', user, tab: 'home', channel: `D${user}` });
  await t.app.idle();
  return lastHome(t, user);
}

const text = (view: Json) => JSON.stringify(view.blocks);
const buttons = (view: Json, actionId: string) =>
  view.blocks
    .filter((b: Json) => b.type === 'actions')
    .flatMap((b: Json) => b.elements)
    .filter((e: Json) => e.action_id === actionId);

describe("a lead's App Home", () => {
  it('shows each strategy they admin with its health, their own items below', async () => {
    await t.reply('start Launch');
    await fillStrategy(t, 'C1', 'U1');
    await t.reply('assign 3 <@U1>');
    const home = await openHome(t, 'U1');
    const shown = text(home);
    expect(shown).toContain('*Strategies you run*');
    expect(shown).toContain('*Launch* · <#C1>');
    expect(shown).toContain('Readiness: ');
    // Goal setting is done; Content strategy was due on 28 November.
    expect(shown).toContain('phases done 1/8, 1 overdue');
    expect(shown).toMatch(/metrics \d on track, \d off track/);
    expect(shown).toContain('last check-in 2026-12-01');
    expect(shown).toContain('schedule running');
    const id = (await strategyRow(t))!.id;
    for (const action of [IDS.homeStatus, IDS.homeSettings, IDS.homePlan])
      expect(buttons(home, action).map((b: Json) => b.value)).toEqual([id]);
    // The overview comes first; the lead's own phases follow it.
    const lead = shown.indexOf('Strategies you run');
    const own = shown.indexOf('Content strategy');
    expect(lead).toBeGreaterThan(-1);
    expect(own).toBeGreaterThan(lead);

    const member = await openHome(t, 'U2');
    expect(text(member)).not.toContain('Strategies you run');
  });

  it('shows a workspace admin every strategy, a private channel only where they are a member', async () => {
    t.standIn.addChannel({ id: 'G1', name: 'secret', is_private: true, members: ['U1'] });
    t.standIn.addChannel({ id: 'G2', name: 'shared', is_private: true, members: ['U1', 'UADMIN'] });
    await t.reply('start Open');
    await t.reply('start Secret', { channel: 'G1', channelName: 'secret' });
    await t.reply('start Shared', { channel: 'G2', channelName: 'shared' });
    const home = text(await openHome(t, 'UADMIN'));
    expect(home).toContain('*Strategies in this workspace* (you are a workspace admin)');
    expect(home).toContain('*Open*');
    expect(home).toContain('*Shared*');
    expect(home).not.toContain('Secret');
    expect(text(await openHome(t, 'U1'))).toContain('*Secret*');
  });

  it('pages through many strategies, inside 100 blocks with every name at its longest', async () => {
    const count = LEAD_PAGE_SIZE * 2 + 1;
    for (let i = 0; i < count; i++)
      await t.reply(`start ${String(i).padStart(2, '0')}${'N'.repeat(78)}`, { channel: `C${100 + i}` });
    // Their own items at their most, too: every phase of every strategy is theirs.
    await t.app.db.updateTable('phases').set({ owner_id: 'U1', due_date: '2026-11-20' }).execute();
    const first = await openHome(t, 'U1');
    expect(first.blocks.length).toBeLessThanOrEqual(100);
    expect(text(first)).toContain('Page 1 of 3');
    expect(text(first)).toContain(`*00${'N'.repeat(78)}*`);
    expect(text(first)).not.toContain(`*${String(LEAD_PAGE_SIZE).padStart(2, '0')}N`);
    const next = buttons(first, IDS.homePage);
    expect(next.map((b: Json) => b.text.text)).toEqual(['Next']);
    await t.action(IDS.homePage, { value: next[0].value, view: { id: first.id, type: 'home' } });
    await t.app.idle();
    const second = lastHome(t, 'U1');
    expect(text(second)).toContain('Page 2 of 3');
    expect(text(second)).toContain(`*${String(LEAD_PAGE_SIZE).padStart(2, '0')}N`);
    expect(buttons(second, IDS.homePage).map((b: Json) => b.text.text)).toEqual(['Previous', 'Next']);
    expect(second.blocks.length).toBeLessThanOrEqual(100);
    // A change that publishes their home again keeps the page they turned to.
    const published = t.standIn.callsOf('views.publish').length;
    await t.reply('due 2 2026-12-31', { channel: 'C100' });
    await t.app.idle();
    expect(t.standIn.callsOf('views.publish').length).toBeGreaterThan(published);
    expect(text(lastHome(t, 'U1'))).toContain('Page 2 of 3');
  }, 60_000);

  it('has buttons for status, settings and plan', async () => {
    await t.reply('start Launch');
    const home = await openHome(t, 'U1');
    const view = { id: home.id, type: 'home' };
    const id = buttons(home, IDS.homeStatus)[0].value;

    await t.action(IDS.homeStatus, { value: id, view });
    const status = await t.standIn.waitFor('views.open', (a) => a.view?.callback_id === IDS.statusView);
    expect(JSON.stringify(status.args.view.blocks)).toContain('Launch');
    expect(status.args.view.blocks.some((b: Json) => b.type === 'actions')).toBe(false);

    await t.action(IDS.homeSettings, { value: id, view });
    await t.standIn.waitFor('views.open', (a) => a.view?.callback_id === IDS.settingsView);

    await t.action(IDS.homePlan, { value: id, view });
    await t.app.idle();
    await t.standIn.waitFor('files.completeUploadExternal');
    expect(dmsTo(t, 'U1').at(-1)?.args.text).toBeDefined();

    // Someone who is not its admin is told by DM, and no window opens.
    const opened = t.standIn.callsOf('views.open').length;
    await t.action(IDS.homeSettings, { value: id, view, user: 'U2' });
    await t.app.idle();
    expect(dmsTo(t, 'U2').at(-1)?.args.text).toBe(
      "Only the strategy's admins (<@U1>) and workspace admins can do this. Nothing was changed.",
    );
    expect(t.standIn.callsOf('views.open')).toHaveLength(opened);
  });

  it('answers its buttons in Finnish to whoever chose it', async () => {
    await t.reply('start Launch');
    const id = (await strategyRow(t))!.id;
    const view = { id: 'VHOME', type: 'home' };
    await t.action(IDS.homeStatus, { value: id, view, user: 'UFI' });
    const status = await t.standIn.waitFor('views.open', (a) => a.view?.callback_id === IDS.statusView);
    expect(status.args.view.title.text).toBe('Tilannekuva');
    expect(status.args.view.close.text).toBe('Sulje');
    await t.action(IDS.homeSettings, { value: id, view, user: 'UFI' });
    await t.app.idle();
    expect(dmsTo(t, 'UFI').at(-1)?.args.text).toBe(
      'Tämän voivat tehdä vain strategian ylläpitäjät (<@U1>) ja työtilan ylläpitäjät. Mitään ei muutettu.',
    );
    // The status message's Settings button, for someone who may not use it.
    const { responseUrl } = await t.action(IDS.statusSettings, { value: id, user: 'UFI' });
    const reply = await t.standIn.waitForReply(responseUrl);
    expect(reply.args.text).toContain('Tämän voivat tehdä vain');
    await t.reply('admin add <@UFI>');
    await t.reply('archive');
    await t.action(IDS.homeSettings, { value: id, view, user: 'UFI' });
    await t.app.idle();
    expect(dmsTo(t, 'UFI').at(-1)?.args.text).toContain('*Launch* on arkistoitu');
  });

  it('is published again at once when something changes for the viewer, in their language', async () => {
    await t.reply('start Launch');
    await t.reply('admin add <@UFI>');
    await t.app.idle();
    // Made an admin: their App Home gains the strategy, in Finnish.
    expect(text(lastHome(t, 'UFI'))).toContain('*Strategiat, joita johdat*');
    expect(text(lastHome(t, 'UFI'))).toContain('aikataulu käynnissä');
    await t.reply('archive');
    await t.app.idle();
    expect(text(lastHome(t, 'UFI'))).toContain('"text":"arkistoitu"');
    expect(text(lastHome(t, 'U1'))).toContain('"text":"archived"');
    await t.reply('unarchive');
    await t.reply('admin remove <@UFI>');
    await t.app.idle();
    expect(text(lastHome(t, 'UFI'))).not.toContain('Strategiat, joita johdat');
  });
});
