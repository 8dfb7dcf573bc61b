import { describe, expect, it } from 'vitest';
import { STRATEGY_IDS as IDS } from '../../src/views/ids.js';
import { appForEachTest } from '../support/app-per-test.js';
import type { Json } from '../support/slack-stand-in.js';
import { valuesAsOpened } from '../support/view-values.js';
import { auditActions, openedBy, strategyRow, USERS } from './support.js';

const t = appForEachTest({ users: USERS }, (t) => t.reply('start Launch'));

const blockOf = (view: Json, id: string) => view.blocks.find((b: Json) => b.block_id === id);
const days = (...values: number[]) => ({ selected_options: values.map((v) => ({ value: String(v) })) });
const zone = (value: string) => ({ selected_option: { value } });

describe('the settings window', () => {
  it('opens with the current name, language, time zone and working days, and saves each', async () => {
    const view = await openedBy(t, 'settings');
    expect(view.callback_id).toBe(IDS.settingsView);
    expect(blockOf(view, IDS.nameBlock).element.initial_value).toBe('Launch');
    expect(blockOf(view, IDS.languageBlock).element.initial_option.value).toBe('en');
    expect(blockOf(view, IDS.timeZoneBlock).element.initial_option.value).toBe('Europe/Helsinki');
    // The schedule window's grouped zones: the strategy's own first.
    expect(blockOf(view, IDS.timeZoneBlock).element.option_groups[0].options[0].value).toBe(
      'Europe/Helsinki',
    );
    expect(blockOf(view, IDS.workingDaysBlock).element.initial_options.map((o: Json) => o.value)).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
    ]);

    const saved = await t.submit(
      view,
      valuesAsOpened(view, {
        [IDS.nameBlock]: { value: '  Launch 2027 ' },
        [IDS.languageBlock]: { selected_option: { value: 'fi' } },
        [IDS.timeZoneBlock]: zone('America/New_York'),
        [IDS.workingDaysBlock]: days(1, 2, 3, 4),
      }),
    );
    expect(saved.body).toEqual({});
    expect(await strategyRow(t)).toMatchObject({
      name: 'Launch 2027',
      language: 'fi',
      time_zone: 'America/New_York',
      working_days: '1,2,3,4',
    });
    // The schedules moved with the zone.
    const schedules = await t.app.db.selectFrom('schedules').select('time_zone').execute();
    expect(new Set(schedules.map((s) => s.time_zone))).toEqual(new Set(['America/New_York']));
    const actions = (await auditActions(t)).map((a) => a.action);
    expect(actions).toContain('strategy.settings_changed');
    expect(actions).toContain('schedule.updated');
    await t.app.idle();
    const confirmation = await t.standIn.waitFor('chat.postEphemeral', (a) => a.user === 'U1');
    expect(confirmation.args.text).toBe(
      'Settings saved: *Launch 2027* · Finnish · America/New_York · working days Monday, Tuesday, Wednesday, Thursday.',
    );
  });

  it('refuses no working days and a blank name in the window itself', async () => {
    const view = await openedBy(t, 'settings');
    const refused = await t.submit(
      view,
      valuesAsOpened(view, { [IDS.nameBlock]: { value: '   ' }, [IDS.workingDaysBlock]: days() }),
    );
    expect(refused.body).toEqual({
      response_action: 'errors',
      errors: {
        [IDS.nameBlock]: 'The strategy needs a name.',
        [IDS.workingDaysBlock]: 'Choose at least one working day.',
      },
    });
    expect(await strategyRow(t)).toMatchObject({ name: 'Launch', working_days: '1,2,3,4,5' });
  });

  it('is for admins: the command and a forged submission are refused', async () => {
    const refused = await t.reply('settings', { user: 'U2' });
    expect(refused.text).toBe(
      "Only the strategy's admins (<@U1>) and workspace admins can do this. Nothing was changed.",
    );
    const view = await openedBy(t, 'settings');
    const forged = await t.submit(view, valuesAsOpened(view, { [IDS.nameBlock]: { value: 'Mine' } }), {
      user: 'U2',
    });
    expect(forged.body.response_action).toBe('errors');
    expect((await strategyRow(t))?.name).toBe('Launch');
    // A workspace admin may.
    const byAdmin = await t.submit(view, valuesAsOpened(view, { [IDS.nameBlock]: { value: 'Theirs' } }), {
      user: 'UADMIN',
    });
    expect(byAdmin.body).toEqual({});
    expect((await strategyRow(t))?.name).toBe('Theirs');
  });

  it('opens from the status message’s button', async () => {
    const status = await t.reply('status');
    const button = status.blocks
      .flatMap((b: Json) => (b.type === 'actions' ? b.elements : []))
      .find((e: Json) => e.action_id === IDS.statusSettings);
    expect(button.text.text).toBe('Settings');
    await t.action(IDS.statusSettings, { value: button.value });
    const opened = await t.standIn.waitFor('views.open', (a) => a.view?.callback_id === IDS.settingsView);
    expect(opened.args.view.blocks.length).toBeGreaterThan(0);
  });

  it('speaks Finnish to whoever chose it, and takes a name at its longest', async () => {
    await t.reply('admin add <@UFI>');
    const view = await openedBy(t, 'asetukset', { user: 'UFI' });
    expect(view.title.text).toBe('Strategian asetukset');
    expect(blockOf(view, IDS.workingDaysBlock).label.text).toBe('Työpäivät');
    const long = 'Ä'.repeat(80);
    const refused = await t.submit(view, valuesAsOpened(view, { [IDS.workingDaysBlock]: days() }), {
      user: 'UFI',
    });
    expect(refused.body.errors[IDS.workingDaysBlock]).toBe('Valitse vähintään yksi työpäivä.');
    const saved = await t.submit(view, valuesAsOpened(view, { [IDS.nameBlock]: { value: long } }), {
      user: 'UFI',
    });
    expect(saved.body).toEqual({});
    expect((await strategyRow(t))?.name).toBe(long);
    // The longest name fits every surface that shows it.
    await openedBy(t, 'settings');
    await t.reply('status');
  });
});

describe('rename and language, the shortcuts', () => {
  it('renames for the channel to see; refuses a blank, an overlong or the same name', async () => {
    const renamed = await t.reply('rename Launch & <Learn>');
    expect(renamed.response_type).toBe('in_channel');
    expect(renamed.text).toBe('<@U1> renamed the strategy *Launch* to *Launch &amp; &lt;Learn&gt;*.');
    expect((await strategyRow(t))?.name).toBe('Launch & <Learn>');
    expect((await t.reply('rename')).text).toBe(
      '`/smstrategy rename <new name>` renames the strategy (admins).',
    );
    expect((await t.reply(`rename ${'x'.repeat(81)}`)).text).toBe(
      'The name can be at most 80 characters. Nothing was changed.',
    );
    expect((await t.reply('rename Launch & <Learn>')).text).toContain('is already called');
    expect((await t.reply('rename Other', { user: 'U2' })).text).toContain("Only the strategy's admins");
    const fi = await t.reply('nimeä Toinen', { user: 'UFI' });
    expect(fi.text).toBe(
      'Tämän voivat tehdä vain strategian ylläpitäjät (<@U1>) ja työtilan ylläpitäjät. Mitään ei muutettu.',
    );
  });

  it('`language fi|en` sets the strategy’s language; `language me` stays each person’s own', async () => {
    const set = await t.reply('language fi');
    expect(set.response_type).toBe('in_channel');
    expect((await strategyRow(t))?.language).toBe('fi');
    await t.reply('language me en', { user: 'U2' });
    expect((await strategyRow(t))?.language).toBe('fi');
    const renamedFi = await t.reply('rename Lansseeraus');
    expect(renamedFi.text).toBe('<@U1> nimesi strategian *Launch* uudelleen: *Lansseeraus*.');
  });
});
