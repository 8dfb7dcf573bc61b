import { describe, expect, it } from 'vitest';
import { messages } from '../../src/i18n/index.js';
import { submitAssessment } from '../../src/services/assessments.js';
import { addMetric, archiveMetric, strategyMetrics } from '../../src/services/metrics.js';
import { changePhase } from '../../src/services/phases.js';
import { CANVAS_ERRORS } from '../../src/slack/canvas.js';
import { findStrategyByChannel } from '../../src/storage/strategies.js';
import { appForEachTest } from '../support/app-per-test.js';
import { expectGolden, fillStrategy, lastFile, lastUpload, pdfText, serviceDeps, USERS } from './support.js';

const t = appForEachTest({ users: USERS });

describe('/smstrategy plan', () => {
  it('posts the plan of a fully filled strategy in English as a Markdown file', async () => {
    await t.reply('start Renovation 2027', { user: 'U1' });
    await fillStrategy(t, 'C1', 'U1');
    const reply = await t.reply('plan', { user: 'U1' });
    expect(reply.response_type).toBe('ephemeral');
    expect(reply.text).toBe(
      'The plan is posted in this channel as a Markdown file and a PDF, and its canvas is created.',
    );
    // Both files in one message: two uploads, one completion into the channel.
    const urls = t.standIn.callsOf('files.getUploadURLExternal');
    expect(urls.map((c) => c.args.filename)).toEqual([
      'renovation-2027-plan-2026-12-02.md',
      'renovation-2027-plan-2026-12-02.pdf',
    ]);
    for (const url of urls)
      expect(t.standIn.uploads.get(url.result!.file_id)!.length).toBe(Number(url.args.length));
    const complete = t.standIn.callsOf('files.completeUploadExternal');
    expect(complete).toHaveLength(1);
    expect(complete[0]!.args.channel_id).toBe('C1');
    const files =
      typeof complete[0]!.args.files === 'string'
        ? JSON.parse(complete[0]!.args.files)
        : complete[0]!.args.files;
    expect(files).toEqual(
      urls.map((u) => ({ id: u.result!.file_id, title: 'Renovation 2027: plan 2026-12-02' })),
    );
    const file = lastUpload(t);
    expectGolden('posted-full.en.md', file.text);
    const pdf = await pdfText(lastFile(t, 'pdf').bytes);
    expect(pdf.text).toContain('Renovation 2027: social media strategy');
    expect(pdf.text).toContain('4. Risks and how we meet them');
    expect(pdf.text).toContain(`Page ${pdf.pages} of ${pdf.pages}`);
  });

  it('writes the plan of a Finnish strategy in Finnish', async () => {
    await t.reply('start Remontti 2027', { user: 'UFI', channel: 'C2' });
    await fillStrategy(t, 'C2', 'UFI', 'fi');
    const reply = await t.reply('plan', { user: 'UFI', channel: 'C2' });
    expect(reply.text).toBe(
      'Suunnitelma on julkaistu tällä kanavalla Markdown-tiedostona ja PDF:nä, ja sille on luotu canvas.',
    );
    expectGolden('posted-full.fi.md', lastUpload(t).text);
    const pdf = await pdfText(lastFile(t, 'pdf').bytes);
    expect(pdf.text).toContain('Remontti 2027: sosiaalisen median strategia');
    expect(pdf.text).toContain('1. Tiivistelmä');
    expect(pdf.text).toContain('Kohdeyleisö');
    expect(pdf.text).toContain('Määräpäivä');
  });

  it('numbers the plan: the same content keeps its version, a change makes the next one and says what changed', async () => {
    await t.reply('start Renovation 2027', { user: 'U1' });
    await fillStrategy(t, 'C1', 'U1');
    await t.reply('plan', { user: 'U1' });
    expect(lastUpload(t).text).toContain('**Version 1 · 2026-12-02**');
    // A day later, nothing entered: still version 1, of its own date.
    t.clock.advance(24 * 3600_000);
    await t.reply('plan', { user: 'U2' });
    expect(lastUpload(t).text).toContain('**Version 1 · 2026-12-02**');
    expect(lastUpload(t).text).toContain(
      'This is version 1 of the plan, made on 2026-12-02. It is the first version.',
    );
    const strategy = (await findStrategyByChannel(t.app.db, { teamId: 'T1' }, 'C1'))!;
    await changePhase(serviceDeps(t), {
      strategy,
      key: 'channels',
      actor: { userId: 'U1', isWorkspaceAdmin: false },
      change: { ownerId: 'U3', status: 'in_progress' },
    });
    await t.reply('plan', { user: 'U1' });
    const text = lastUpload(t).text;
    expect(text).toContain('**Version 2 · 2026-12-03**');
    expect(text).toContain('Changed since version 1: Choice of services.');
    const rows = await t.app.db
      .selectFrom('plan_versions')
      .select(['team_id', 'version', 'made_by'])
      .orderBy('version')
      .execute();
    expect(rows).toEqual([
      { team_id: 'T1', version: 1, made_by: 'U1' },
      { team_id: 'T1', version: 2, made_by: 'U1' },
    ]);
  });

  it('says what is missing in a new strategy rather than leaving blanks', async () => {
    await t.reply('start Launch', { user: 'U1' });
    await t.reply('plan', { user: 'U1' });
    const { text } = lastUpload(t);
    expectGolden('posted-empty.en.md', text);
    expect(text).toContain('The readiness analysis has not been done yet');
    expect(text).toContain('## 8. Still open');
    expect(text).toContain(
      '- Listening: owner, due date, sources and communities followed, competitors, findings.',
    );
    expect(text).toContain('No metrics yet');
    expect(text).not.toContain('/smstrategy');
  });

  it('names people as Slack shows them, never as raw mentions, and asks Slack about each once', async () => {
    await t.reply('start Renovation 2027', { user: 'U1' });
    await fillStrategy(t, 'C1', 'U1');
    await t.reply('plan', { user: 'U1' });
    const asked = t.standIn.callsOf('users.info').length;
    await t.reply('plan', { user: 'U1' });
    const { text } = lastUpload(t);
    expect(text).not.toMatch(/<@[UW]/);
    expect(text).not.toMatch(/\bU[0-9A-Z]+\b/);
    expect(text).toContain('Owner: Olli');
    expect(text).toContain('Owner: Aino Aalto');
    expect(text).toContain('@Aino Aalto is checking');
    expect(text).toContain('Started by Maria Virtanen');
    // users.info is cached: the second plan, minutes later, asks Slack nothing.
    expect(t.standIn.callsOf('users.info')).toHaveLength(asked);
    const stored = await t.app.db
      .selectFrom('user_names')
      .select(['user_id', 'name'])
      .orderBy('user_id')
      .execute();
    expect(stored).toEqual([
      { user_id: 'U1', name: 'Maria Virtanen' },
      { user_id: 'U2', name: 'Olli' },
      { user_id: 'U3', name: 'Aino Aalto' },
    ]);
  });

  it('names a metric archived since by its name in the latest changes', async () => {
    await t.reply('start Renovation 2027', { user: 'U1' });
    await fillStrategy(t, 'C1', 'U1');
    const deps = serviceDeps(t);
    const strategy = (await findStrategyByChannel(t.app.db, { teamId: 'T1' }, 'C1'))!;
    const metric = (await strategyMetrics(deps, strategy)).find((o) => o.metric.name === 'Response time')!;
    t.clock.advance(60_000);
    await archiveMetric(deps, {
      strategy,
      actor: { userId: 'U1', isWorkspaceAdmin: false },
      metricId: metric.metric.id,
    });
    await t.reply('plan', { user: 'U1' });
    const { text } = lastUpload(t);
    expect(text).toContain('Maria Virtanen: archived the metric Response time');
    expect(text).toContain('Maria Virtanen: added the metric Response time');
    expect(text).not.toContain('### Response time');
  });

  it('still writes the plan when a stored revision and audit entries cannot be read', async () => {
    await t.reply('start Renovation 2027', { user: 'U1' });
    await fillStrategy(t, 'C1', 'U1');
    await t.app.db.updateTable('assessment_revisions').set({ answers_json: '{"why":{"text":"cut' }).execute();
    await t.app.db
      .updateTable('audit_events')
      .set({ before_json: 'not json', after_json: '{' })
      .where('action', '=', 'checkin.reported')
      .execute();
    const reply = await t.reply('plan', { user: 'U1' });
    expect(reply.text).toBe(
      'The plan is posted in this channel as a Markdown file and a PDF, and its canvas is created.',
    );
    const { text } = lastUpload(t);
    // The revision still counts, its answers read as none; the entries still say who did what.
    expect(text).toContain('Analysis revision 1, saved by Maria Virtanen on 2026-11-26.');
    expect(text).toContain('**1. Why** (Missing)');
    expect(text).toContain('Olli: reported – for Newsletter subscribers');
    expect(text).toContain('Maria Virtanen: added the metric Newsletter subscribers');
  });

  it('creates the canvas once and edits the same canvas on the next plan', async () => {
    await t.reply('start Renovation 2027', { user: 'U1' });
    await t.reply('plan', { user: 'U1' });
    const create = t.standIn.callsOf('canvases.create');
    expect(create).toHaveLength(1);
    expect(create[0]!.args.channel_id).toBe('C1');
    expect(create[0]!.args.document_content).toEqual({ type: 'markdown', markdown: lastUpload(t).text });
    const canvasId = create[0]!.result!.canvas_id;

    await fillStrategy(t, 'C1', 'U1');
    const second = await t.reply('plan', { user: 'U1' });
    expect(second.text).toBe(
      'The plan is posted in this channel as a Markdown file and a PDF, and its canvas is up to date.',
    );
    expect(t.standIn.callsOf('canvases.create')).toHaveLength(1);
    const edits = t.standIn.callsOf('canvases.edit');
    expect(edits).toHaveLength(1);
    expect(edits[0]!.args.canvas_id).toBe(canvasId);
    expect(edits[0]!.args.changes).toEqual([
      { operation: 'replace', document_content: { type: 'markdown', markdown: lastUpload(t).text } },
    ]);
    expect(lastUpload(t).text).toContain('Newsletter subscribers');
  });

  it('makes a new canvas when the stored one was deleted in Slack', async () => {
    await t.reply('start Renovation 2027', { user: 'U1' });
    await t.reply('plan', { user: 'U1' });
    t.standIn.fail('canvases.edit', { error: 'canvas_not_found' });
    const reply = await t.reply('plan', { user: 'U1' });
    expect(reply.text).toBe(
      'The plan is posted in this channel as a Markdown file and a PDF. Its canvas was gone, so I made a new one.',
    );
    const created = t.standIn.callsOf('canvases.create');
    expect(created).toHaveLength(2);
    const stored = await t.app.db.selectFrom('plan_canvases').select('canvas_id').execute();
    expect(stored).toEqual([{ canvas_id: created[1]!.result!.canvas_id }]);
  });

  // Every error Slack documents for the three canvas methods, by the method that answers it (the
  // two creating methods share most; the app creates with canvases.create, so those of
  // conversations.canvases.create come from it here), with the sentence that names it and the
  // advice of its group.
  const CANVAS_REFUSALS: [string, 'canvases.create' | 'canvases.edit', string, string][] = [
    [
      'canvas_disabled_user_team',
      'canvases.create',
      'Canvases are turned off in this workspace.',
      'A workspace admin can change that',
    ],
    [
      'restricted_action',
      'canvases.create',
      'A workspace setting does not let me create or edit canvases here.',
      'A workspace admin can change that',
    ],
    [
      'restricted_action',
      'canvases.edit',
      'A workspace setting does not let me create or edit canvases here.',
      'A workspace admin can change that',
    ],
    [
      'canvas_disabled_user_team',
      'canvases.edit',
      'Canvases are turned off in this workspace.',
      'A workspace admin can change that',
    ],
    [
      'missing_scope',
      'canvases.create',
      'the canvases:write scope',
      'A workspace admin can reinstall the app',
    ],
    [
      'free_teams_cannot_create_standalone_canvases',
      'canvases.create',
      'On Slack’s free plan a canvas must belong to a channel',
      'The Markdown file has the whole plan',
    ],
    [
      'free_teams_cannot_create_non_tabbed_canvases',
      'canvases.create',
      'On Slack’s free plan a canvas must be a tab of a channel',
      'The Markdown file has the whole plan',
    ],
    [
      'free_teams_cannot_edit_standalone_canvases',
      'canvases.edit',
      'On Slack’s free plan I cannot edit a canvas',
      'The Markdown file has the whole plan',
    ],
    [
      'team_tier_cannot_create_channel_canvases',
      'canvases.create',
      'This workspace’s Slack plan does not allow channel canvases.',
      'The Markdown file has the whole plan',
    ],
    [
      'free_team_canvas_tab_already_exists',
      'canvases.create',
      'a channel has room for one canvas tab, and this channel already has it.',
      'Remove that canvas from the channel',
    ],
    [
      'channel_canvas_already_exists',
      'canvases.create',
      'This channel already has a channel canvas.',
      'Remove that canvas from the channel',
    ],
    [
      'canvas_creation_failed',
      'canvases.create',
      'Slack could not create the canvas.',
      'Run `/smstrategy plan` again in a moment',
    ],
    [
      'channel_canvas_creation_failed',
      'canvases.create',
      'Slack could not create the channel canvas.',
      'Run `/smstrategy plan` again in a moment',
    ],
    [
      'canvas_tab_creation_failed',
      'canvases.create',
      'Slack could not add the canvas as a tab of this channel.',
      'Run `/smstrategy plan` again in a moment',
    ],
    [
      'canvas_editing_failed',
      'canvases.edit',
      'Slack could not apply the changes to the canvas.',
      'Run `/smstrategy plan` again in a moment',
    ],
    [
      'canvas_editing_locked',
      'canvases.edit',
      'Someone else is editing the canvas right now.',
      'Run `/smstrategy plan` again in a moment',
    ],
    [
      'canvas_too_large',
      'canvases.edit',
      'The plan has grown too large for the canvas.',
      'The Markdown file has all of it.',
    ],
    [
      'internal_error',
      'canvases.edit',
      'Slack answered `internal_error` when I wrote the canvas.',
      'Run `/smstrategy plan` again in a moment',
    ],
  ];

  it('names every canvas error Slack documents, with what to do, and still posts the file', async () => {
    await t.reply('start Renovation 2027', { user: 'U1' });
    const reasons = messages('en').canvas.reason;
    // Every documented code is in the table, and every code in the table is named.
    for (const code of Object.keys(CANVAS_ERRORS)) {
      if (code !== 'not_allowed' && code !== 'free_team_not_allowed' && code !== 'canvas_not_found')
        expect(
          CANVAS_REFUSALS.map((r) => r[0]),
          code,
        ).toContain(code);
      expect(reasons[code], code).toBeTruthy();
      expect(messages('fi').canvas.reason[code], code).toBeTruthy();
    }
    // Creating fails while no canvas is kept; the first edit-time failure needs one kept first.
    const byMethod = [...CANVAS_REFUSALS].sort((x, y) => x[1].localeCompare(y[1]));
    for (const [code, method, names, advice] of byMethod) {
      // An edit needs a canvas to edit: the first plan creates it.
      if (
        method === 'canvases.edit' &&
        (await t.app.db.selectFrom('plan_canvases').selectAll().execute()).length === 0
      )
        await t.reply('plan', { user: 'U1' });
      const uploads = t.standIn.callsOf('files.completeUploadExternal').length;
      t.standIn.fail(method, { error: code });
      const reply = await t.reply('plan', { user: 'U1' });
      expect(reply.response_type, code).toBe('ephemeral');
      expect(reply.text, code).toMatch(
        /^The plan is posted in this channel as a Markdown file and a PDF, but I could not keep it as a canvas\. /,
      );
      expect(reply.text, `${code} by ${method}`).toContain(names);
      expect(reply.text, `${code} by ${method}`).toContain(advice);
      expect(t.standIn.callsOf('files.completeUploadExternal'), code).toHaveLength(uploads + 1);
    }
    // In Finnish too.
    t.standIn.fail('canvases.edit', { error: 'canvas_editing_locked' });
    const fi = await t.reply('plan', { user: 'UFI' });
    expect(fi.text).toBe(
      'Suunnitelma on julkaistu tällä kanavalla Markdown-tiedostona ja PDF:nä, mutta canvasia en voinut pitää ajan tasalla. Joku muu muokkaa canvasia juuri nyt. Aja `/smstrategy plan` hetken päästä uudelleen; sillä välin tiedostossa on koko suunnitelma.',
    );
  });

  it('tells the caller what to do when the plan file cannot be posted in the channel', async () => {
    await t.reply('start Renovation 2027', { user: 'U1' });
    const advice = {
      not_in_channel: 'I am not a member of <#C1>. To post there, type `/invite @smstrategy` in the channel.',
      channel_not_found:
        'I cannot see <#C1>. If it is private, type `/invite @smstrategy` in it; if it was deleted, start the strategy in another channel.',
      is_archived: '<#C1> is archived. Unarchive it to post there, or start the strategy in another channel.',
    };
    for (const [code, says] of Object.entries(advice)) {
      t.standIn.fail('files.completeUploadExternal', { error: code });
      const reply = await t.reply('plan', { user: 'U1' });
      expect(reply.response_type, code).toBe('ephemeral');
      expect(reply.text, code).toBe(`I could not post the plan. ${says}`);
    }
    await t.app.idle();
    expect(t.standIn.callsOf('canvases.create')).toHaveLength(0);
    // A plan nobody received is no version.
    expect(await t.app.db.selectFrom('plan_versions').selectAll().execute()).toEqual([]);
  });

  it('keeps text people typed from making headings, lists, links, mentions or HTML', async () => {
    t.standIn.addUser({ id: 'U4', locale: 'en-US', real_name: 'Eve ![](@U1) [me](https://evil.example) #1' });
    await t.reply('start R&D <launch> # [x](https://evil.example) ![](@U2) *bold* _it_', { user: 'U1' });
    const deps = serviceDeps(t);
    const strategy = (await findStrategyByChannel(t.app.db, { teamId: 'T1' }, 'C1'))!;
    const actor = { userId: 'U1', isWorkspaceAdmin: false };
    t.clock.set('2026-11-26T09:01:00Z');
    const answers = {
      why: { text: '<!channel> weekly KPI\n===\n+ plus\n2) two', rating: 'clear' as const },
      goals: { text: '# not a heading\n    four spaces\n> quoted &copy; &#60;', rating: 'partial' as const },
    };
    await submitAssessment(deps, { teamId: 'T1', strategyId: strategy.id, actor, answers });
    // A minute between changes: entries of the same millisecond would list in random (id) order.
    t.clock.advance(60_000);
    await changePhase(deps, {
      strategy,
      key: 'listening',
      actor,
      change: {
        ownerId: 'U4',
        notes:
          '# Heading\n- item\n1. item\n| a | b |\n|---|---|\n---\n<b>html</b> <https://evil.example|Quarterly report>\n![](@U2) ![](#C1) [x](https://evil.example)\n`code` *bold* _it_ ~st~ \\ R&D',
        deliverableUrl: 'https://docs.example.com/a_(b)[c]',
      },
    });
    t.clock.advance(60_000);
    await addMetric(deps, {
      strategy,
      actor,
      metric: {
        name: 'KPI *1* [x](y) | z',
        unit: '<%>',
        baseline: 1,
        target: 2,
        targetDate: '2027-06-30',
        ownerId: 'U4',
        direction: 'up',
        cadence: 'weekly',
      },
    });
    await t.reply('plan', { user: 'U1' });
    const { text } = lastUpload(t);
    expectGolden('hostile.en.md', text);
    expect(t.standIn.callsOf('canvases.create')[0]!.args.document_content.markdown).toBe(text);
    // Names still read as typed: the title is the name, escaped only where Markdown needs it.
    expect(text).toContain(
      '# R&D \\<launch\\> \\# \\[x\\](https://evil.example) !\\[\\](@U2) \\*bold\\* \\_it\\_:',
    );
  });

  it('tells how to start a strategy in a channel without one', async () => {
    const reply = await t.reply('plan', { user: 'U1', channel: 'C9' });
    expect(reply.text).toBe('This channel has no strategy yet. Start one with `/smstrategy start [name]`.');
    await t.app.idle();
    expect(t.standIn.callsOf('files.getUploadURLExternal')).toHaveLength(0);
  });
});
