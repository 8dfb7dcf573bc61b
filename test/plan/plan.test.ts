import { describe, expect, it } from 'vitest';
import { submitAssessment } from '../../src/services/assessments.js';
import { addMetric, archiveMetric, strategyMetrics } from '../../src/services/metrics.js';
import { changePhase } from '../../src/services/phases.js';
import { findStrategyByChannel } from '../../src/storage/strategies.js';
import { appForEachTest } from '../support/app-per-test.js';
import { expectGolden, fillStrategy, lastUpload, serviceDeps, USERS } from './support.js';

const t = appForEachTest({ users: USERS });

describe('/smstrategy plan', () => {
  it('posts the plan of a fully filled strategy in English as a Markdown file', async () => {
    await t.reply('start Renovation 2027', { user: 'U1' });
    await fillStrategy(t, 'C1', 'U1');
    const reply = await t.reply('plan', { user: 'U1' });
    expect(reply.response_type).toBe('ephemeral');
    expect(reply.text).toBe(
      'The plan is posted in this channel as a Markdown file, and its canvas is created.',
    );
    const complete = t.standIn.callsOf('files.completeUploadExternal');
    expect(complete).toHaveLength(1);
    expect(complete[0]!.args.channel_id).toBe('C1');
    const file = lastUpload(t);
    expect(file.filename).toBe('renovation-2027-plan-2026-12-02.md');
    expectGolden('full.en.md', file.text);
  });

  it('writes the plan of a Finnish strategy in Finnish', async () => {
    await t.reply('start Remontti 2027', { user: 'UFI', channel: 'C2' });
    await fillStrategy(t, 'C2', 'UFI', 'fi');
    const reply = await t.reply('plan', { user: 'UFI', channel: 'C2' });
    expect(reply.text).toBe(
      'Suunnitelma on julkaistu tällä kanavalla Markdown-tiedostona, ja sille on luotu canvas.',
    );
    expectGolden('full.fi.md', lastUpload(t).text);
  });

  it('says what is missing in a new strategy rather than leaving blanks', async () => {
    await t.reply('start Launch', { user: 'U1' });
    await t.reply('plan', { user: 'U1' });
    const { text } = lastUpload(t);
    expectGolden('empty.en.md', text);
    expect(text).toContain('The readiness analysis has not been done yet');
    expect(text).toContain('Owner: none yet. Assign one with `/smstrategy assign listening @user`.');
    expect(text).toContain('No metrics yet');
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
      'The plan is posted in this channel as a Markdown file, and its canvas is created.',
    );
    const { text } = lastUpload(t);
    // The revision still counts, its answers read as none; the entries still say who did what.
    expect(text).toContain('Analysis revision 1, saved by Maria Virtanen on 2026-11-26.');
    expect(text).toContain('1. **Why** (Missing)');
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
      'The plan is posted in this channel as a Markdown file, and its canvas is up to date.',
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
    expect(reply.text).toContain('its canvas is created');
    const created = t.standIn.callsOf('canvases.create');
    expect(created).toHaveLength(2);
    const stored = await t.app.db.selectFrom('plan_canvases').select('canvas_id').execute();
    expect(stored).toEqual([{ canvas_id: created[1]!.result!.canvas_id }]);
  });

  it.each([
    ['free_team_not_allowed', 'U1', 'I could not keep it as a canvas: canvases need a paid Slack plan.'],
    [
      'not_allowed',
      'UFI',
      'Canvasia en voinut pitää ajan tasalla: tämä työtila ei salli sovellusten luoda canvaseja.',
    ],
    ['missing_scope', 'U1', 'the canvases:write scope'],
  ])(
    'still posts the file when canvases are refused (%s) and tells the caller why',
    async (error, user, why) => {
      await t.reply('start Renovation 2027', { user: 'U1' });
      t.standIn.fail('canvases.create', { error });
      const reply = await t.reply('plan', { user });
      expect(reply.response_type).toBe('ephemeral');
      expect(reply.text).toContain(why);
      expect(t.standIn.callsOf('files.completeUploadExternal')).toHaveLength(1);
      expect(lastUpload(t).text).toContain('# Renovation 2027: the social media strategy plan');
      await t.app.idle();
      expect(await t.app.db.selectFrom('plan_canvases').selectAll().execute()).toEqual([]);
    },
  );

  it('tells the caller to invite the app when it cannot post in the channel', async () => {
    await t.reply('start Renovation 2027', { user: 'U1' });
    t.standIn.fail('files.completeUploadExternal', { error: 'not_in_channel' });
    const reply = await t.reply('plan', { user: 'U1' });
    expect(reply.response_type).toBe('ephemeral');
    expect(reply.text).toBe(
      'I could not post the plan in <#C1>: invite me there with `/invite @smstrategy` and run `/smstrategy plan` again.',
    );
    await t.app.idle();
    expect(t.standIn.callsOf('canvases.create')).toHaveLength(0);
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
