import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QUESTION_KEYS, type QuestionKey } from '../../src/domain/method.js';
import { ASSESSMENT_STEPS, JUDGEMENT_STEP } from '../../src/domain/readiness.js';
import { messages } from '../../src/i18n/index.js';
import { ASSESSMENT_IDS, PHASE_IDS } from '../../src/views/ids.js';
import { lastUpload } from '../plan/support.js';
import { TestClock } from '../support/clock.js';
import { TestApp, textOf, U1, UFI, type Who } from '../support/harness.js';
import type { Json } from '../support/slack-stand-in.js';
import {
  answerValues,
  blockOf,
  judgementValues,
  openAssess,
  stepValues,
  type Typing,
  typingFor,
  walk,
  YES,
} from './support.js';

// The analysis beyond how settled the answers are: guidance where people answer, the three
// judgements and the verdict they can lead to ("not now"), one answer revised alone, and gaps
// that close once the phase that closes them is done. Everything through signed requests, in
// both languages, on one app per language (each test in its own channel).

const LANGS = [
  {
    lang: 'en' as const,
    admin: 'U1',
    reader: 'U2',
    exampleLabel: '_Example:_',
    warningLabel: ':warning: *Watch out:*',
    notNow: 'Not the right time',
    notNowHeadline: 'Social media does not serve this goal now',
    reachNo: 'You judged that your audience cannot be reached on social media',
    resourcesNo: 'The time and money the work needs are not available now',
    ready: 'Ready to start',
    groundwork: 'Groundwork needed first',
    reviseTitle: 'Revise an answer',
    judgementsTitle: 'Revise the judgements',
    revisedCosts: (u: string) => `<@${u}> revised the answer on *Costs*.`,
    judgementsRevised: (u: string) => `<@${u}> revised the three judgements.`,
    unchanged: 'Nothing changed, so no new revision was made.',
    intro2: 'Saving makes revision 2.',
    costsAddressed: 'Costs (partly) :white_check_mark: addressed by Organisation and budget',
    costsOpen: '• *Organisation and budget*: Costs (partly)',
    risksOpen: '• *Presence model*: Risks (partly)',
    digestAddressed: '• Costs – addressed by Organisation and budget',
    digestOpen: '• Presence model: Risks',
    planAddressed: 'Costs (partly), addressed by Organisation and budget',
    readOnly: "Only the strategy's admins",
    reachYes: 'Yes – they are active where we can take part',
    judgedNo: '• Reaching the audience: No',
  },
  {
    lang: 'fi' as const,
    admin: 'UFI',
    reader: 'U2FI',
    exampleLabel: '_Esimerkki:_',
    warningLabel: ':warning: *Huomaa:*',
    notNow: 'Ei ajankohtainen nyt',
    notNowHeadline: 'Some ei nyt palvele tätä tavoitetta',
    reachNo: 'Arvionne mukaan kohdeyleisöä ei tavoita somessa',
    resourcesNo: 'Työn vaatimaa aikaa ja rahaa ei nyt ole',
    ready: 'Valmis aloittamaan',
    groundwork: 'Ensin pohjatyötä',
    reviseTitle: 'Muokkaa vastausta',
    judgementsTitle: 'Muokkaa arvioita',
    revisedCosts: (u: string) => `<@${u}> päivitti vastauksen kohtaan *Kustannukset*.`,
    judgementsRevised: (u: string) => `<@${u}> päivitti kolme arviota.`,
    unchanged: 'Mikään ei muuttunut, joten uutta versiota ei tehty.',
    intro2: 'Tallentaminen luo version 2.',
    costsAddressed:
      'Kustannukset (osittain) :white_check_mark: hoidettu vaiheessa Organisointi ja budjetointi',
    costsOpen: '• *Organisointi ja budjetointi*: Kustannukset (osittain)',
    risksOpen: '• *Läsnäolomallin määrittely*: Riskit (osittain)',
    digestAddressed: '• Kustannukset – hoidettu vaiheessa Organisointi ja budjetointi',
    digestOpen: '• Läsnäolomallin määrittely: Riskit',
    planAddressed: 'Kustannukset (osittain), hoidettu vaiheessa Organisointi ja budjetointi',
    readOnly: 'Vain strategian ylläpitäjät',
    reachYes: 'Kyllä – he ovat siellä, missä mekin voimme olla mukana',
    judgedNo: '• Yleisön tavoittaminen: Ei',
  },
];

describe.each(LANGS)('the realistic analysis ($lang)', (L) => {
  let t: TestApp;
  let channelSeq = 0;

  beforeAll(async () => {
    // Sunday 29 November 2026, 14:00 in Helsinki: the first digest goes out on Monday at 09:00.
    t = await TestApp.start({
      clock: new TestClock('2026-11-29T12:00:00Z'),
      users: [U1, UFI, { id: 'U2', locale: 'en-US' }, { id: 'U2FI', locale: 'en-US', chosenLanguage: 'fi' }],
    });
  });
  afterAll(async () => {
    await t?.stop();
  });

  /** A new strategy in a channel of its own, started by the admin. */
  async function started(): Promise<{ who: Who; channel: string; strategyId: string }> {
    channelSeq += 1;
    const channel = `C${L.lang.toUpperCase()}${channelSeq}`;
    const who = { user: L.admin, channel };
    await t.reply(`start Launch ${channelSeq}`, who);
    const row = await t.app.db
      .selectFrom('strategies')
      .select('id')
      .where('channel_id', '=', channel)
      .executeTakeFirstOrThrow();
    return { who, channel, strategyId: row.id };
  }

  const revisions = (strategyId: string) =>
    t.app.db
      .selectFrom('assessment_revisions')
      .selectAll()
      .where('strategy_id', '=', strategyId)
      .orderBy('revision')
      .execute();

  const postsTo = (channel: string, from = 0) =>
    t.standIn.calls.slice(from).filter((c) => c.method === 'chat.postMessage' && c.args.channel === channel);

  /** The readiness summary posted to the channel since `from` (it carries the assign button). */
  const summaryIn = (channel: string, from = 0) => {
    const post = postsTo(channel, from).find((c) =>
      JSON.stringify(c.args.blocks).includes(ASSESSMENT_IDS.assignOwners),
    );
    if (!post) throw new Error(`no readiness summary in ${channel}`);
    return post;
  };

  /** Clicks a Revise button (or picks in the select) and returns the window it opened. */
  async function clickRevise(who: Who, strategyId: string, q: QuestionKey | 'judgements'): Promise<Json> {
    const from = t.standIn.calls.length;
    await t.action(ASSESSMENT_IDS.revise, { ...who, value: JSON.stringify({ s: strategyId, q }) });
    await t.app.idle();
    const open = t.standIn.calls.slice(from).find((c) => c.method === 'views.open');
    if (!open) throw new Error('no window opened');
    return { ...open.args.view, id: open.result!.view.id, hash: open.result!.view.hash };
  }

  it('asks each question with its explanation, an example and the readers’ warnings, then the three judgements', async () => {
    const { who } = await started();
    const m = messages(L.lang);
    let view = await openAssess(t, who);
    for (let step = 0; step < ASSESSMENT_STEPS.length; step++) {
      for (const key of ASSESSMENT_STEPS[step]!) {
        const g = m.guidance.questions[key];
        const input = blockOf(view, ASSESSMENT_IDS.answerBlock(key));
        expect(input.hint.text).toContain(g.explain);
        // The example and the warnings right under the answer.
        const guidance = view.blocks[view.blocks.indexOf(input) + 1];
        expect(guidance.type).toBe('context');
        const shown = guidance.elements[0].text as string;
        expect(shown).toContain(`${L.exampleLabel} `);
        expect(shown.split(L.warningLabel)).toHaveLength(g.warnings.length + 1);
        expect(g.warnings.length).toBeGreaterThan(0);
      }
      if (step === JUDGEMENT_STEP) {
        const reach = blockOf(view, ASSESSMENT_IDS.judgementBlock('reach'));
        expect(reach.label.text).toBe(m.assessment.judgements.reach.question);
        expect(reach.element.options.map((o: Json) => o.value)).toEqual(['yes', 'partly', 'no']);
        expect(reach.element.options[0].text.text).toBe(L.reachYes);
        expect(reach.optional).toBe(true);
        // What the judgement rests on is shown above it: the answer about where the audience is.
        expect(JSON.stringify(view.blocks)).toContain('whereabouts answered');
        return;
      }
      const { body } = await t.submit(view, stepValues(step, typingFor({})), who);
      view = body.view;
    }
  });

  it('says "not now", with the reasons, to a team whose audience is not online and has no budget', async () => {
    const { who, channel, strategyId } = await started();
    const from = t.standIn.calls.length;
    await walk(t, await openAssess(t, who), typingFor({}), who, {
      reach: 'no',
      resources: 'no',
      commitment: 'yes',
    });
    await t.app.idle();
    const text = textOf(summaryIn(channel, from).args);
    expect(text).toContain(L.notNowHeadline);
    expect(text).toContain(L.notNow);
    expect(text).toContain(L.reachNo);
    expect(text).toContain(L.resourcesNo);
    expect(text).toContain('20/20');
    expect(text).toContain(L.judgedNo);
    const [row] = await revisions(strategyId);
    expect(JSON.parse(row!.judgements_json!)).toEqual({ reach: 'no', resources: 'no', commitment: 'yes' });
    const status = await t.reply('status', who);
    expect(textOf(status)).toContain(L.notNow);
  });

  it('revises one answer alone from the summary: a new revision, every other answer as it was', async () => {
    const { who, channel, strategyId } = await started();
    await walk(t, await openAssess(t, who), typingFor({ costs: 'partial', risks: 'partial' }), who);
    await t.app.idle();
    const summary = summaryIn(channel);
    // Each gap has its own Revise button in the summary.
    const costsRow = summary.args.blocks.find(
      (b: Json) =>
        b.accessory?.action_id === ASSESSMENT_IDS.revise && JSON.parse(b.accessory.value).q === 'costs',
    );
    expect(costsRow).toBeTruthy();

    const view = await clickRevise(who, strategyId, 'costs');
    expect(view.callback_id).toBe(ASSESSMENT_IDS.reviseView);
    expect(view.title.text).toBe(L.reviseTitle);
    expect(JSON.stringify(view.blocks)).toContain(L.intro2);
    const inputs = view.blocks.filter((b: Json) => b.type === 'input').map((b: Json) => b.block_id);
    expect(inputs).toEqual([ASSESSMENT_IDS.answerBlock('costs'), ASSESSMENT_IDS.ratingBlock('costs')]);
    expect(blockOf(view, ASSESSMENT_IDS.answerBlock('costs')).element.initial_value).toBe('costs answered');

    // Saving it unchanged makes nothing.
    const same = await t.submit(
      view,
      answerValues('costs', { text: 'costs answered', rating: 'partial' }),
      who,
    );
    expect(same.body).toEqual({
      response_action: 'errors',
      errors: { [ASSESSMENT_IDS.answerBlock('costs')]: L.unchanged },
    });

    const from = t.standIn.calls.length;
    const saved = await t.submit(
      view,
      answerValues('costs', { text: '€900 a month, agreed', rating: 'clear' }),
      who,
    );
    expect(saved.body).toEqual({});
    await t.app.idle();
    const [first, second] = await revisions(strategyId);
    expect(second!.revision).toBe(2);
    const before = JSON.parse(first!.answers_json);
    const after = JSON.parse(second!.answers_json);
    expect(after.costs).toEqual({ text: '€900 a month, agreed', rating: 'clear' });
    for (const key of QUESTION_KEYS.filter((k) => k !== 'costs')) expect(after[key]).toEqual(before[key]);
    expect(second!.judgements_json).toBe(first!.judgements_json);
    const audit = await t.app.db
      .selectFrom('audit_events')
      .selectAll()
      .where('strategy_id', '=', strategyId)
      .where('action', '=', 'assessment.revised')
      .where('subject', '=', 'revision 2')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(audit.after_json!)).toMatchObject({ revision: 2, revised: 'costs' });

    // The channel hears what changed and the new verdict.
    const post = summaryIn(channel, from);
    expect(textOf(post.args)).toContain(L.revisedCosts(L.admin));
    expect(textOf(post.args)).toContain(L.ready);
  });

  it('refuses a revised pitch over 140 characters in the window, saving nothing', async () => {
    const { who, strategyId } = await started();
    await walk(t, await openAssess(t, who), typingFor({}), who);
    const view = await clickRevise(who, strategyId, 'pitch');
    const res = await t.submit(view, answerValues('pitch', { text: 'p'.repeat(141), rating: 'clear' }), who);
    expect(res.body.response_action).toBe('errors');
    expect(Object.keys(res.body.errors)).toEqual([ASSESSMENT_IDS.answerBlock('pitch')]);
    expect(await revisions(strategyId)).toHaveLength(1);
  });

  it('opens the analysis from status, revises the judgements on top of it and refreshes it', async () => {
    const { who, channel, strategyId } = await started();
    await walk(t, await openAssess(t, who), typingFor({}), who);
    await t.app.idle();
    const status = await t.reply('status', who);
    const row = status.blocks.find((b: Json) =>
      b.elements?.some((e: Json) => e.action_id === ASSESSMENT_IDS.revisePick),
    );
    const select = row.elements.find((e: Json) => e.action_id === ASSESSMENT_IDS.revisePick);
    // Every question and the judgements can be picked.
    expect(select.options).toHaveLength(QUESTION_KEYS.length + 1);
    const open = row.elements.find((e: Json) => e.action_id === ASSESSMENT_IDS.open);

    let from = t.standIn.calls.length;
    await t.action(ASSESSMENT_IDS.open, { ...who, value: open.value });
    await t.app.idle();
    const opened = t.standIn.calls.slice(from).find((c) => c.method === 'views.open')!;
    const overview = { ...opened.args.view, id: opened.result!.view.id };
    expect(overview.callback_id).toBe(ASSESSMENT_IDS.overview);
    const buttons = overview.blocks.filter((b: Json) => b.accessory?.action_id === ASSESSMENT_IDS.revise);
    expect(buttons).toHaveLength(QUESTION_KEYS.length + 1);

    // Revise in the overview: the small window goes on top of it.
    from = t.standIn.calls.length;
    const judgementsButton = buttons.at(-1).accessory;
    await t.action(ASSESSMENT_IDS.revise, { ...who, value: judgementsButton.value, view: overview });
    await t.app.idle();
    const pushed = t.standIn.calls.slice(from).find((c) => c.method === 'views.push')!;
    const revise = { ...pushed.args.view, id: pushed.result!.view.id, hash: pushed.result!.view.hash };
    expect(revise.title.text).toBe(L.judgementsTitle);
    expect(JSON.parse(revise.private_metadata).parentViewId).toBe(overview.id);

    from = t.standIn.calls.length;
    const saved = await t.submit(revise, judgementValues({ ...YES, reach: 'no' }), who);
    expect(saved.body).toEqual({});
    await t.app.idle();
    const calls = t.standIn.calls.slice(from);
    const refreshed = calls.find((c) => c.method === 'views.update' && c.args.view_id === overview.id);
    expect(JSON.stringify(refreshed!.args.view.blocks)).toContain(L.notNowHeadline);
    const post = summaryIn(channel, from);
    expect(textOf(post.args)).toContain(L.judgementsRevised(L.admin));
    expect(textOf(post.args)).toContain(L.notNow);
    const [, second] = await revisions(strategyId);
    expect(JSON.parse(second!.judgements_json!)).toEqual({ ...YES, reach: 'no' });

    // "Go through every step" turns the window into the analysis' first step.
    from = t.standIn.calls.length;
    const editAll = overview.blocks.find((b: Json) => b.type === 'actions').elements[0];
    await t.action(ASSESSMENT_IDS.editAll, { ...who, value: editAll.value, view: overview });
    await t.app.idle();
    const stepOne = t.standIn.calls.slice(from).find((c) => c.method === 'views.update')!;
    expect(stepOne.args.view_id).toBe(overview.id);
    expect(stepOne.args.view.callback_id).toBe(ASSESSMENT_IDS.view);
    expect(blockOf(stepOne.args.view, ASSESSMENT_IDS.answerBlock('why')).element.initial_value).toBe(
      'why answered',
    );

    // The select in status opens one question the same way.
    from = t.standIn.calls.length;
    await t.action(ASSESSMENT_IDS.revisePick, { ...who, selected: select.options[0] });
    await t.app.idle();
    const picked = t.standIn.calls.slice(from).find((c) => c.method === 'views.open')!;
    expect(picked.args.view.blocks.some((b: Json) => b.block_id === ASSESSMENT_IDS.answerBlock('why'))).toBe(
      true,
    );
  });

  it('shows someone who may not edit the analysis read-only when they click Revise', async () => {
    const { who, strategyId } = await started();
    await walk(t, await openAssess(t, who), typingFor({}), who);
    const view = await clickRevise({ ...who, user: L.reader }, strategyId, 'why');
    expect(view.callback_id).toBe(ASSESSMENT_IDS.readOnlyView);
    expect(JSON.stringify(view.blocks)).toContain(L.readOnly);
    expect(view.blocks.some((b: Json) => b.type === 'input' || b.accessory)).toBe(false);

    // A hand-made submission of the judgements step by them is refused on that step's first input.
    let step = await openAssess(t, who);
    for (let i = 0; i < JUDGEMENT_STEP; i++)
      step = (await t.submit(step, stepValues(i, typingFor({})), who)).body.view;
    const forged = await t.submit(step, stepValues(JUDGEMENT_STEP, {}, { reach: 'no' }), {
      ...who,
      user: L.reader,
    });
    expect(Object.keys(forged.body.errors)).toEqual([ASSESSMENT_IDS.judgementBlock('reach')]);
    expect(await revisions(strategyId)).toHaveLength(1);
  });

  it('marks a gap addressed once its phase is done, in status, the digest and the plan, until that answer is revised', async () => {
    const { who, channel, strategyId } = await started();
    await walk(t, await openAssess(t, who), typingFor({ costs: 'partial', risks: 'partial' }), who);
    await t.action(PHASE_IDS.done, { ...who, value: JSON.stringify({ s: strategyId, k: 'organisation' }) });
    await t.app.idle();

    const status = textOf(await t.reply('status', who));
    expect(status).toContain(L.costsAddressed);
    expect(status).toContain(L.risksOpen);

    // The digest: open gaps in brief, the addressed one marked, the analysis a click away.
    const from = t.standIn.calls.length;
    t.clock.set('2026-11-30T07:00:00Z'); // Monday 09:00 in Helsinki
    await t.app.scheduler.tick();
    await t.app.idle();
    const digest = postsTo(channel, from).find((c) =>
      JSON.stringify(c.args.blocks).includes(ASSESSMENT_IDS.open),
    )!;
    const gaps = digest.args.blocks.find((b: Json) => b.accessory?.action_id === ASSESSMENT_IDS.open);
    expect(gaps.text.text).toContain(L.digestOpen);
    expect(gaps.text.text).toContain(L.digestAddressed);
    expect(gaps.text.text).not.toContain(messages(L.lang).questions.costs);
    expect(gaps.accessory.value).toBe(strategyId);

    await t.reply('plan', who);
    expect(lastUpload(t).text).toContain(L.planAddressed);

    // Revising another answer leaves it addressed; revising this one (still partly) reopens it.
    const risks = await clickRevise(who, strategyId, 'risks');
    await t.submit(
      risks,
      answerValues('risks', { text: 'Complaints: answer within 4 h', rating: 'partial' }),
      who,
    );
    expect(textOf(await t.reply('status', who))).toContain(L.costsAddressed);
    const costs = await clickRevise(who, strategyId, 'costs');
    expect(JSON.stringify(costs.blocks)).toContain(':white_check_mark:');
    await t.submit(costs, answerValues('costs', { text: 'Budget still open', rating: 'partial' }), who);
    const after = textOf(await t.reply('status', who));
    expect(after).toContain(L.costsOpen);
    expect(after).not.toContain(L.costsAddressed);
    expect((await revisions(strategyId)).map((r) => r.revision)).toEqual([1, 2, 3]);
  });

  it('stays inside Block Kit limits with every field at its maximum length', async () => {
    const { who, channel, strategyId } = await started();
    // A name as long as a command allows, answers of 3,000 characters that grow when escaped.
    const hostile = (n: number) => '&<>*_~`@here '.repeat(Math.ceil(n / 13)).slice(0, n);
    const typing: Typing = Object.fromEntries(
      QUESTION_KEYS.map((k) => [
        k,
        { text: hostile(k === 'pitch' ? 140 : 3000), rating: 'partial' as const },
      ]),
    );
    typing.ownership = { ...typing.ownership, owner: L.reader };
    await t.app.db
      .updateTable('strategies')
      .set({ name: hostile(990) })
      .where('id', '=', strategyId)
      .execute();
    let view = await openAssess(t, who);
    for (let step = 0; step < ASSESSMENT_STEPS.length; step++) {
      const { body } = await t.submit(view, stepValues(step, typing, { reach: 'partly' }), who);
      if (step < ASSESSMENT_STEPS.length - 1) view = body.view;
    }
    // Every view and message below is checked by the stand-in against Slack's limits.
    await t.action(PHASE_IDS.done, { ...who, value: JSON.stringify({ s: strategyId, k: 'presence' }) });
    await openAssess(t, who);
    await t.reply('status', who);
    await t.action(ASSESSMENT_IDS.open, { ...who, value: strategyId });
    await clickRevise(who, strategyId, 'content_strategy');
    await clickRevise(who, strategyId, 'judgements');
    await clickRevise({ ...who, user: L.reader }, strategyId, 'risks');
    t.clock.advance(7 * 24 * 3600 * 1000);
    await t.app.scheduler.tick();
    await t.app.idle();
    expect(postsTo(channel).some((c) => JSON.stringify(c.args.blocks).includes(ASSESSMENT_IDS.open))).toBe(
      true,
    );
    const summary = summaryIn(channel);
    // Ten gaps, each its own row with its Revise button.
    expect(
      summary.args.blocks.filter((b: Json) => b.accessory?.action_id === ASSESSMENT_IDS.revise),
    ).toHaveLength(11);
  });
});
