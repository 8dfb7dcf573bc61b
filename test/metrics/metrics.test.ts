import { describe, expect, it } from 'vitest';
import { listAudit } from '../../src/storage/audit.js';
import { appForEachTest } from '../support/app-per-test.js';
import { textOf, U1, UFI, type Who } from '../support/harness.js';
import { readPng } from '../support/png.js';
import type { Json } from '../support/slack-stand-in.js';
import { valuesAsOpened } from '../support/view-values.js';

const t = appForEachTest(
  {
    users: [
      U1,
      UFI,
      { id: 'UOWNER', locale: 'en-US' },
      { id: 'UOTHER', locale: 'en-US' },
      { id: 'UWS', locale: 'en-US', is_admin: true },
    ],
  },
  (t) => t.reply('start Launch'),
);

/** Runs a command that opens a modal and returns the view the app opened. */
async function openModal(text: string, who: Who = {}): Promise<Json> {
  const { status, payload } = await t.command(text, who);
  expect(status).toBe(200);
  const call = await t.standIn.waitFor('views.open', (a) => a.trigger_id === payload.trigger_id);
  return call.result!.view;
}

const text = (value: string) => ({ metric_value: { type: 'plain_text_input', value } });
const metricValues = (o: Partial<Record<string, string>> = {}) => ({
  metric_name: text(o.name ?? 'Newsletter subscribers'),
  metric_unit: text(o.unit ?? 'subs'),
  metric_baseline: text(o.baseline ?? '1 000'),
  metric_target: text(o.target ?? '2 000'),
  metric_target_date: { metric_value: { type: 'datepicker', selected_date: o.targetDate ?? '2027-11-26' } },
  metric_owner: { metric_value: { type: 'users_select', selected_user: o.owner ?? 'UOWNER' } },
  metric_direction: {
    metric_value: { type: 'radio_buttons', selected_option: { value: o.direction ?? 'up' } },
  },
  metric_cadence: { metric_value: { type: 'radio_buttons', selected_option: { value: 'weekly' } } },
});

async function addMetric(o: Partial<Record<string, string>> = {}, who: Who = {}): Promise<Json> {
  const view = await openModal('metric add', who);
  const res = await t.submit(view, metricValues(o), who);
  expect(res.body).toEqual({});
  return t.app.db
    .selectFrom('metrics')
    .selectAll()
    .where('name', '=', o.name ?? 'Newsletter subscribers')
    .executeTakeFirstOrThrow();
}

/** Submits a check-in and waits for the thank-you, which comes after the values are saved. */
async function submitCheckin(view: Json, values: Json, who: Who = {}): Promise<void> {
  const before = t.standIn.callsOf('chat.postEphemeral').length;
  const res = await t.submit(view, values, who);
  expect(res.body).toEqual({});
  await t.app.idle();
  expect(t.standIn.callsOf('chat.postEphemeral').length).toBeGreaterThan(before);
}

const checkinValues = (entries: Record<string, string>) =>
  Object.fromEntries(
    Object.entries(entries).map(([id, value]) => [
      id,
      { metric_checkin_value: { type: 'plain_text_input', value } },
    ]),
  );

describe('metric add', () => {
  it('opens the modal, saves the metric, announces it and audits it', async () => {
    const view = await openModal('metric add');
    expect(view.callback_id).toBe('metric_add');
    expect(view.title.text).toBe('New metric');
    const blockIds = view.blocks.map((b: Json) => b.block_id);
    expect(blockIds).toEqual([
      'metric_name',
      'metric_unit',
      'metric_baseline',
      'metric_target',
      'metric_target_date',
      'metric_owner',
      'metric_direction',
      'metric_cadence',
    ]);
    const cadence = view.blocks.find((b: Json) => b.block_id === 'metric_cadence');
    expect(cadence.element.initial_option.value).toBe('weekly');

    const res = await t.submit(view, metricValues({ baseline: '1 000,5', target: '2000.25' }));
    expect(res.body).toEqual({});
    const row = await t.app.db.selectFrom('metrics').selectAll().executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      team_id: 'T1',
      name: 'Newsletter subscribers',
      unit: 'subs',
      baseline: 1000.5,
      target: 2000.25,
      target_date: '2027-11-26',
      owner_id: 'UOWNER',
      direction: 'up',
      cadence: 'weekly',
      archived_at: null,
    });
    const post = await t.standIn.waitFor('chat.postMessage');
    expect(post.args.channel).toBe('C1');
    expect(post.args.text).toBe(
      '<@U1> added the metric *Newsletter subscribers*: from 1,000.5 subs to 2,000.25 subs by 2027-11-26, owner <@UOWNER>.',
    );
    const strategy = await t.app.db.selectFrom('strategies').select('id').executeTakeFirstOrThrow();
    const audit = await listAudit(t.app.db, { teamId: 'T1' }, strategy.id);
    expect(audit.find((a) => a.action === 'metric.created')).toMatchObject({
      actorId: 'U1',
      subject: row.id,
      after: { name: 'Newsletter subscribers', baseline: 1000.5, target: 2000.25 },
    });
  });

  it('refuses bad numbers, a past date and a duplicate name in the modal, in the user language', async () => {
    await addMetric();
    const view = await openModal('metric add');
    const res = await t.submit(
      view,
      metricValues({
        name: 'newsletter SUBSCRIBERS',
        baseline: 'abc',
        target: '1.2.3',
        targetDate: '2026-11-25',
      }),
    );
    expect(res.body).toEqual({
      response_action: 'errors',
      errors: {
        metric_name: 'This strategy already has a metric with this name.',
        metric_baseline: 'This is not a number. Write it like 1,5 or 1.5 or 1 234.',
        metric_target: 'This is not a number. Write it like 1,5 or 1.5 or 1 234.',
        metric_target_date: 'The target date is in the past: pick today or a later date.',
      },
    });

    const fiView = await openModal('metric add', { user: 'UFI' });
    expect(fiView.title.text).toBe('Uusi mittari');
    const fi = await t.submit(fiView, metricValues({ name: 'Seuraajat', baseline: 'abc', owner: 'UFI' }), {
      user: 'UFI',
    });
    expect(fi.body.errors).toEqual({
      metric_baseline: 'Tämä ei ole luku. Kirjoita esimerkiksi 1,5 tai 1.5 tai 1 234.',
    });
    expect(await t.app.db.selectFrom('metrics').selectAll().execute()).toHaveLength(1);
  });

  it('lets a non-admin add only a metric they own themselves', async () => {
    const view = await openModal('metric add', { user: 'UOTHER' });
    const refused = await t.submit(view, metricValues({ owner: 'UOWNER' }), { user: 'UOTHER' });
    expect(refused.body.errors.metric_owner).toContain('Only the strategy');
    await t.app.idle();
    expect(await t.app.db.selectFrom('metrics').selectAll().execute()).toHaveLength(0);
    await addMetric({ owner: 'UOTHER' }, { user: 'UOTHER' });
  });
});

describe('metric list, edit and archive', () => {
  it('lists the metrics with buttons, and archives from the list while keeping the history', async () => {
    const metric = await addMetric();
    const list = await t.reply('metric list');
    expect(list.response_type).toBe('ephemeral');
    expect(textOf(list)).toContain('*Newsletter subscribers* (subs) — from 1,000 to 2,000 by 2027-11-26');
    const buttons = list.blocks
      .filter((b: Json) => b.type === 'actions')
      .flatMap((b: Json) => b.elements.map((e: Json) => `${e.action_id}:${e.value ?? ''}`));
    expect(buttons).toEqual([
      `metric_list_edit:${metric.id}`,
      `metric_list_chart:${metric.id}`,
      `metric_list_import:${metric.id}`,
      `metric_list_archive:${metric.id}`,
      'metric_list_add:',
      'metric_list_checkin:',
    ]);

    const view = await openModal('checkin', { user: 'UOTHER' });
    await t.submit(view, checkinValues({ [metric.id]: '1100' }), { user: 'UOTHER' });
    await t.standIn.waitFor('chat.postEphemeral');

    // Someone who is neither admin nor owner cannot archive.
    const refused = await t.action('metric_list_archive', { user: 'UOTHER', value: metric.id });
    const refusal = await t.standIn.waitForReply(refused.responseUrl);
    expect(refusal.args.text).toContain('Nothing was changed');
    expect(
      (await t.app.db.selectFrom('metrics').select('archived_at').executeTakeFirstOrThrow()).archived_at,
    ).toBeNull();

    const { responseUrl } = await t.action('metric_list_archive', { user: 'UOWNER', value: metric.id });
    const reply = await t.standIn.waitForReply(responseUrl);
    expect(reply.args.text).toBe('Metric *Newsletter subscribers* archived. Its history is kept.');
    expect(
      (await t.app.db.selectFrom('metrics').select('archived_at').executeTakeFirstOrThrow()).archived_at,
    ).toBe(t.clock.now().getTime());
    expect(await t.app.db.selectFrom('checkins').selectAll().execute()).toHaveLength(1);
    expect(textOf(await t.reply('metric list'))).toContain('No metrics yet');
    expect((await t.reply('checkin')).text).toContain('There are no active metrics');
  });

  it('lets admins and the owner edit, and refuses anyone else with nothing changed', async () => {
    const metric = await addMetric();
    const refused = await t.reply('metric edit newsletter subscribers', { user: 'UOTHER' });
    expect(refused.text).toBe(
      "Only the strategy's admins, workspace admins and the metric's owner <@UOWNER> can change *Newsletter subscribers*. Nothing was changed.",
    );
    expect(t.standIn.callsOf('views.open')).toHaveLength(1); // only the add modal

    const view = await openModal('metric edit Newsletter subscribers', { user: 'UOWNER' });
    expect(view.callback_id).toBe('metric_edit');
    const baseline = view.blocks.find((b: Json) => b.block_id === 'metric_baseline');
    // Prefilled as it reads back: `1,000` would come back as one.
    expect(baseline.element.initial_value).toBe('1000');

    // A submission by someone else (a stale or forged view) is refused as well.
    const forged = await t.submit(view, metricValues({ target: '3000' }), { user: 'UOTHER' });
    expect(forged.body.errors.metric_name).toContain('Nothing was changed');
    expect((await t.app.db.selectFrom('metrics').select('target').executeTakeFirstOrThrow()).target).toBe(
      2000,
    );

    const saved = await t.submit(view, metricValues({ target: '2 500', direction: 'up' }), {
      user: 'UOWNER',
    });
    expect(saved.body).toEqual({});
    expect((await t.app.db.selectFrom('metrics').select('target').executeTakeFirstOrThrow()).target).toBe(
      2500,
    );
    const confirmation = await t.standIn.waitFor('chat.postEphemeral', (a) => a.user === 'UOWNER');
    expect(confirmation.args.text).toBe('Metric *Newsletter subscribers* saved.');
    const audit = await listAudit(t.app.db, { teamId: 'T1' }, metric.strategy_id);
    expect(audit.find((a) => a.action === 'metric.updated')).toMatchObject({
      actorId: 'UOWNER',
      before: { target: 2000 },
      after: { target: 2500 },
    });

    // A workspace admin may too, by command.
    const archived = await t.reply('metric archive Newsletter subscribers', { user: 'UWS' });
    expect(archived.text).toContain('archived');
  });

  it('saves only what each person changed: two edit modals open at once both keep their change', async () => {
    await addMetric();
    const first = await openModal('metric edit Newsletter subscribers');
    const second = await openModal('metric edit Newsletter subscribers', { user: 'UOWNER' });
    const targeted = await t.submit(first, valuesAsOpened(first, { metric_target: { value: '3000' } }));
    expect(targeted.body).toEqual({});
    t.clock.advance(60_000); // the audit trail lists by time
    // The second still shows the old target; only its unit was changed, so only the unit is saved.
    const united = await t.submit(second, valuesAsOpened(second, { metric_unit: { value: 'people' } }), {
      user: 'UOWNER',
    });
    expect(united.body).toEqual({});
    expect(await t.app.db.selectFrom('metrics').select(['target', 'unit']).executeTakeFirstOrThrow()).toEqual(
      {
        target: 3000,
        unit: 'people',
      },
    );
    const audit = await t.app.db
      .selectFrom('audit_events')
      .select(['actor_id', 'before_json', 'after_json'])
      .where('action', '=', 'metric.updated')
      .orderBy('at')
      .execute();
    expect(audit.map((a) => [a.actor_id, JSON.parse(a.before_json!), JSON.parse(a.after_json!)])).toEqual([
      ['U1', { target: 2000 }, { target: 3000 }],
      ['UOWNER', { unit: 'subs' }, { unit: 'people' }],
    ]);
  });

  it('explains the subcommands, and how to start when the channel has no strategy', async () => {
    expect((await t.reply('metric frobnicate')).text).toContain('Use `/smstrategy metric add`');
    expect((await t.reply('metric edit')).text).toContain('Use `/smstrategy metric add`');
    expect((await t.reply('metric list', { channel: 'C2' })).text).toContain(
      'This channel has no strategy yet',
    );
    expect((await t.reply('checkin', { channel: 'C2' })).text).toContain('This channel has no strategy yet');
  });

  it('names the closest metric on a typo', async () => {
    await addMetric();
    const reply = await t.reply('metric chart Newsleter subscribers');
    expect(reply.text).toBe(
      'There is no active metric called “Newsleter subscribers”. Did you mean “Newsletter subscribers”?',
    );
  });
});

describe('checkin', () => {
  it('files a value reported Sunday 23:30 Helsinki under that local week, and Monday 00:30 under the next', async () => {
    const metric = await addMetric();
    t.clock.set('2026-11-29T21:30:00Z'); // Sunday 23:30 in Helsinki
    const view = await openModal('checkin', { user: 'UOTHER' });
    expect(view.callback_id).toBe('metric_checkin');
    expect(view.blocks[0].text.text).toContain('Values for *week 48 (23–29 Nov)*.');
    // Someone else's metric: under its owner's name.
    expect(view.blocks[1].text.text).toBe('*Owner: <@UOWNER>*');
    expect(view.blocks[2].block_id).toBe(metric.id);
    expect(view.blocks[2].hint.text).toBe('Target 2,000 by 2027-11-26 · week 48 (23–29 Nov)');
    // Submitted a little after midnight: the value still belongs to the week the modal showed.
    t.clock.set('2026-11-29T22:01:00Z');
    const res = await t.submit(view, checkinValues({ [metric.id]: '1 234,5' }), { user: 'UOTHER' });
    expect(res.body).toEqual({});
    const thanks = await t.standIn.waitFor('chat.postEphemeral');
    expect(thanks.args).toMatchObject({ channel: 'C1', user: 'UOTHER', text: 'Thanks! 1 value saved.' });

    t.clock.set('2026-11-29T22:30:00Z'); // Monday 00:30 in Helsinki
    const next = await openModal('checkin');
    expect(next.blocks[2].element.initial_value).toBeUndefined();
    await t.submit(next, checkinValues({ [metric.id]: '1300' }));
    await t.standIn.waitFor('chat.postEphemeral', (a) => a.user === 'U1');

    const rows = await t.app.db
      .selectFrom('checkins')
      .select(['period', 'value', 'reported_by'])
      .orderBy('period')
      .execute();
    expect(rows).toEqual([
      { period: '2026-W48', value: 1234.5, reported_by: 'UOTHER' },
      { period: '2026-W49', value: 1300, reported_by: 'U1' },
    ]);
  });

  it('prefills what is in, replaces a later report of the same period and audits the change', async () => {
    const metric = await addMetric();
    const first = await openModal('checkin', { user: 'UOTHER' });
    await t.submit(first, checkinValues({ [metric.id]: '1,5' }), { user: 'UOTHER' });
    await t.standIn.waitFor('chat.postEphemeral');

    const again = await openModal('checkin', { user: 'UFI' });
    expect(again.title.text).toBe('Raportointi');
    expect(again.blocks[2].element.initial_value).toBe('1,5');
    await t.submit(again, checkinValues({ [metric.id]: '2.25' }), { user: 'UFI' });
    const thanks = await t.standIn.waitFor('chat.postEphemeral', (a) => a.user === 'UFI');
    expect(thanks.args.text).toBe('Kiitos! 1 arvo tallennettu.');

    const rows = await t.app.db.selectFrom('checkins').selectAll().execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ period: '2026-W48', value: 2.25, reported_by: 'UFI' });
    const audit = await listAudit(t.app.db, { teamId: 'T1' }, metric.strategy_id);
    expect(audit.find((a) => a.action === 'checkin.replaced')).toMatchObject({
      actorId: 'UFI',
      subject: metric.id,
      before: { period: '2026-W48', value: 1.5, reportedBy: 'UOTHER' },
      after: { period: '2026-W48', value: 2.25 },
    });
    expect(audit.find((a) => a.action === 'checkin.reported')).toMatchObject({
      actorId: 'UOTHER',
      before: null,
    });
  });

  it('refuses a bad number on its own block and saves nothing', async () => {
    const a = await addMetric({ name: 'Followers' });
    const b = await addMetric({ name: 'Response time', direction: 'down', baseline: '24', target: '4' });
    const view = await openModal('checkin');
    const res = await t.submit(view, checkinValues({ [a.id]: '1 500', [b.id]: '1.2.3' }));
    expect(res.body).toEqual({
      response_action: 'errors',
      errors: { [b.id]: 'This is not a number. Write it like 1,5 or 1.5 or 1 234.' },
    });
    await t.app.idle();
    expect(await t.app.db.selectFrom('checkins').selectAll().execute()).toHaveLength(0);

    const fiView = await openModal('checkin', { user: 'UFI' });
    const fi = await t.submit(fiView, checkinValues({ [a.id]: 'abc' }), { user: 'UFI' });
    expect(fi.body.errors).toEqual({
      [a.id]: 'Tämä ei ole luku. Kirjoita esimerkiksi 1,5 tai 1.5 tai 1 234.',
    });
  });
});

describe('status and App Home', () => {
  it('shows each metric with latest value, target, progress bar and trend, in both languages', async () => {
    t.clock.set('2026-11-02T09:00:00Z');
    const up = await addMetric({
      name: 'Followers',
      unit: '',
      baseline: '1000',
      target: '2000',
      targetDate: '2027-11-01',
    });
    const down = await addMetric({
      name: 'Response time',
      unit: 'h',
      direction: 'down',
      baseline: '24',
      target: '4',
      targetDate: '2027-11-01',
    });
    for (const [at, followers, hours] of [
      ['2026-11-03T09:00:00Z', '1010', '24'],
      ['2026-11-10T09:00:00Z', '1030', '24'],
      ['2026-11-17T09:00:00Z', '1200', '23,5'],
    ] as const) {
      t.clock.set(at);
      const view = await openModal('checkin');
      await submitCheckin(view, checkinValues({ [up.id]: followers, [down.id]: hours }));
    }
    const status = textOf(await t.reply('status'));
    expect(status).toContain('*Followers* — 1,200 of target 2,000 by 2027-11-01');
    expect(status).toContain('▰▰▱▱▱▱▱▱▱▱ 20 % · `·····▁▂█` · on track');
    // The line from 24 h (2 Nov) to 4 h (1 Nov 2027) stands at 22.9 h by the end of week 47.
    expect(status).toContain('*Response time* — 23.5 h of target 4 h by 2027-11-01');
    expect(status).toContain('▱▱▱▱▱▱▱▱▱▱ 3 % · `·····██▁` · behind');

    const fi = textOf(await t.reply('status', { user: 'UFI' }));
    expect(fi).toContain('*Followers* — 1\u00a0200, tavoite 2\u00a0000 1.11.2027 mennessä');
    expect(fi).toContain('aikataulussa');
    expect(fi).toContain('jäljessä');

    await t.event({ type: 'app_home_opened', user: 'UOWNER', channel: 'D1', tab: 'home' });
    const home = await t.standIn.waitFor('views.publish', (a) => a.user_id === 'UOWNER');
    const homeText = JSON.stringify(home.args.view.blocks);
    expect(homeText).toContain('*Your metrics*');
    expect(homeText).toContain('<#C1> · *Followers* — 1,200 of target 2,000');

    const button = home.args.view.blocks
      .filter((b: Json) => b.type === 'actions')
      .flatMap((b: Json) => b.elements)
      .find((e: Json) => e.action_id === 'metric_home_checkin');
    expect(button.text.text).toBe('Report values: Launch');
    const opened = t.standIn.callsOf('views.open').length;
    await t.action('metric_home_checkin', { user: 'UOWNER', value: button.value, view: home.result!.view });
    await t.app.idle();
    expect(t.standIn.callsOf('views.open')).toHaveLength(opened + 1);
    const modal = t.standIn.callsOf('views.open')[opened]!;
    expect(modal.args.view.callback_id).toBe('metric_checkin');
    const valueInputs = modal.args.view.blocks.filter(
      (b: Json) => b.element?.action_id === 'metric_checkin_value',
    );
    expect(valueInputs.map((b: Json) => b.block_id)).toEqual([up.id, down.id]);

    await t.event({ type: 'app_home_opened', user: 'UOTHER', channel: 'D2', tab: 'home' });
    const other = await t.standIn.waitFor('views.publish', (a) => a.user_id === 'UOTHER');
    expect(JSON.stringify(other.args.view.blocks)).not.toContain('Your metrics');
  });

  it('says there are no metrics yet', async () => {
    expect(textOf(await t.reply('status'))).toContain('*Metrics:* none yet.');
  });
});

describe('metric chart', () => {
  it('uploads a PNG of the history against the target path to the channel', async () => {
    const metric = await addMetric();
    const view = await openModal('checkin');
    await submitCheckin(view, checkinValues({ [metric.id]: '1100' }));
    const reply = await t.reply('metric chart newsletter subscribers');
    expect(reply.text).toBe('The chart of *Newsletter subscribers* is posted in this channel.');

    const url = t.standIn.callsOf('files.getUploadURLExternal');
    expect(url).toHaveLength(1);
    expect(url[0]!.args.filename).toBe('newsletter-subscribers.png');
    const fileId = url[0]!.result!.file_id;
    const png = t.standIn.uploads.get(fileId)!;
    expect(Number(url[0]!.args.length)).toBe(png.length);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.readUInt32BE(8)).toBe(13);
    expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([800, 420]);
    expect(png.subarray(-8, -4).toString('ascii')).toBe('IEND');
    // The picture shows the reported value (a dot in the history colour) and the target path.
    const picture = readPng(png);
    expect(picture.count('#1264a3')).toBeGreaterThan(20);
    expect(picture.count('#e01e5a')).toBeGreaterThan(20);

    const complete = t.standIn.callsOf('files.completeUploadExternal');
    expect(complete).toHaveLength(1);
    expect(complete[0]!.args).toMatchObject({
      channel_id: 'C1',
      files: [{ id: fileId, title: 'Newsletter subscribers' }],
      initial_comment:
        '*Newsletter subscribers*: reported values against the target path.\nLatest: 1,100 subs, week 48 (23–29 Nov) · 10 % of the way from baseline to target',
    });
  });

  it('is reachable from the list button', async () => {
    const metric = await addMetric();
    await t.action('metric_list_chart', { value: metric.id, user: 'UOTHER' });
    const complete = await t.standIn.waitFor('files.completeUploadExternal');
    expect(complete.args.channel_id).toBe('C1');
  });
});
