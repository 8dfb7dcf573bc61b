import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAudit } from '../../src/storage/audit.js';
import { METRIC_IDS } from '../../src/views/ids.js';
import { TestClock } from '../support/clock.js';
import { TestApp, textOf, U1, UFI } from '../support/harness.js';
import { imOf, type Json } from '../support/slack-stand-in.js';

// Importing a metric's history, as a team does it on Thursday 11 February 2027 (ISO week 6) in
// Helsinki: rows pasted into the window or a file sent to the app's DM, a preview of what was
// understood, refused and would be replaced, and nothing written until the person confirms.

let t: TestApp;

const typed = (value: string) => ({ metric_value: { type: 'plain_text_input', value } });

async function addMetric(o: { name: string; owner: string; cadence: 'weekly' | 'monthly' }): Promise<string> {
  const { payload } = await t.command('metric add');
  const view = (await t.standIn.waitFor('views.open', (a) => a.trigger_id === payload.trigger_id)).args.view;
  const res = await t.submit(view, {
    metric_name: typed(o.name),
    metric_unit: typed(''),
    metric_baseline: typed('100'),
    metric_target: typed('2000'),
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

/** Presses "Import history" on a metric in the list; the window Slack was asked to open. */
async function openImport(user: string, metricId: string): Promise<Json> {
  const before = t.standIn.callsOf('views.open').length;
  const { status } = await t.action(METRIC_IDS.listImport, { user, value: metricId });
  expect(status).toBe(200);
  const call = await t.standIn.waitFor(
    'views.open',
    (a) => a.view?.callback_id === METRIC_IDS.importView && t.standIn.callsOf('views.open').length > before,
  );
  return call.args.view;
}

/** Pastes `csv` into the import window and submits it; the app's answer. */
async function paste(view: Json, csv: string, user: string): Promise<Json> {
  const res = await t.submit(
    view,
    {
      [METRIC_IDS.importTextBlock]: {
        [METRIC_IDS.importTextInput]: { type: 'plain_text_input', value: csv },
      },
    },
    { user },
  );
  expect(res.status).toBe(200);
  return res.body;
}

/** Confirms the preview window; the confirmation the person then sees in the channel. */
async function confirm(preview: Json, user: string): Promise<string> {
  const before = t.standIn.callsOf('chat.postEphemeral').length;
  const res = await t.submit(preview, {}, { user });
  expect(res.body).toEqual({});
  const said = await t.standIn.waitFor(
    'chat.postEphemeral',
    (a) => a.user === user && t.standIn.callsOf('chat.postEphemeral').length > before,
  );
  return said.args.text;
}

const checkins = (metricId: string) =>
  t.app.db
    .selectFrom('checkins')
    .select(['period', 'value', 'source', 'source_label', 'reported_by'])
    .where('metric_id', '=', metricId)
    .orderBy('period')
    .execute();

/** The app's DM with a person: a file they send, as Slack's `message` event delivers it. */
async function sendFile(user: string, file: Json): Promise<void> {
  const { status } = await t.event({
    type: 'message',
    subtype: 'file_share',
    channel: imOf(user),
    channel_type: 'im',
    user,
    text: '',
    ts: '1786442400.000100',
    files: [file],
  });
  expect(status).toBe(200);
}

/** The app's first post in the person's DM after the first `from` calls. */
async function dmAfter(user: string, from: number, timeoutMs?: number): Promise<Json> {
  const earlier = new Set(t.standIn.calls.slice(0, from).map((c) => c.args));
  const call = await t.standIn.waitFor(
    'chat.postMessage',
    (a) => a.channel === imOf(user) && !earlier.has(a),
    timeoutMs,
  );
  return call.args;
}

/** A message's text with Finnish number grouping (a no-break space) written as a plain space. */
const plainText = (message: Json) => textOf(message).replace(/[\u00a0\u202f]/g, ' ');

beforeAll(async () => {
  t = await TestApp.start({
    clock: new TestClock('2027-02-11T10:00:00Z'),
    users: [U1, UFI, { id: 'U2', locale: 'en-US', tz: 'Europe/Helsinki' }],
  });
  await t.reply('start Launch');
});
afterAll(async () => {
  await t?.stop();
});

describe('importing history by pasting rows (English)', () => {
  let visitors = '';
  beforeAll(async () => {
    visitors = await addMetric({ name: 'Visitors', owner: 'U1', cadence: 'weekly' });
  });

  it('previews what it understood and what it refused, and writes nothing yet', async () => {
    const view = await openImport('U1', visitors);
    expect(textOf(view)).toContain('Paste the past values of *Visitors*, one week a row');
    const input = view.blocks.find((b: Json) => b.block_id === METRIC_IDS.importTextBlock);
    expect(input.element).toMatchObject({ type: 'plain_text_input', multiline: true, max_length: 3000 });

    const csv = [
      'date;visitors',
      '4.1.2027;1 180',
      '2027-01-13;1 234,5',
      '2027-W03;1250',
      '20.1.2027;1300',
      '2027-W04;lots',
      '2027-01;1400',
      '31.2.2027;1500',
      '2027-W09;1600',
      '2027-W05',
    ].join('\n');
    const answer = await paste(view, csv, 'U1');
    expect(answer.response_action).toBe('update');
    const preview = answer.view;
    expect(preview.callback_id).toBe(METRIC_IDS.importPreviewView);
    expect(preview.submit.text).toBe('Import 3 values');
    const shown = textOf(preview);
    expect(shown).toContain(
      '*Visitors*: 3 rows understood, 6 rows refused. No value already reported would change.',
    );
    expect(shown).toContain('• week 1 (4–10 Jan): 1,180');
    expect(shown).toContain('• week 2 (11–17 Jan): 1,234.5');
    expect(shown).toContain('• week 3 (18–24 Jan): 1,250');
    expect(shown).toContain('• line 5: 20.1.2027; 1300 — the same period as line 4');
    expect(shown).toContain('• line 6: 2027-W04; lots — the value is not a number');
    expect(shown).toContain('• line 7: 2027-01; 1400 — a month, but this metric is reported weekly');
    expect(shown).toContain('• line 8: 31.2.2027; 1500 — no such day, week or month');
    expect(shown).toContain('• line 9: 2027-W09; 1600 — that period has not begun yet');
    expect(shown).toContain('• line 10: 2027-W05 — no value');
    expect(await checkins(visitors)).toEqual([]);

    expect(await confirm(preview, 'U1')).toBe('Imported 3 values into *Visitors*.');
    expect(await checkins(visitors)).toEqual([
      { period: '2027-W01', value: 1180, source: 'import', source_label: null, reported_by: 'U1' },
      { period: '2027-W02', value: 1234.5, source: 'import', source_label: null, reported_by: 'U1' },
      { period: '2027-W03', value: 1250, source: 'import', source_label: null, reported_by: 'U1' },
    ]);
  });

  it('shows what a new import would replace, and replaces it only when confirmed', async () => {
    const view = await openImport('U1', visitors);
    const preview = (await paste(view, '2027-W01,1200\n2027-W02,"1234,5"\n2027-W03,1300,5\n', 'U1')).view;
    const shown = textOf(preview);
    expect(shown).toContain(
      '*Visitors*: 3 rows understood, 0 rows refused. 2 values already reported would be replaced.',
    );
    expect(shown).toContain('• week 1 (4–10 Jan): 1,180 → 1,200\\n• week 3 (18–24 Jan): 1,250 → 1,300.5');
    expect(shown).toContain('1 row repeats the value its period already holds; it changes nothing.');
    expect(shown).toContain('• week 3 (18–24 Jan): 1,300.5');
    expect((await checkins(visitors))[0]!.value).toBe(1180);

    expect(await confirm(preview, 'U1')).toBe('Imported 2 values into *Visitors*; 2 replaced earlier ones.');
    expect((await checkins(visitors)).map((c) => [c.period, c.value])).toEqual([
      ['2027-W01', 1200],
      ['2027-W02', 1234.5],
      ['2027-W03', 1300.5],
    ]);
    // The audit trail keeps what was replaced, and that the value came from an import.
    const strategy = await t.app.db.selectFrom('strategies').select('id').executeTakeFirstOrThrow();
    const audit = await listAudit(t.app.db, { teamId: 'T1' }, strategy.id);
    const replaced = audit.find(
      (a) => a.action === 'checkin.replaced' && (a.before as { period?: string }).period === '2027-W01',
    );
    expect(replaced?.before).toMatchObject({ period: '2027-W01', value: 1180 });
    expect(replaced?.after).toMatchObject({ period: '2027-W01', value: 1200, source: 'import' });

    // The same preview confirmed again (a replayed request) writes nothing twice.
    const again = await t.submit(preview, {}, { user: 'U1' });
    expect(again.body).toEqual({});
    expect(await checkins(visitors)).toHaveLength(3);
  });

  it('refuses text that cannot be read in the window itself, and nothing but rows', async () => {
    const view = await openImport('U1', visitors);
    expect(await paste(view, '2027-W04;"1300\n2027-W05;1400', 'U1')).toEqual({
      response_action: 'errors',
      errors: {
        [METRIC_IDS.importTextBlock]:
          'The text cannot be read as CSV from line 1 on. Is a quotation mark (") left open?',
      },
    });
    const onlyHeader = await paste(view, 'date;value\n', 'U1');
    expect(onlyHeader.errors[METRIC_IDS.importTextBlock]).toBe('There are no rows to read.');
    const nothing = (await paste(view, 'x;y\nsoon;12\n', 'U1')).view;
    expect(textOf(nothing)).toContain('None of the rows can be imported.');
    expect(nothing.submit).toBeUndefined();
  });

  it('keeps a preview of the longest paste inside Slack’s limits', async () => {
    const view = await openImport('U1', visitors);
    // 3,000 characters, the most the window takes: every row refused, each with long text.
    const row = `<!channel> *${'ä'.repeat(84)}*;1\n`;
    const csv = row.repeat(Math.floor(3000 / row.length)).padEnd(3000, 'x');
    expect(csv).toHaveLength(3000);
    const preview = (await paste(view, csv, 'U1')).view;
    const shown = textOf(preview);
    expect(shown).toContain('0 rows understood');
    expect(shown).toContain('…and ');
    expect(shown).not.toContain('<!channel>');
    expect(preview.submit).toBeUndefined();
  });

  it('is for those who may edit the metric', async () => {
    const before = t.standIn.callsOf('views.open').length;
    const { responseUrl } = await t.action(METRIC_IDS.listImport, { user: 'U2', value: visitors });
    const refused = await t.standIn.waitForReply(responseUrl);
    expect(refused.args.text).toContain('*Visitors*');
    expect(t.standIn.callsOf('views.open').length).toBe(before);
  });
});

describe('importing history from a file sent to the app (English)', () => {
  let sessions = '';
  beforeAll(async () => {
    sessions = await addMetric({ name: 'Sessions', owner: 'U1', cadence: 'weekly' });
  });

  it('imports a 5,000-row file within a few seconds of the confirmation', async () => {
    await openImport('U1', sessions);
    // 5,000 weeks back from week 5 of 2027, a Finnish date and a Finnish number on each row.
    const monday = Date.UTC(2027, 1, 1);
    const rows = ['päivä;arvo'];
    for (let i = 0; i < 5000; i += 1) {
      const d = new Date(monday - i * 7 * 86_400_000);
      rows.push(
        `${d.getUTCDate()}.${d.getUTCMonth() + 1}.${d.getUTCFullYear()};${1 + (i % 900)} ${String(i % 1000).padStart(3, '0')},5`,
      );
    }
    const file = t.standIn.addFile({ name: 'sessions.csv', content: rows.join('\r\n') });
    const from = t.standIn.calls.length;
    await sendFile('U1', file);
    // Reading 5,000 rows on a machine busy with other tests can take longer than a usual wait.
    const preview = await dmAfter('U1', from, 60_000);
    expect(textOf(preview)).toContain('*sessions.csv*, the history of *Sessions*:');
    expect(textOf(preview)).toContain('*Sessions*: 5,000 rows understood, 0 rows refused.');
    // The file was fetched from Slack with the bot token.
    const download = t.standIn.callsOf('file_download').at(-1)!;
    expect(download.args.authorized).toBe(true);
    expect(await checkins(sessions)).toEqual([]);

    const buttons = preview.blocks.find((b: Json) => b.type === 'actions').elements;
    expect(buttons.map((b: Json) => b.text.text)).toEqual(['Import 5,000 values', 'Cancel']);
    const started = Date.now();
    const { responseUrl } = await t.action(METRIC_IDS.importConfirm, {
      user: 'U1',
      channel: imOf('U1'),
      value: buttons[0].value,
    });
    const done = await t.standIn.waitForReply(responseUrl, 60_000);
    const took = Date.now() - started;
    expect(done.args).toMatchObject({
      replace_original: true,
      text: 'Imported 5,000 values into *Sessions*.',
    });
    // A few seconds even on a busy machine (about 2 s measured with the whole suite running).
    expect(took).toBeLessThan(8_000);
    const stored = await checkins(sessions);
    expect(stored).toHaveLength(5000);
    expect(stored.at(-1)).toMatchObject({
      period: '2027-W05',
      value: 1000.5,
      source: 'import',
      source_label: 'sessions.csv',
    });
  }, 60_000);

  it('answers a file nobody asked to import, and one Slack will not hand over', async () => {
    // Half an hour after the last "Import history", a file is no longer taken as its history.
    t.clock.advance(31 * 60_000);
    let from = t.standIn.calls.length;
    await sendFile('U1', t.standIn.addFile({ name: 'random.csv', content: '2027-W01;1' }));
    expect((await dmAfter('U1', from)).text).toContain('first press *Import history*');

    await openImport('U1', sessions);
    from = t.standIn.calls.length;
    await sendFile('U1', t.standIn.addFile({ name: 'other-team.csv', content: '2027-W01;1', team: 'T9' }));
    expect((await dmAfter('U1', from)).text).toBe(
      'Slack did not let me download the file. Send it again in a moment.',
    );
    from = t.standIn.calls.length;
    await sendFile(
      'U1',
      t.standIn.addFile({ name: 'chart.png', content: 'png', filetype: 'png', mimetype: 'image/png' }),
    );
    expect((await dmAfter('U1', from)).text).toBe('Send the history as a CSV or text file.');

    // The import still waits for its file: a good one now gets its preview, and Cancel drops it.
    from = t.standIn.calls.length;
    await sendFile('U1', t.standIn.addFile({ name: 'fix.csv', content: '1.2.2027;7' }));
    const preview = await dmAfter('U1', from);
    const cancel = preview.blocks.find((b: Json) => b.type === 'actions').elements[1];
    const { responseUrl } = await t.action(METRIC_IDS.importCancel, {
      user: 'U1',
      channel: imOf('U1'),
      value: cancel.value,
    });
    const done = await t.standIn.waitForReply(responseUrl);
    expect(done.args.text).toBe('Import cancelled. Nothing was saved.');
    expect((await checkins(sessions)).find((c) => c.period === '2027-W05')?.value).toBe(1000.5);
  });
});

describe('historian tuonti (suomeksi)', () => {
  let newsletter = '';
  beforeAll(async () => {
    newsletter = await addMetric({ name: 'Uutiskirje', owner: 'UFI', cadence: 'monthly' });
  });

  it('näyttää esikatselun, hylätyt rivit ja korvattavat arvot, ja tallentaa vasta vahvistettaessa', async () => {
    const view = await openImport('UFI', newsletter);
    expect(plainText(view)).toContain(
      'Liitä mittarin *Uutiskirje* aiemmat arvot, yksi kuukausi riviä kohden',
    );
    expect(view.submit.text).toBe('Esikatsele');

    const first = (await paste(view, 'kuukausi;tilaajat\n2026-11;1 000\n31.12.2026;1 050,5\n', 'UFI')).view;
    expect(await confirm(first, 'UFI')).toBe('Mittariin *Uutiskirje* tuotiin 2 arvoa.');

    const again = await openImport('UFI', newsletter);
    const csv = [
      'kuukausi;tilaajat',
      '2026-12;1 100',
      '15.1.2027;1 150',
      '2027-W02;1 200',
      '2027-01;1 250',
      '2027-03;9',
    ].join('\n');
    const preview = (await paste(again, csv, 'UFI')).view;
    expect(preview.title.text).toBe('Tarkista tuonti');
    expect(preview.submit.text).toBe('Tuo 2 arvoa');
    const shown = plainText(preview);
    expect(shown).toContain(
      '*Uutiskirje*: 2 riviä luettu, 3 riviä hylätty. 1 jo raportoitu arvo korvautuisi.',
    );
    expect(shown).toContain('• joulukuu 2026: 1 050,5 → 1 100');
    expect(shown).toContain('• rivi 4: 2027-W02; 1 200 — viikko, mutta mittari raportoidaan kuukausittain');
    expect(shown).toContain('• rivi 5: 2027-01; 1 250 — sama jakso kuin rivillä 3');
    expect(shown).toContain('• rivi 6: 2027-03; 9 — jakso ei ole vielä alkanut');
    expect((await checkins(newsletter)).map((c) => c.value)).toEqual([1000, 1050.5]);

    expect(await confirm(preview, 'UFI')).toBe('Mittariin *Uutiskirje* tuotiin 2 arvoa; 1 korvasi aiemman.');
    expect((await checkins(newsletter)).map((c) => [c.period, c.value])).toEqual([
      ['2026-11', 1000],
      ['2026-12', 1100],
      ['2027-01', 1150],
    ]);
  });

  it('kertoo suomeksi, kun tekstiä ei voi lukea tai tiedostoa ei pyydetty', async () => {
    const view = await openImport('UFI', newsletter);
    const refused = await paste(view, '2027-01;"1', 'UFI');
    expect(refused.errors[METRIC_IDS.importTextBlock]).toBe(
      'Tekstiä ei voi lukea CSV:nä riviltä 1 alkaen. Jäikö lainausmerkki (") sulkematta?',
    );
    const from = t.standIn.calls.length;
    await sendFile('UFI', t.standIn.addFile({ name: 'historia.csv', content: '2027-01;1' }));
    const preview = await dmAfter('UFI', from);
    expect(plainText(preview)).toContain('*historia.csv*, mittarin *Uutiskirje* historia:');
    expect(preview.blocks.find((b: Json) => b.type === 'actions').elements[0].text.text).toBe('Tuo 1 arvo');
  });
});
