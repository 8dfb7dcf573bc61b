import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMetric as addMetricService } from '../../src/services/metrics.js';
import { listAudit } from '../../src/storage/audit.js';
import { findStrategyByChannel } from '../../src/storage/strategies.js';
import { lastUpload, serviceDeps } from '../plan/support.js';
import { TestClock } from '../support/clock.js';
import { TestApp, textOf, U1, UFI } from '../support/harness.js';
import type { Json } from '../support/slack-stand-in.js';
import { optionOf, valuesAsOpened } from '../support/view-values.js';

// Check-ins on the controllable clock, as one team lives them through January 2027 in Helsinki:
// the prompt goes out on Fridays at 10:00 only when a metric's value is asked for (a weekly metric
// every week, a monthly one at the month's last prompt), people answer it with a comment and a
// confidence, owners still due are reminded the next day, and the Monday digest shows each
// metric's change, latest comment and confidence, and who has not reported. The tests of a
// describe are one story, in order, on one app.

let t: TestApp;
let mark = 0;

/** What was posted (and Slack took) to a channel or DM since `mark`. */
const postsTo = (channel: string) =>
  t.standIn.calls
    .slice(mark)
    .filter((c) => c.method === 'chat.postMessage' && c.result?.ok && c.args.channel === channel);

/** Runs the scheduler at a local Helsinki time (UTC+2 in winter), after marking what came before. */
async function tickAt(utc: string): Promise<void> {
  t.clock.set(utc);
  await t.app.idle();
  mark = t.standIn.calls.length;
  await t.app.scheduler.tick();
  await t.app.idle();
}

const text = (value: string) => ({ metric_value: { type: 'plain_text_input', value } });

async function addMetric(o: {
  name: string;
  owner: string;
  cadence: 'weekly' | 'monthly';
  baseline: string;
  target: string;
}): Promise<string> {
  const { payload } = await t.command('metric add');
  const view = (await t.standIn.waitFor('views.open', (a) => a.trigger_id === payload.trigger_id)).args.view;
  const res = await t.submit(view, {
    metric_name: text(o.name),
    metric_unit: text(''),
    metric_baseline: text(o.baseline),
    metric_target: text(o.target),
    metric_target_date: { metric_value: { type: 'datepicker', selected_date: '2027-12-31' } },
    metric_owner: { metric_value: { type: 'users_select', selected_user: o.owner } },
    metric_direction: { metric_value: { type: 'radio_buttons', selected_option: { value: 'up' } } },
    metric_cadence: { metric_value: { type: 'radio_buttons', selected_option: { value: o.cadence } } },
  });
  expect(res.body).toEqual({});
  const row = await t.app.db
    .selectFrom('metrics')
    .select('id')
    .where('name', '=', o.name)
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Opens the check-in with `/smstrategy checkin` as `user`; the view Slack was asked to open. */
async function openCheckin(user: string): Promise<Json> {
  const { payload } = await t.command('checkin', { user });
  return (await t.standIn.waitFor('views.open', (a) => a.trigger_id === payload.trigger_id)).args.view;
}

/** Submits the check-in as `user` and waits for the thank-you; returns its text. */
async function report(view: Json, typed: Record<string, Json>, user: string): Promise<string> {
  const before = t.standIn.callsOf('chat.postEphemeral').length;
  const res = await t.submit(view, valuesAsOpened(view, typed), { user });
  expect(res.body).toEqual({});
  const thanks = await t.standIn.waitFor(
    'chat.postEphemeral',
    (a) => a.user === user && t.standIn.callsOf('chat.postEphemeral').length > before,
  );
  return thanks.args.text;
}

/** When a schedule of the strategy runs next, as an ISO instant: a slot taken has moved it on. */
async function nextRunOf(kind: 'checkin_prompt' | 'checkin_reminder'): Promise<string> {
  const row = await t.app.db
    .selectFrom('schedules')
    .select('next_run_at')
    .where('kind', '=', kind)
    .executeTakeFirstOrThrow();
  return new Date(Number(row.next_run_at)).toISOString();
}

const checkinRow = (metricId: string, period: string) =>
  t.app.db
    .selectFrom('checkins')
    .select(['value', 'comment', 'confidence', 'reported_by'])
    .where('metric_id', '=', metricId)
    .where('period', '=', period)
    .executeTakeFirst();

describe('check-ins people answer (January 2027, Helsinki)', () => {
  let visits = '';
  let reach = '';
  let newsletter = '';

  beforeAll(async () => {
    // Thursday 7 January 2027, 12:00 in Helsinki.
    t = await TestApp.start({
      clock: new TestClock('2027-01-07T10:00:00Z'),
      users: [
        U1,
        UFI,
        { id: 'U2', locale: 'en-US', tz: 'Europe/Helsinki' },
        { id: 'U3', locale: 'en-US', tz: 'Europe/Helsinki', chosenLanguage: 'fi' },
      ],
    });
    await t.reply('start Launch');
  });
  afterAll(async () => {
    await t.stop();
  });

  it('posts no prompt while the strategy has no metric, and moves on to the next Friday', async () => {
    await tickAt('2027-01-08T08:00:00Z'); // Friday 10:00
    expect(postsTo('C1')).toEqual([]);
    expect(await nextRunOf('checkin_prompt')).toBe('2027-01-15T08:00:00.000Z');
  });

  it('asks for a weekly metric every week and for a monthly one only at its month’s last prompt', async () => {
    visits = await addMetric({
      name: 'Website visits',
      owner: 'U3',
      cadence: 'weekly',
      baseline: '1000',
      target: '2000',
    });
    reach = await addMetric({
      name: 'Facebook reach',
      owner: 'U2',
      cadence: 'monthly',
      baseline: '5000',
      target: '8000',
    });
    await tickAt('2027-01-15T08:00:00Z');
    const [prompt] = postsTo('C1');
    expect(prompt!.args.text).toBe(
      'Time for the check-in of *Launch*. These metrics are waiting for their values:',
    );
    const asked = JSON.stringify(prompt!.args.blocks);
    expect(asked).toContain('• *Website visits* — week 2 (11–17 Jan) — <@U3>');
    // Another prompt (29 January) is still to come this month: the monthly metric is not asked yet.
    expect(asked).not.toContain('Facebook reach');
  });

  it('opens the check-in from the prompt with the reporter’s own metrics first and the owner named on the others', async () => {
    const [prompt] = postsTo('C1');
    const button = prompt!.args.blocks.find((b: Json) => b.type === 'actions').elements[0];
    await t.action(button.action_id, { value: button.value, user: 'U3' });
    const view = (await t.standIn.waitFor('views.open', (a) => a.view.callback_id === 'metric_checkin')).args
      .view;
    // U3 has chosen Finnish.
    expect(view.title.text).toBe('Raportointi');
    expect(view.blocks[0].text.text).toMatch(
      /^Raportoitavat jaksot: \*viikko 2 \(11\.–17\.1\.\) ja tammikuu 2027\*\./,
    );
    expect(view.blocks[1].text.text).toBe('*Sinun mittarisi*');
    expect(view.blocks[2].block_id).toBe(visits);
    expect(view.blocks[2].hint.text).toBe('Tavoite 2\u00a0000 31.12.2027 mennessä · viikko 2 (11.–17.1.)');
    expect(view.blocks[3].label.text).toBe('Kommentti');
    expect(view.blocks[4].label.text).toBe('Miltä tavoite näyttää?');
    expect(view.blocks[5].text.text).toBe('*Vastuuhenkilö: <@U2>*');
    expect(view.blocks[6].block_id).toBe(reach);
    expect(view.blocks[6].hint.text).toContain('· tammikuu 2027');

    // A comment without its value is refused on the value, and nothing is saved.
    const alone = await t.submit(
      view,
      valuesAsOpened(view, { [`${reach}_comment`]: { value: 'Kasvussa' } }),
      {
        user: 'U3',
      },
    );
    expect(alone.body).toEqual({
      response_action: 'errors',
      errors: { [reach]: 'Anna arvo, johon kommentti ja arvio liittyvät, tai tyhjennä ne.' },
    });

    const thanks = await report(
      view,
      {
        [visits]: { value: '1 200' },
        [`${visits}_comment`]: { value: 'Kampanja alkoi <!here>' },
        [`${visits}_confidence`]: optionOf(view, `${visits}_confidence`, 'on_track'),
      },
      'U3',
    );
    expect(thanks).toBe('Kiitos! 1 arvo tallennettu.');
    expect(await checkinRow(visits, '2027-W02')).toEqual({
      value: 1200,
      comment: 'Kampanja alkoi <!here>',
      confidence: 'on_track',
      reported_by: 'U3',
    });
    const strategy = await findStrategyByChannel(t.app.db, { teamId: 'T1' }, 'C1');
    const audit = await listAudit(t.app.db, { teamId: 'T1' }, strategy!.id);
    expect(audit.find((a) => a.action === 'checkin.reported')).toMatchObject({
      actorId: 'U3',
      subject: visits,
      after: { period: '2027-W02', value: 1200, comment: 'Kampanja alkoi <!here>', confidence: 'on_track' },
    });
  });

  it('reminds nobody the next day when every metric asked for is in', async () => {
    await tickAt('2027-01-16T08:00:00Z'); // Saturday 10:00
    expect(await nextRunOf('checkin_reminder')).toBe('2027-01-23T08:00:00.000Z');
    expect(postsTo('U3')).toEqual([]);
    expect(postsTo('U2')).toEqual([]);
  });

  it('posts no prompt when what would be asked for is reported already, and keeps the comment as it was', async () => {
    // Friday 22 January, 09:00: reported an hour before the prompt, prefilled from nothing.
    t.clock.set('2027-01-22T07:00:00Z');
    const view = await openCheckin('U3');
    expect(view.blocks[2].element.initial_value).toBeUndefined();
    await report(
      view,
      {
        [visits]: { value: '1100' },
        [`${visits}_comment`]: { value: 'Lomakausi\u00a0hiljensi' },
        [`${visits}_confidence`]: optionOf(view, `${visits}_confidence`, 'off_track'),
      },
      'U3',
    );
    await tickAt('2027-01-22T08:00:00Z');
    expect(await nextRunOf('checkin_prompt')).toBe('2027-01-29T08:00:00.000Z');
    expect(postsTo('C1')).toEqual([]);
    // Opened again, the check-in shows the week's value with its comment and confidence.
    const again = await openCheckin('U3');
    expect(again.blocks[2].element.initial_value).toBe('1100');
    expect(again.blocks[3].element.initial_value).toBe('Lomakausi\u00a0hiljensi');
    expect(again.blocks[4].element.initial_option.value).toBe('off_track');
  });

  it('asks for the monthly metric at the month’s last prompt, and reminds its owners who have not reported', async () => {
    await tickAt('2027-01-29T08:00:00Z');
    const asked = JSON.stringify(postsTo('C1')[0]!.args.blocks);
    expect(asked).toContain('• *Website visits* — week 4 (25–31 Jan) — <@U3>');
    expect(asked).toContain('• *Facebook reach* — January 2027 — <@U2>');

    const view = await openCheckin('U2');
    expect(view.blocks[0].text.text).toMatch(/^Values for \*January 2027 and week 4 \(25–31 Jan\)\*\./);
    expect(view.blocks[1].text.text).toBe('*Your metrics*');
    expect(view.blocks[2].block_id).toBe(reach);
    expect(view.blocks[5].text.text).toBe('*Owner: <@U3>*');
    expect(
      await report(
        view,
        {
          [reach]: { value: '4150' },
          [`${reach}_comment`]: { value: 'Algorithm change hit us' },
          [`${reach}_confidence`]: optionOf(view, `${reach}_confidence`, 'at_risk'),
        },
        'U2',
      ),
    ).toBe('Thanks! 1 value saved.');
    expect(await checkinRow(reach, '2027-01')).toMatchObject({ value: 4150, confidence: 'at_risk' });

    await tickAt('2027-01-30T08:00:00Z'); // Saturday: the reminder
    expect(postsTo('U2')).toEqual([]);
    const [reminder] = postsTo('U3');
    expect(reminder!.args.text).toBe(
      'Muistutus strategiasta *Launch* kanavalla <#C1>: nämä mittarisi odottavat yhä arvoaan:',
    );
    expect(JSON.stringify(reminder!.args.blocks)).toContain('• *Website visits* – viikko 4 (25.–31.1.)');
  });

  it('the Monday digest shows each metric’s change, latest comment and confidence, and who has not reported', async () => {
    await tickAt('2027-02-01T07:00:00Z'); // Monday 09:00
    const digest = postsTo('C1')[0]!;
    const metric = (name: string) =>
      digest.args.blocks.find((b: Json) => b.text?.text?.startsWith(`*${name}*`)).text.text as string;
    const visitsLines = metric('Website visits').split('\n');
    expect(visitsLines.slice(2)).toEqual([
      'Change since week 2 (11–17 Jan): −100, away from the target',
      ':red_circle: Off track · “Lomakausi hiljensi”',
      ':hourglass_flowing_sand: Not reported yet for week 4 (25–31 Jan): <@U3>',
    ]);
    const reachLines = metric('Facebook reach').split('\n');
    expect(reachLines[1]).toBe(
      '◂▱▱▱▱▱▱▱▱▱▱ −28 % · `·······▄` · moving away from the target · latest: January 2027',
    );
    expect(reachLines.slice(2)).toEqual([':large_yellow_circle: At risk · “Algorithm change hit us”']);
  });

  it('speaks the strategy’s Finnish in the channel: the prompt and the digest', async () => {
    await t.reply('language fi');
    await tickAt('2027-02-05T08:00:00Z');
    const [prompt] = postsTo('C1');
    expect(prompt!.args.text).toBe('*Launch*: on seurannan aika. Nämä mittarit odottavat arvoaan:');
    expect(JSON.stringify(prompt!.args.blocks)).toContain('• *Website visits* – viikko 5 (1.–7.2.) – <@U3>');
    await tickAt('2027-02-08T07:00:00Z');
    const digest = JSON.stringify(postsTo('C1')[0]!.args.blocks);
    expect(digest).toContain('Muutos edellisestä, viikko 2 (11.–17.1.): −100, poispäin tavoitteesta');
    expect(digest).toContain(':large_yellow_circle: Vaarassa · ”Algorithm change hit us”');
    expect(digest).toContain('Vielä raportoimatta, viikko 5 (1.–7.2.): <@U3>');
    expect(digest).toContain('−28 % · `·······▄` · etääntymässä tavoitteesta · viimeisin: tammikuu 2027');
  });

  it('progress tells the truth everywhere: status, App Home, the chart and the plan, below 0 % and over 100 %', async () => {
    await t.reply('language en');
    newsletter = await addMetric({
      name: 'Newsletter',
      owner: 'U2',
      cadence: 'weekly',
      baseline: '100',
      target: '200',
    });
    await report(await openCheckin('U2'), { [newsletter]: { value: '230' } }, 'U2');

    const status = textOf(await t.reply('status'));
    expect(status).toContain(
      '◂▱▱▱▱▱▱▱▱▱▱ −28 % · `·······▄` · moving away from the target · latest: January 2027',
    );
    expect(status).toContain('▰▰▰▰▰▰▰▰▰▰▸ 130 % · `·······▄` · target reached · latest: week 6 (8–14 Feb)');
    const fi = textOf(await t.reply('status', { user: 'UFI' }));
    expect(fi).toContain(
      '◂▱▱▱▱▱▱▱▱▱▱ −28 % · `·······▄` · etääntymässä tavoitteesta · viimeisin: tammikuu 2027',
    );
    expect(fi).toContain(
      '▰▰▰▰▰▰▰▰▰▰▸ 130 % · `·······▄` · tavoite saavutettu · viimeisin: viikko 6 (8.–14.2.)',
    );

    await t.event({ type: 'app_home_opened', user: 'U2', channel: 'D2', tab: 'home' });
    const home = JSON.stringify(
      (await t.standIn.waitFor('views.publish', (a) => a.user_id === 'U2')).args.view.blocks,
    );
    expect(home).toContain('−28 %');
    expect(home).toContain('130 %');

    await t.reply('metric chart facebook reach');
    const shared = t.standIn.callsOf('files.completeUploadExternal').at(-1)!;
    expect(shared.args.initial_comment).toBe(
      '*Facebook reach*: reported values against the target path.\nLatest: 4,150, January 2027 · −28 % of the way from baseline to target',
    );

    await t.reply('plan');
    await t.app.idle();
    const plan = lastUpload(t).text;
    expect(plan).toContain('| 4,150, January 2027 | moving away from the target · −28 %');
    expect(plan).toContain('| target reached · 130 %');
    expect(plan).toContain('reported 230 for Newsletter, week 6 (8–14 Feb)');
  });

  it('a strategy with more metrics than a modal holds is reported page by page', async () => {
    const deps = serviceDeps(t);
    const strategy = (await findStrategyByChannel(t.app.db, { teamId: 'T1' }, 'C1'))!;
    for (let i = 1; i <= 30; i += 1) {
      const added = await addMetricService(deps, {
        strategy,
        actor: { userId: 'U1', isWorkspaceAdmin: false },
        metric: {
          name: `Extra ${String(i).padStart(2, '0')}`,
          unit: '',
          baseline: 0,
          target: 10,
          targetDate: '2027-12-31',
          ownerId: 'U1',
          direction: 'up',
          cadence: 'weekly',
        },
      });
      expect(added.kind).toBe('created');
    }
    const first = await openCheckin('U1');
    const values = (view: Json) =>
      view.blocks
        .filter((b: Json) => b.element?.action_id === 'metric_checkin_value')
        .map((b: Json) => b.block_id);
    // U1's own 30 metrics come first, then U2's two (added first, with U3's, at one moment: by
    // name, Facebook reach before Website visits): 1 + 1 + 90 + 1 + 6 + 1 blocks fill the page…
    expect(values(first)).toHaveLength(32);
    expect(values(first).slice(30)).toEqual([reach, newsletter]);
    expect(first.submit.text).toBe('Report and continue');
    expect(first.blocks.at(-1).elements[0].text).toBe(
      'Metrics 1–32 of 33. *Report and continue* saves these and shows the rest.',
    );
    const [firstExtra, secondExtra] = values(first);
    const next = await t.submit(
      first,
      valuesAsOpened(first, { [firstExtra]: { value: '1' }, [secondExtra]: { value: '2' } }),
      { user: 'U1' },
    );
    // …and saving it shows the rest, under its owner again.
    expect(next.body.response_action).toBe('update');
    const second = next.body.view;
    expect(second.blocks[0].text.text).toMatch(/^2 values saved\. The rest of the metrics:\nValues for /);
    expect(second.blocks[1].text.text).toBe('*Owner: <@U3>*');
    expect(values(second)).toEqual([visits]);
    expect(second.submit.text).toBe('Report');
    const thanks = await report(second, {}, 'U1');
    expect(thanks).toBe('Thanks! 2 values saved.');
    const saved = await t.app.db
      .selectFrom('checkins')
      .select('metric_id')
      .where('reported_by', '=', 'U1')
      .execute();
    expect(saved.map((r) => r.metric_id).sort()).toEqual([firstExtra, secondExtra].sort());
  });
});
