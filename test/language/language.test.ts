import { describe, expect, it } from 'vitest';
import { LANGUAGE_IDS } from '../../src/views/ids.js';
import { appForEachTest } from '../support/app-per-test.js';
import { TestClock } from '../support/clock.js';
import { type TestApp, type TestUser, textOf, U1, UFI, type Who } from '../support/harness.js';
import type { Json } from '../support/slack-stand-in.js';

// Slack has no Finnish interface: every Slack user here has an English locale. Finnish comes from
// the strategy's language (its admins choose it) and from each person's own choice.
const USERS: TestUser[] = [
  U1,
  { id: 'U2', locale: 'en-US', tz: 'Europe/Helsinki', name: 'maria' },
  { id: 'U3', locale: 'en-GB', tz: 'Europe/Helsinki', name: 'olli' },
  UFI,
  { id: 'UADMIN', locale: 'en-US', tz: 'Europe/Helsinki', is_admin: true },
];

// Sunday 29 November 2026, 14:00 in Helsinki.
const t = appForEachTest({ users: USERS, clock: new TestClock('2026-11-29T12:00:00Z') });

/** What the app sent to the response URL of a button click. */
async function answerTo(app: TestApp, responseUrl: string): Promise<Json> {
  return (await app.standIn.waitForReply(responseUrl)).args;
}

/** Clicks a button of a reply (by its action id) as someone, and returns the app's answer. */
async function click(reply: Json, actionId: string, who: Who = {}, value?: string): Promise<Json> {
  const found = buttonsOf(reply).find(
    (b) => b.action_id === actionId && (value === undefined || b.value === value),
  );
  if (!found) throw new Error(`no ${actionId} button in the reply`);
  const { responseUrl } = await t.action(actionId, { ...who, value: found.value });
  return answerTo(t, responseUrl);
}

const buttonsOf = (reply: Json): Json[] =>
  (reply.blocks ?? []).filter((b: Json) => b.type === 'actions').flatMap((b: Json) => b.elements);

/** The modal a command opened. */
async function modalOf(text: string, who: Who): Promise<Json> {
  const { payload } = await t.command(text, who);
  return (await t.standIn.waitFor('views.open', (a) => a.trigger_id === payload.trigger_id)).args.view;
}

/** The last App Home published for a user, once the app has finished what it was doing. */
async function publishedHome(user: string): Promise<Json> {
  await t.app.idle();
  const last = t.standIn
    .callsOf('views.publish')
    .filter((c) => c.args.user_id === user)
    .at(-1);
  if (!last) throw new Error(`no App Home published for ${user}`);
  return { ...last.args.view, id: last.result?.view?.id };
}

/** Opens App Home as Slack does and returns the view the app published for it. */
async function openHome(user: string): Promise<Json> {
  // Work still running from earlier requests may publish App Home too: let it finish first.
  await t.app.idle();
  const before = t.standIn.callsOf('views.publish').length;
  await t.event({ type: 'app_home_opened', user, tab: 'home', channel: `D${user}` });
  const home = await publishedHome(user);
  expect(t.standIn.callsOf('views.publish').length).toBeGreaterThan(before);
  return home;
}

const dmsTo = (user: string) => t.standIn.callsOf('chat.postMessage').filter((c) => c.args.channel === user);

const strategyLanguage = async (channel = 'C1') =>
  (
    await t.app.db
      .selectFrom('strategies')
      .select('language')
      .where('channel_id', '=', channel)
      .executeTakeFirstOrThrow()
  ).language;

const chosenLanguages = () =>
  t.app.db
    .selectFrom('user_languages')
    .select(['team_id', 'user_id', 'language'])
    .orderBy('user_id')
    .execute();

describe('a Finnish team', () => {
  it('sets only the strategy’s language, and a member whose Slack is in English gets everything in Finnish', async () => {
    const started = await t.reply('start Lanseeraus');
    expect(started.text).toBe(
      '<@U1> started *Lanseeraus* in this channel. Next: run the readiness analysis with `/smstrategy assess`.',
    );
    // The one thing the team does: the start confirmation's switch.
    const rewritten = await click(started, LANGUAGE_IDS.startSwitch);
    expect(rewritten).toMatchObject({ response_type: 'in_channel', replace_original: true });
    expect(rewritten.text).toContain('<@U1> aloitti strategian *Lanseeraus* tällä kanavalla.');
    expect(textOf(rewritten)).toContain('Kanavan viestit, suunnitelma ja canvas ovat suomeksi.');
    expect(buttonsOf(rewritten).map((b) => b.text.text)).toEqual(['In English']);
    expect(await strategyLanguage()).toBe('fi');

    // U2 has touched nothing and uses Slack in English.
    expect(textOf(await t.reply('help', { user: 'U2' }))).toContain(
      'Rakentakaa sosiaalisen median strategia yhdessä',
    );
    expect(textOf(await t.reply('status', { user: 'U2' }))).toContain('Aloittanut <@U1>');
    expect((await t.reply('assign kuuntelu <@U2>')).text).toBe(
      '<@U2> vastaa nyt vaiheesta *Kuuntelu*. Kerroin sen hänelle yksityisviestillä.',
    );
    await t.reply('due kuuntelu 2026-12-01');
    await t.app.idle();
    expect(dmsTo('U2')[0]!.args.text).toContain('<@U1> nimesi sinut vastuuhenkilöksi vaiheelle 1/8');

    const phase = await modalOf('phase kuuntelu', { user: 'U2' });
    expect(phase.title.text).toBe('Vaihe 1/8');
    const assess = await modalOf('assess', { user: 'U2' });
    expect(assess.title.text).toBe('Valmiusanalyysi');

    const home = await openHome('U2');
    expect(home.blocks[0].text.text).toBe('Rakentakaa sosiaalisen median strategia yhdessä');
    expect(JSON.stringify(home)).toContain('*Omat vaiheesi*');

    // The due day, Tuesday 1 December, at 09:00 in Helsinki (U2's own zone).
    t.clock.set('2026-12-01T07:00:00Z');
    await t.app.scheduler.tick();
    await t.app.scheduler.tick();
    const nudges = dmsTo('U2').filter((c) => textOf(c.args).includes('Merkitse valmiiksi'));
    expect(nudges).toHaveLength(1);
    expect(textOf(nudges[0]!.args)).toContain('Kuuntelu erääntyy tänään');
    // The due date U1 set reached U2 once, in Finnish too.
    const told = dmsTo('U2').filter((c) => textOf(c.args).includes('Muutoksia strategiassa'));
    expect(told).toHaveLength(1);
    expect(textOf(told[0]!.args)).toContain('<@U1> asetti vaiheen *Kuuntelu* määräpäiväksi 1.12.2026.');

    // Neither U1 nor U2 chose a language of their own for any of that (UFI, not here, once did).
    expect((await chosenLanguages()).map((r) => r.user_id)).toEqual(['UFI']);
  });
});

describe('/smstrategy language for the strategy', () => {
  it('lets an admin set it: the channel is told in the new language, and it is audited', async () => {
    await t.reply('start Launch');
    const changed = await t.reply('language fi');
    expect(changed.response_type).toBe('in_channel');
    expect(changed.text).toBe(
      '<@U1> asetti strategian kieleksi suomen: kanavan viestit, suunnitelma ja canvas ovat tästä lähtien suomeksi. Jokainen voi silti valita itselleen oman kielen, esim. `/smstrategy kieli minä en`.',
    );
    expect(await strategyLanguage()).toBe('fi');
    const audit = await t.app.db
      .selectFrom('audit_events')
      .selectAll()
      .where('action', '=', 'strategy.language_changed')
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor_id: 'U1', team_id: 'T1' });
    expect(JSON.parse(audit[0]!.before_json!)).toEqual({ language: 'en' });
    expect(JSON.parse(audit[0]!.after_json!)).toEqual({ language: 'fi' });

    expect((await t.reply('language suomi')).text).toBe('Strategian kieli on jo suomi.');
    const back = await t.reply('language en');
    expect(back.text).toBe(
      "<@U1> set this strategy's language to English: channel posts, the plan and the canvas are in English from now on. Anyone can still choose a language of their own, e.g. `/smstrategy language me fi`.",
    );
    expect((await t.reply('language english')).text).toBe("This strategy's language is already English.");
  });

  it('refuses a member who is not an admin, says why and how to choose their own, in English', async () => {
    await t.reply('start Launch');
    const refused = await t.reply('language fi', { user: 'U2' });
    expect(refused.response_type).toBe('ephemeral');
    expect(refused.text).toBe(
      "Only the strategy's admins (<@U1>) and workspace admins can change its language. To get your own replies, windows and messages in Finnish, choose your own language: `/smstrategy language me fi`.",
    );
    expect(await strategyLanguage()).toBe('en');
  });

  it('refuses a member who is not an admin in Finnish, in a Finnish strategy', async () => {
    await t.reply('start Lanseeraus', { user: 'UFI' });
    const refused = await t.reply('kieli englanti', { user: 'U2' });
    expect(refused.text).toBe(
      'Vain strategian ylläpitäjät (<@UFI>) ja työtilan ylläpitäjät voivat vaihtaa sen kielen. Jos haluat omat vastauksesi, ikkunasi ja viestisi englanniksi, valitse oma kielesi: `/smstrategy kieli minä en`.',
    );
    expect(await strategyLanguage()).toBe('fi');
  });

  it('lets a workspace admin set it in a strategy someone else started', async () => {
    await t.reply('start Launch');
    expect((await t.reply('language fi', { user: 'UADMIN' })).text).toContain('<@UADMIN> asetti strategian');
    expect(await strategyLanguage()).toBe('fi');
  });

  it('in a channel without a strategy, says how to start one; an unknown language gets the usage', async () => {
    expect((await t.reply('language fi')).text).toContain('This channel has no strategy yet');
    expect((await t.reply('language sv')).text).toBe(
      "I don't know the language `sv`: choose `fi` or `en`. `/smstrategy language fi|en` sets the strategy's language (admins), `/smstrategy language me fi|en|auto` your own, and `/smstrategy language` alone shows both.",
    );
    expect((await t.reply('kieli minä ruotsi', { user: 'UFI' })).text).toBe(
      'En tunne kieltä `ruotsi`: valitse `fi` tai `en`. `/smstrategy kieli fi|en` asettaa strategian kielen (ylläpitäjät), `/smstrategy kieli minä fi|en|auto` oman kielesi, ja pelkkä `/smstrategy kieli` näyttää molemmat.',
    );
    expect(await chosenLanguages()).toEqual([{ team_id: 'T1', user_id: 'UFI', language: 'fi' }]);
  });

  it('the start confirmation’s switch refuses a member who is not an admin and changes nothing', async () => {
    const started = await t.reply('start Launch');
    const refused = await click(started, LANGUAGE_IDS.startSwitch, { user: 'U2' });
    expect(refused).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(refused.text).toContain(
      "Only the strategy's admins (<@U1>) and workspace admins can change its language.",
    );
    expect(refused.text).toContain('`/smstrategy language me fi`');
    expect(await strategyLanguage()).toBe('en');
  });

  it('is the starter’s own choice at start, with a switch to English', async () => {
    const started = await t.reply('start Lanseeraus', { user: 'UFI' });
    expect(started.text).toContain('<@UFI> aloitti strategian *Lanseeraus*');
    expect(buttonsOf(started).map((b) => [b.text.text, b.value])).toEqual([['In English', 'en']]);
    expect(await strategyLanguage()).toBe('fi');
  });
});

describe('/smstrategy language me', () => {
  it('gives what only I see in my language, while channel posts keep the strategy’s', async () => {
    await t.reply('start Launch');
    const chosen = await t.reply('language me fi');
    expect(chosen.response_type).toBe('ephemeral');
    expect(chosen.text).toBe(
      'Tästä lähtien puhun sinulle suomea: vastaukset, ikkunat, yksityisviestit ja Koti-välilehteni ovat suomeksi. Kanavan viestit pysyvät strategian kielellä.',
    );
    expect(await chosenLanguages()).toEqual([
      { team_id: 'T1', user_id: 'U1', language: 'fi' },
      { team_id: 'T1', user_id: 'UFI', language: 'fi' },
    ]);
    expect(textOf(await t.reply('status'))).toContain('Aloittanut <@U1>');
    expect((await modalOf('phase listening', {})).title.text).toBe('Vaihe 1/8');
    // What the whole channel sees stays in the strategy's English.
    const paused = await t.reply('pause');
    expect(paused.response_type).toBe('in_channel');
    expect(paused.text).toContain('<@U1> paused');
    // A DM about the English strategy follows its recipient's own choice, and only theirs.
    await t.reply('assign goals <@UFI>');
    await t.reply('assign listening <@U2>');
    await t.app.idle();
    expect(dmsTo('UFI').at(-1)!.args.text).toContain('<@U1> nimesi sinut vastuuhenkilöksi vaiheelle 2/8');
    expect(dmsTo('U2').at(-1)!.args.text).toContain('<@U1> made you the owner of phase 1/8');

    const cleared = await t.reply('kieli mina auto');
    expect(cleared.text).toBe(
      'You no longer have a language of your own: whatever concerns a strategy comes in its language, anything else in your Slack language.',
    );
    expect(await chosenLanguages()).toEqual([{ team_id: 'T1', user_id: 'UFI', language: 'fi' }]);
    expect(textOf(await t.reply('status'))).toContain('Started by <@U1>');
  });

  it('takes the Finnish words: kieli, minä, suomeksi, englanti', async () => {
    expect((await t.reply('KIELI Minä Suomeksi', { user: 'U2' })).text).toContain('puhun sinulle suomea');
    expect((await t.reply('kieli minä englanti', { user: 'U2' })).text).toContain('I speak English to you');
    expect(await chosenLanguages()).toContainEqual({ team_id: 'T1', user_id: 'U2', language: 'en' });
  });
});

describe('/smstrategy language alone', () => {
  it('shows an admin both settings with buttons, and the buttons work', async () => {
    await t.reply('start Launch');
    const shown = await t.reply('language');
    expect(shown.response_type).toBe('ephemeral');
    expect(textOf(shown)).toContain("*This strategy's language:* English.");
    expect(textOf(shown)).toContain(
      "*Your language:* not chosen. Whatever concerns a strategy you see in that strategy's language; anything else in your Slack language (English).",
    );
    expect(buttonsOf(shown).map((b) => [b.action_id, b.text.text])).toEqual([
      [LANGUAGE_IDS.strategy, 'Strategia suomeksi'],
      [LANGUAGE_IDS.personal, 'Minulle suomeksi'],
      [LANGUAGE_IDS.personal, 'For me in English'],
    ]);

    const mine = await click(shown, LANGUAGE_IDS.personal, {}, 'fi');
    expect(mine).toMatchObject({ response_type: 'ephemeral', replace_original: true });
    expect(mine.text).toContain('puhun sinulle suomea');
    expect(await chosenLanguages()).toContainEqual({ team_id: 'T1', user_id: 'U1', language: 'fi' });

    const announced = await click(shown, LANGUAGE_IDS.strategy);
    expect(announced).toMatchObject({ response_type: 'in_channel', replace_original: false });
    expect(announced.text).toContain('<@U1> asetti strategian kieleksi suomen');
    expect(await strategyLanguage()).toBe('fi');

    const again = await t.reply('kieli');
    expect(textOf(again)).toContain('*Strategian kieli:* suomi.');
    expect(textOf(again)).toContain('*Oma kielesi:* suomi.');
    expect(buttonsOf(again).map((b) => b.value)).toEqual(['en', 'en', 'auto']);
  });

  it('shows a member who is not an admin who can change the strategy’s, without its button', async () => {
    await t.reply('start Lanseeraus', { user: 'UFI' });
    const shown = await t.reply('language', { user: 'U2' });
    expect(textOf(shown)).toContain('*Strategian kieli:* suomi.');
    expect(textOf(shown)).toContain(
      'Sen voivat vaihtaa strategian ylläpitäjät (<@UFI>) ja työtilan ylläpitäjät.',
    );
    expect(textOf(shown)).toContain('*Oma kielesi:* ei valittu.');
    expect(buttonsOf(shown).map((b) => b.action_id)).toEqual([LANGUAGE_IDS.personal, LANGUAGE_IDS.personal]);
  });

  it('outside a strategy’s channel shows only my own', async () => {
    const shown = await t.reply('language', { user: 'UFI', channel: 'DUFI' });
    expect(textOf(shown)).toContain('Tällä kanavalla ei ole strategiaa');
    expect(textOf(shown)).toContain('*Oma kielesi:* suomi.');
    expect(buttonsOf(shown).map((b) => b.value)).toEqual(['en', 'auto']);
  });
});

describe('App Home’s language control', () => {
  it('shows my choice, and choosing redraws App Home in it; replies follow', async () => {
    const home = await openHome('U2');
    const control = home.blocks.find((b: Json) => b.block_id === LANGUAGE_IDS.homeBlock);
    expect(control.text.text).toContain('*Your language*');
    expect(control.accessory).toMatchObject({ type: 'static_select', action_id: LANGUAGE_IDS.home });
    expect(control.accessory.initial_option.value).toBe('auto');
    expect(control.accessory.options.map((o: Json) => o.text.text)).toEqual([
      'Automatic',
      'Suomi',
      'English',
    ]);

    await t.action(LANGUAGE_IDS.home, {
      user: 'U2',
      view: home,
      blockId: LANGUAGE_IDS.homeBlock,
      selected: control.accessory.options[1],
    });
    const finnish = await publishedHome('U2');
    expect(finnish.blocks[0].text.text).toBe('Rakentakaa sosiaalisen median strategia yhdessä');
    const fiControl = finnish.blocks.find((b: Json) => b.block_id === LANGUAGE_IDS.homeBlock);
    expect(fiControl.text.text).toContain('*Oma kielesi*');
    expect(fiControl.accessory.initial_option).toEqual(fiControl.accessory.options[1]);
    expect(await chosenLanguages()).toContainEqual({ team_id: 'T1', user_id: 'U2', language: 'fi' });
    expect(textOf(await t.reply('help', { user: 'U2' }))).toContain(
      'Rakentakaa sosiaalisen median strategia',
    );

    await t.action(LANGUAGE_IDS.home, {
      user: 'U2',
      view: finnish,
      blockId: LANGUAGE_IDS.homeBlock,
      selected: fiControl.accessory.options[0],
    });
    await t.app.idle();
    expect(await chosenLanguages()).not.toContainEqual(expect.objectContaining({ user_id: 'U2' }));
    expect(textOf(await t.reply('help', { user: 'U2' }))).toContain(
      'Build your social media strategy together',
    );
  });

  it('ignores a value that names no language and changes nothing', async () => {
    const home = await openHome('U2');
    await t.action(LANGUAGE_IDS.home, {
      user: 'U2',
      view: home,
      blockId: LANGUAGE_IDS.homeBlock,
      selected: { text: { type: 'plain_text', text: 'Svenska' }, value: 'sv' },
    });
    await t.app.idle();
    expect(await chosenLanguages()).toEqual([{ team_id: 'T1', user_id: 'UFI', language: 'fi' }]);
  });
});

describe('who gets which language without a choice', () => {
  it('a reply outside a strategy’s channel follows the Slack locale', async () => {
    await t.reply('start Lanseeraus', { user: 'UFI' });
    expect(textOf(await t.reply('help', { user: 'U2' }))).toContain('Rakentakaa');
    expect(textOf(await t.reply('help', { user: 'U2', channel: 'C9' }))).toContain('Build your social media');
    expect(textOf(await t.reply('help', { user: 'U2', channel: 'DU2' }))).toContain(
      'Build your social media',
    );
  });

  it('a modal opened from App Home follows the strategy it is about', async () => {
    await t.reply('start Lanseeraus', { user: 'UFI' });
    await t.reply('start Launch', { user: 'U1', channel: 'C2' });
    await t.reply('assign 1 <@U2>', { user: 'UFI' });
    await t.reply('assign 1 <@U2>', { user: 'U1', channel: 'C2' });
    const home = await openHome('U2');
    const edits = home.blocks
      .filter((b: Json) => b.type === 'actions')
      .flatMap((b: Json) => b.elements)
      .filter((e: Json) => e.action_id === 'phase_edit');
    expect(edits).toHaveLength(2);
    const titles: string[] = [];
    for (const edit of edits) {
      await t.action('phase_edit', { user: 'U2', view: home, value: edit.value });
      await t.app.idle();
      titles.push(t.standIn.callsOf('views.open').at(-1)!.args.view.title.text);
    }
    expect(t.standIn.callsOf('views.open')).toHaveLength(2);
    expect(titles.sort()).toEqual(['Phase 1/8', 'Vaihe 1/8']);
  });

  it('App Home follows the strategies I work in when they agree, else my Slack locale', async () => {
    await t.reply('start Lanseeraus', { user: 'UFI' });
    await t.reply('start Launch', { user: 'U1', channel: 'C2' });
    // U3 works in nothing yet, and the strategies listed disagree: Slack's English.
    expect((await openHome('U3')).blocks[0].text.text).toBe('Build your social media strategy together');
    await t.reply('assign 1 <@U3>', { user: 'UFI' });
    expect((await openHome('U3')).blocks[0].text.text).toBe(
      'Rakentakaa sosiaalisen median strategia yhdessä',
    );
    await t.reply('assign 1 <@U3>', { user: 'U1', channel: 'C2' });
    expect((await openHome('U3')).blocks[0].text.text).toBe('Build your social media strategy together');
    // UFI's own choice beats the English strategy they now also admin.
    await t.reply('assign 2 <@UFI>', { user: 'U1', channel: 'C2' });
    expect((await openHome('UFI')).blocks[0].text.text).toBe(
      'Rakentakaa sosiaalisen median strategia yhdessä',
    );
  });

  it('App Home of someone who works in no strategy yet follows the workspace’s strategies when they agree', async () => {
    await t.reply('start Lanseeraus', { user: 'UFI' });
    await t.reply('start Kevät', { user: 'UFI', channel: 'C2' });
    expect((await openHome('U3')).blocks[0].text.text).toBe(
      'Rakentakaa sosiaalisen median strategia yhdessä',
    );
  });

  it('an error reply keeps the language the person was last answered in', async () => {
    await t.reply('start Lanseeraus', { user: 'UFI' });
    // Slack fails to say who U3 is (not that there is no such user): the assignment cannot go on.
    t.standIn.fail('users.info', { error: 'fatal_error' }, { match: (a) => a.user === 'U3', times: 3 });
    const reply = await t.reply('assign 1 <@U3>', { user: 'U2' });
    expect(reply.text).toBe(
      'Jotain meni vikaan minun päässäni, eikä mitään muutettu. Yritä hetken päästä uudelleen.',
    );
  });
});
