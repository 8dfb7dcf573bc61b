import { beforeEach, describe, expect, it } from 'vitest';
import { QUESTION_FEEDS_PHASE, QUESTION_KEYS, type QuestionKey } from '../../src/domain/method.js';
import { ASSESSMENT_STEPS, JUDGEMENT_STEP, type Rating } from '../../src/domain/readiness.js';
import { ASSESSMENT_IDS } from '../../src/views/ids.js';
import { appForEachTest } from '../support/app-per-test.js';
import { textOf, U1, UFI, type Who } from '../support/harness.js';
import type { Json } from '../support/slack-stand-in.js';
import {
  blockOf,
  openAssess as openAssessIn,
  stepValues,
  type Typed,
  type Typing,
  typingFor,
  walk as walkIn,
  YES,
} from './support.js';

const t = appForEachTest({
  users: [
    U1,
    UFI,
    { id: 'U2', locale: 'en-US' },
    { id: 'U2FI', locale: 'en-US', chosenLanguage: 'fi' },
    { id: 'UADMIN', locale: 'en-US', is_admin: true },
  ],
});

const openAssess = (who: Who = {}) => openAssessIn(t, who);
const walk = (view: Json, typing: Typing, who: Who = {}) => walkIn(t, view, typing, who);

/** What the modal shows for one question: its prefilled text and rating. */
function shown(view: Json, key: QuestionKey): Typed {
  const text = blockOf(view, ASSESSMENT_IDS.answerBlock(key)).element.initial_value;
  const rating = blockOf(view, ASSESSMENT_IDS.ratingBlock(key)).element.initial_option?.value;
  return { ...(text === undefined ? {} : { text }), rating };
}

const rows = {
  revisions: () => t.app.db.selectFrom('assessment_revisions').selectAll().orderBy('revision').execute(),
  drafts: () => t.app.db.selectFrom('assessment_drafts').selectAll().execute(),
  audit: () => t.app.db.selectFrom('audit_events').selectAll().orderBy('at').execute(),
};

const LANGS = [
  {
    lang: 'en',
    admin: 'U1',
    reader: 'U2',
    title1: 'Readiness analysis 1/5',
    title2: 'Readiness analysis 2/5',
    why: 'Why does the organisation need a social media strategy?',
    next: 'Next',
    save: 'Save',
    ready: 'Ready to start',
    notReady: 'Not ready yet',
    groundwork: 'Groundwork needed first',
    pitchError: 'The pitch is 141 characters; it can be at most 140. Shorten it by 1.',
    emptyClear: 'An empty answer cannot be rated clear',
    draftNotice: 'Continuing your unsaved draft.',
    revisionNotice: 'Prefilled with the current answers (revision 1, saved by <@U1> on 2026-11-26).',
    whyGap: '• *Goal setting*: Why (missing)',
    whyRow: '*Why* · missing → Goal setting',
    phaseNames: {
      goals: 'Goal setting',
      content: 'Content strategy',
      listening: 'Listening',
      presence: 'Presence model',
      organisation: 'Organisation and budget',
      measurement: 'Monitoring and measurement',
    } as Record<string, string>,
    updated: 'Updated by <@U1> on 2026-11-26 · revision 1',
    readOnly: "Only the strategy's admins (<@U1>) and workspace admins can change the analysis.",
    assignButton: 'Assign phase owners',
    openAnalysis: 'Open the analysis',
    assignHint:
      '/smstrategy assign &lt;phase&gt; @person` (pick the person from the list Slack opens as you type @)',
  },
  {
    lang: 'fi',
    admin: 'UFI',
    reader: 'U2FI',
    title1: 'Valmiusanalyysi 1/5',
    title2: 'Valmiusanalyysi 2/5',
    why: 'Miksi organisaatiollasi pitää olla sosiaalisen median strategia?',
    next: 'Seuraava',
    save: 'Tallenna',
    ready: 'Valmis aloittamaan',
    notReady: 'Ei vielä valmis',
    groundwork: 'Ensin pohjatyötä',
    pitchError: 'Hissitarinassa on 141 merkkiä; enintään 140 on sallittu. Lyhennä 1 merkillä.',
    emptyClear: 'Tyhjää vastausta ei voi arvioida selväksi',
    draftNotice: 'Jatketaan tallentamatonta luonnostasi.',
    revisionNotice: 'Nykyiset vastaukset valmiina (versio 1, tallentanut <@UFI> 26.11.2026).',
    whyGap: '• *Tavoitteiden asettaminen*: Miksi (puuttuu)',
    whyRow: '*Miksi* · puuttuu → Tavoitteiden asettaminen',
    phaseNames: {
      goals: 'Tavoitteiden asettaminen',
      content: 'Sisältöstrategian luominen tai tarkentaminen',
      listening: 'Kuuntelu',
      presence: 'Läsnäolomallin määrittely',
      organisation: 'Organisointi ja budjetointi',
      measurement: 'Seurannan ja mittaamisen suunnittelu',
    } as Record<string, string>,
    updated: 'Päivittänyt <@UFI> 26.11.2026 · versio 1',
    readOnly: 'Vain strategian ylläpitäjät (<@UFI>) ja työtilan ylläpitäjät voivat muuttaa analyysia.',
    assignButton: 'Nimeä vaiheille vastuut',
    openAnalysis: 'Avaa analyysi',
    assignHint:
      '/smstrategy assign &lt;vaihe&gt; @henkilö` (valitse henkilö listasta, joka aukeaa @-merkin jälkeen)',
  },
] as const;

describe.each(LANGS)('the readiness analysis ($lang)', (L) => {
  const admin = { user: L.admin };

  beforeEach(async () => {
    await t.reply('start Launch', admin);
  });

  it('opens the first step with every question of it, in the user’s language', async () => {
    const view = await openAssess(admin);
    expect(view.callback_id).toBe(ASSESSMENT_IDS.view);
    expect(view.title.text).toBe(L.title1);
    expect(view.submit.text).toBe(L.next);
    expect(view.notify_on_close).toBe(true);
    expect(blockOf(view, ASSESSMENT_IDS.answerBlock('why')).label.text).toBe(L.why);
    expect(
      blockOf(view, ASSESSMENT_IDS.ratingBlock('why')).element.options.map((o: Json) => o.value),
    ).toEqual(['clear', 'partial', 'missing']);
    expect(view.private_metadata.length).toBeLessThan(3000);
  });

  it('keeps every answer through Next and Back, and each submit adds a revision with all ten answers', async () => {
    const typing = typingFor({}, 'clear', 'first: ');
    typing.ownership = { text: 'Marketing lead', rating: 'clear', owner: 'U2' };
    const step1 = await openAssess(admin);

    // Step 1 → Next
    const next1 = await t.submit(step1, stepValues(0, typing), admin);
    expect(next1.body.response_action).toBe('update');
    const step2 = next1.body.view;
    expect(step2.title.text).toBe(L.title2);

    // Type in step 2, then Back: step 1 comes back with its answers, and step 2's are kept.
    await t.action(ASSESSMENT_IDS.back, {
      ...admin,
      view: { ...step2, id: 'V42', state: { values: stepValues(1, typing) } },
    });
    const update = await t.standIn.waitFor('views.update', (a) => a.view_id === 'V42');
    const back = update.args.view;
    expect(back.title.text).toBe(L.title1);
    for (const key of ASSESSMENT_STEPS[0]!) expect(shown(back, key)).toEqual(typing[key]);

    // Next again: step 2 shows what was typed there before Back.
    const again = await t.submit(back, stepValues(0, typing), admin);
    for (const key of ASSESSMENT_STEPS[1]!) expect(shown(again.body.view, key)).toEqual(typing[key]);

    // … through the last step, the three judgements, whose button saves.
    let view = again.body.view;
    for (const step of [1, 2, 3]) {
      const res = await t.submit(view, stepValues(step, typing), admin);
      view = res.body.view;
    }
    expect(view.submit.text).toBe(L.save);
    expect(blockOf(view, ASSESSMENT_IDS.judgementBlock('reach'))).toBeTruthy();
    const saved = await t.submit(view, stepValues(JUDGEMENT_STEP, typing), admin);
    expect(saved.body.response_action).toBeUndefined();

    let revisions = await rows.revisions();
    expect(revisions).toHaveLength(1);
    expect(revisions[0]).toMatchObject({ team_id: 'T1', revision: 1, created_by: L.admin });
    const answers = JSON.parse(revisions[0]!.answers_json);
    expect(JSON.parse(revisions[0]!.judgements_json!)).toEqual(YES);
    expect(Object.keys(answers)).toEqual([...QUESTION_KEYS]);
    for (const key of QUESTION_KEYS) expect(answers[key]).toEqual(typing[key]);
    expect(await rows.drafts()).toHaveLength(0);

    // The channel hears the verdict in the strategy's language, with the button to assign owners.
    const post = await t.standIn.waitFor('chat.postMessage');
    expect(post.args.channel).toBe('C1');
    expect(textOf(post.args)).toContain(L.ready);
    expect(textOf(post.args)).toContain('20/20');
    expect(textOf(post.args)).toContain(L.updated);
    const buttons = post.args.blocks.find((b: Json) => b.type === 'actions').elements;
    expect(buttons.map((b: Json) => [b.action_id, b.text?.text])).toEqual([
      [ASSESSMENT_IDS.assignOwners, L.assignButton],
      [ASSESSMENT_IDS.open, L.openAnalysis],
      [ASSESSMENT_IDS.revisePick, undefined],
    ]);

    // A second run opens prefilled with the saved answers, and its submit is a second revision.
    const second = await openAssess(admin);
    expect(shown(second, 'why')).toEqual(typing.why);
    expect(JSON.stringify(second.blocks)).toContain(L.revisionNotice);
    const changed = typingFor({ why: 'missing' }, 'clear', 'second: ');
    await walk(second, changed, admin);
    revisions = await rows.revisions();
    expect(revisions.map((r) => r.revision)).toEqual([1, 2]);
    expect(JSON.parse(revisions[1]!.answers_json).why).toEqual({ text: '', rating: 'missing' });
    expect(JSON.parse(revisions[0]!.answers_json).why).toEqual(typing.why);

    const audit = (await rows.audit()).filter((a) => a.action === 'assessment.revised');
    expect(audit).toHaveLength(2);
    expect(audit[1]).toMatchObject({ actor_id: L.admin, strategy_id: revisions[0]!.strategy_id });
    expect(JSON.parse(audit[1]!.before_json!).revision).toBe(1);
    expect(JSON.parse(audit[1]!.after_json!)).toMatchObject({ revision: 2, verdict: 'not_ready' });
  });

  it('refuses a 141-character pitch on its own block, keeping the step’s other answers', async () => {
    const view = await openAssess(admin);
    const typing: Typing = {
      why: { text: 'To be found', rating: 'clear' },
      goals: { text: 'More leads', rating: 'partial' },
      pitch: { text: 'p'.repeat(141), rating: 'clear' },
    };
    const res = await t.submit(view, stepValues(0, typing), admin);
    expect(res.body).toEqual({
      response_action: 'errors',
      errors: { [ASSESSMENT_IDS.answerBlock('pitch')]: L.pitchError },
    });
    // The modal keeps what was typed; so does the draft, should the modal be closed now.
    const draft = JSON.parse((await rows.drafts())[0]!.answers_json);
    expect(draft.why).toEqual(typing.why);
    expect(draft.goals).toEqual(typing.goals);
    expect(await rows.revisions()).toHaveLength(0);

    // 140 characters pass.
    typing.pitch = { text: 'p'.repeat(140), rating: 'clear' };
    const ok = await t.submit(view, stepValues(0, typing), admin);
    expect(ok.body.response_action).toBe('update');
  });

  it('refuses an empty answer rated clear, on that question', async () => {
    const view = await openAssess(admin);
    const res = await t.submit(
      view,
      stepValues(0, { why: { text: 'Reach', rating: 'clear' }, goals: { text: '', rating: 'clear' } }),
      admin,
    );
    expect(res.body.response_action).toBe('errors');
    expect(Object.keys(res.body.errors)).toEqual([ASSESSMENT_IDS.ratingBlock('goals')]);
    expect(res.body.errors[ASSESSMENT_IDS.ratingBlock('goals')]).toContain(L.emptyClear);
  });

  it('keeps a draft when the modal is closed mid-way, and the next assess brings it back', async () => {
    const typing = typingFor({ costs: 'partial' }, 'clear', 'draft: ');
    const step1 = await openAssess(admin);
    const step2 = (await t.submit(step1, stepValues(0, typing), admin)).body.view;
    expect(await t.closeView(step2, stepValues(1, typing), admin)).toBe(200);

    const reopened = await openAssess(admin);
    expect(JSON.stringify(reopened.blocks)).toContain(L.draftNotice);
    for (const key of ASSESSMENT_STEPS[0]!) expect(shown(reopened, key)).toEqual(typing[key]);
    const next = await t.submit(reopened, stepValues(0, typing), admin);
    for (const key of ASSESSMENT_STEPS[1]!) expect(shown(next.body.view, key)).toEqual(typing[key]);
    expect(await rows.revisions()).toHaveLength(0);
    expect((await rows.audit()).some((a) => a.action === 'assessment.draft_saved')).toBe(true);
  });

  it('closing without a change keeps no draft: the next assess still shows the saved revision', async () => {
    const typing = typingFor({ goals: 'partial' });
    await walk(await openAssess(admin), typing, admin);
    const opened = await openAssess(admin);
    await t.closeView(opened, stepValues(0, typing), admin);
    expect(await rows.drafts()).toHaveLength(0);
    const again = await openAssess(admin);
    expect(JSON.stringify(again.blocks)).toContain(L.revisionNotice);
    expect(shown(again, 'goals')).toEqual(typing.goals);
  });

  it('shows a non-admin the current answers read-only, says why, and changes nothing', async () => {
    const view = await openAssess(admin);
    await walk(view, typingFor({ risks: 'partial' }), admin);
    const before = {
      revisions: await rows.revisions(),
      drafts: await rows.drafts(),
      audit: await rows.audit(),
    };

    const readOnly = await openAssess({ user: L.reader });
    expect(readOnly.callback_id).toBe(ASSESSMENT_IDS.readOnlyView);
    expect(readOnly.submit).toBeUndefined();
    expect(readOnly.notify_on_close).toBeUndefined();
    const text = JSON.stringify(readOnly.blocks);
    expect(text).toContain(L.readOnly);
    expect(text).toContain('why answered');
    expect(readOnly.blocks.some((b: Json) => b.type === 'input')).toBe(false);

    // Even a hand-made submission of the editing modal is refused.
    const forged = await t.submit(view, stepValues(0, typingFor({}, 'clear', 'forged: ')), {
      user: L.reader,
    });
    expect(forged.body.response_action).toBe('errors');
    await t.closeView(view, stepValues(0, typingFor({}, 'clear', 'forged: ')), { user: L.reader });

    expect(await rows.revisions()).toEqual(before.revisions);
    expect(await rows.drafts()).toEqual(before.drafts);
    expect(await rows.audit()).toEqual(before.audit);
  });

  it('status shows the readiness picture and who last updated it when', async () => {
    const notYet = await t.reply('status', admin);
    expect(textOf(notYet)).not.toContain(L.updated);
    await walk(await openAssess(admin), typingFor({ why: 'missing' }), admin);
    const status = await t.reply('status', admin);
    expect(textOf(status)).toContain(L.notReady);
    expect(textOf(status)).toContain(L.whyGap);
    expect(textOf(status)).toContain(L.updated);
  });

  it('the assign button tells how to assign phase owners, in the clicker’s language', async () => {
    const { responseUrl } = await t.action(ASSESSMENT_IDS.assignOwners, admin);
    const reply = await t.standIn.waitForReply(responseUrl);
    expect(reply.args.response_type).toBe('ephemeral');
    expect(reply.args.text).toContain(L.assignHint);
    // …with the eight phases, each with a button that opens it (owner, due date) in a window.
    const buttons = reply.args.blocks.flatMap((b: any) => b.elements ?? (b.accessory ? [b.accessory] : []));
    expect(buttons.filter((e: any) => e.action_id === 'phase_edit')).toHaveLength(8);
  });

  it.each([
    ['all clear', {}, 'ready', '20/20', []],
    ['why missing', { why: 'missing' }, 'notReady', '18/20', ['why']],
    [
      'three partials',
      { pitch: 'partial', audience: 'partial', risks: 'partial' },
      'groundwork',
      '17/20',
      ['pitch', 'audience', 'risks'],
    ],
    [
      'everything missing',
      Object.fromEntries(QUESTION_KEYS.map((k) => [k, 'missing'])),
      'notReady',
      '0/20',
      [...QUESTION_KEYS],
    ],
  ] as const)('posts the verdict and gaps for %s', async (_name, ratings, verdict, score, gapKeys) => {
    await walk(await openAssess(admin), typingFor(ratings as Partial<Record<QuestionKey, Rating>>), admin);
    const post = await t.standIn.waitFor('chat.postMessage');
    const text = textOf(post.args);
    expect(text).toContain(L[verdict]);
    expect(text).toContain(score);
    // One line per gap with the phase that closes it, each with its own Revise button.
    const rows = post.args.blocks.filter(
      (b: Json) =>
        b.accessory?.action_id === ASSESSMENT_IDS.revise && JSON.parse(b.accessory.value).q !== 'judgements',
    );
    expect(rows.map((b: Json) => JSON.parse(b.accessory.value).q)).toEqual(gapKeys);
    gapKeys.forEach((k: QuestionKey, i: number) => {
      expect(rows[i].text.text).toContain(L.phaseNames[QUESTION_FEEDS_PHASE[k]]);
    });
    if (gapKeys.includes('why' as never)) expect(rows[0].text.text).toContain(L.whyRow);
  });
});

describe('permissions and languages across people', () => {
  it('lets a workspace admin edit a strategy someone else started', async () => {
    await t.reply('start Launch', { user: 'U1' });
    const view = await openAssess({ user: 'UADMIN' });
    expect(view.callback_id).toBe(ASSESSMENT_IDS.view);
    await walk(view, typingFor({}), { user: 'UADMIN' });
    expect((await rows.revisions())[0]).toMatchObject({ created_by: 'UADMIN' });
  });

  it('posts the summary in the strategy’s language, whoever saves it in another language', async () => {
    await t.reply('start Launch', { user: 'UFI' });
    await t.chooseLanguage('UADMIN', 'en');
    const view = await openAssess({ user: 'UADMIN' });
    expect(view.title.text).toBe('Readiness analysis 1/5');
    await walk(view, typingFor({}), { user: 'UADMIN' });
    const post = await t.standIn.waitFor('chat.postMessage');
    expect(textOf(post.args)).toContain('Valmis aloittamaan');
  });

  it('saves the revision and sends the saver the summary by DM when the channel refuses it', async () => {
    await t.reply('start Launch', { user: 'UFI' });
    const advice = {
      not_in_channel:
        'En ole kanavan <#C1> jäsen. Jotta voin julkaista siellä, kirjoita kanavalle `/invite @smstrategy`.',
      channel_not_found: 'En näe kanavaa <#C1>. Jos se on yksityinen, kirjoita sille `/invite @smstrategy`',
      is_archived: 'Kanava <#C1> on arkistoitu. Palauta se arkistosta',
    };
    for (const [i, [code, says]] of Object.entries(advice).entries()) {
      t.standIn.fail('chat.postMessage', { error: code }, { match: (a) => a.channel === 'C1' });
      await walk(await openAssess({ user: 'UFI' }), typingFor({}), { user: 'UFI' });
      expect(await rows.revisions(), code).toHaveLength(i + 1);
      const dm = await t.standIn.waitFor(
        'chat.postMessage',
        (a) => a.channel === 'UFI' && a.text.includes(says),
      );
      expect(dm.args.text, code).toMatch(
        /^Analyysi on tallennettu, mutta en voinut julkaista sitä kanavalla\. /,
      );
      expect(textOf(dm.args), code).toContain('Valmis aloittamaan');
    }
  });

  it('tells how to start when the channel has no strategy', async () => {
    const reply = await t.reply('assess');
    expect(reply.text).toContain('This channel has no strategy yet');
    await t.app.idle();
    expect(t.standIn.callsOf('views.open')).toHaveLength(0);
  });
});
