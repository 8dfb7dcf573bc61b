import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { FORGET_USAGE, forgetUserCommand } from '../../src/forget-cli.js';
import { createLogger } from '../../src/logger.js';
import { submitAssessment } from '../../src/services/assessments.js';
import { addMetric, recordCheckin } from '../../src/services/metrics.js';
import { findStrategyByChannel } from '../../src/storage/strategies.js';
import { lastUpload, serviceDeps } from '../plan/support.js';
import { appForEachTest } from '../support/app-per-test.js';
import type { TestApp } from '../support/harness.js';

// forget-user removes one person's personal data; what they wrote or owned stays, by a former
// member. The check reads the live schema, so a table added later is searched too.

const GONE = { id: 'U2', name: 'Olli Lähtevä' };
const t = appForEachTest({
  users: [
    { id: 'U1', locale: 'en-US', tz: 'Europe/Helsinki', name: 'Maria Virtanen' },
    { id: GONE.id, locale: 'en-US', tz: 'Europe/Helsinki', name: GONE.name },
    { id: 'U3', locale: 'en-US', tz: 'Europe/Helsinki', name: 'Aino Aalto' },
    { id: 'UFI', locale: 'en-US', tz: 'Europe/Helsinki', name: 'Pekka Niemi', chosenLanguage: 'fi' },
  ],
});

/** Leaves a trace of U2 wherever the app keeps one. */
async function everywhere(t: TestApp): Promise<void> {
  const deps = serviceDeps(t);
  // U1's strategy: U2 owns a phase and a metric, reports a value, answers and is mentioned.
  await t.reply('start Launch', { user: 'U1' });
  await t.reply(`assign listening <@${GONE.id}>`, { user: 'U1' });
  await t.reply('assign goals <@U3>', { user: 'U1' });
  const launch = (await findStrategyByChannel(t.app.db, { teamId: 'T1' }, 'C1'))!;
  const admin = { userId: 'U1', isWorkspaceAdmin: false };
  const revised = await submitAssessment(deps, {
    teamId: 'T1',
    strategyId: launch.id,
    actor: admin,
    answers: {
      why: { text: `To grow. <@${GONE.id}> and <@U3> agreed.`, rating: 'clear' },
      ownership: { text: 'Marketing', rating: 'clear', owner: GONE.id },
    },
  });
  expect(revised.kind).toBe('revised');
  const metric = await addMetric(deps, {
    strategy: launch,
    actor: admin,
    metric: {
      name: 'Followers',
      unit: '',
      baseline: 100,
      target: 200,
      targetDate: '2027-06-30',
      ownerId: GONE.id,
      direction: 'up',
      cadence: 'weekly',
    },
  });
  if (metric.kind !== 'created') throw new Error('metric not created');
  await recordCheckin(deps, {
    strategy: launch,
    reportedBy: GONE.id,
    at: t.clock.now(),
    values: [{ metricId: metric.metric.id, value: 120, comment: 'Counted by hand' }],
  });
  await recordCheckin(deps, {
    strategy: launch,
    reportedBy: 'U3',
    at: new Date(t.clock.now().getTime() + 8 * 86_400_000),
    values: [{ metricId: metric.metric.id, value: 130 }],
  });
  // U2's own strategy: they started it (creator, admin), and left a draft of the analysis.
  await t.reply('start Side project', { user: GONE.id, channel: 'C2' });
  await t.reply('language fi', { user: GONE.id, channel: 'C2' });
  const side = (await findStrategyByChannel(t.app.db, { teamId: 'T1' }, 'C2'))!;
  const draft = await submitAssessment(deps, {
    teamId: 'T1',
    strategyId: side.id,
    actor: { userId: GONE.id, isWorkspaceAdmin: false },
    answers: { pitch: { text: 'x'.repeat(141), rating: 'clear' } },
  });
  expect(draft.kind).toBe('invalid');
  // Their language, their name as Slack showed it, and their departure.
  await t.chooseLanguage(GONE.id, 'fi');
  await t.reply('plan', { user: 'U1' });
  await t.setDeactivated(GONE.id);
  await t.app.idle();
}

/** Every text cell of every table, as the database itself lists them. */
async function everyCell(t: TestApp): Promise<{ at: string; text: string }[]> {
  const listed = await t.app.db.introspection.getTables();
  // On PostgreSQL each test has its own schema; the others' tables are not this app's.
  const schema = listed.some((x) => x.schema !== undefined)
    ? (await sql<{ s: string }>`select current_schema() as s`.execute(t.app.db)).rows[0]!.s
    : undefined;
  const tables = listed.filter((x) => schema === undefined || x.schema === schema);
  expect(tables.map((x) => x.name)).toEqual(
    expect.arrayContaining(['strategies', 'audit_events', 'departed_users']),
  );
  const cells: { at: string; text: string }[] = [];
  for (const table of tables) {
    const rows = (await t.app.db
      .selectFrom(table.name as 'strategies')
      .selectAll()
      .execute()) as unknown as Record<string, unknown>[];
    for (const row of rows)
      for (const [column, value] of Object.entries(row))
        if (typeof value === 'string') cells.push({ at: `${table.name}.${column}`, text: value });
  }
  return cells;
}

const mentionsGone = (text: string) =>
  new RegExp(`(?<![A-Za-z0-9])${GONE.id}(?![A-Za-z0-9])`).test(text) || text.includes(GONE.name);

describe('npm run cli -- forget-user', () => {
  it('leaves nothing of the person in any table, and keeps what they did as a former member', async () => {
    await everywhere(t);
    const before = await everyCell(t);
    // The setup left them in every kind of place the command has to reach.
    const places = new Set(before.filter((c) => mentionsGone(c.text)).map((c) => c.at));
    expect([...places]).toEqual(
      expect.arrayContaining([
        'strategies.created_by',
        'strategy_admins.user_id',
        'audit_events.actor_id',
        'audit_events.after_json',
        'assessment_revisions.answers_json',
        'assessment_drafts.user_id',
        'phases.owner_id',
        'metrics.owner_id',
        'checkins.reported_by',
        'user_names.user_id',
        'user_names.name',
        'user_languages.user_id',
        'departed_users.user_id',
      ]),
    );

    const result = await forgetUserCommand(
      t.app.db,
      ['--team', 'T1', '--user', GONE.id],
      t.clock,
      createLogger('silent'),
    );
    expect(result).toMatchObject({ code: 0 });

    const after = await everyCell(t);
    expect(after.filter((c) => mentionsGone(c.text))).toEqual([]);
    // Everyone else is as they were.
    expect(after.filter((c) => c.text === 'Maria Virtanen' || c.text === 'Aino Aalto')).toHaveLength(2);
    const answers = await t.app.db.selectFrom('assessment_revisions').select('answers_json').execute();
    expect(answers.map((a) => JSON.parse(a.answers_json))).toContainEqual(
      expect.objectContaining({
        why: expect.objectContaining({ text: 'To grow. <@former-member> and <@U3> agreed.' }),
        ownership: expect.objectContaining({ owner: 'former-member' }),
      }),
    );
    const phases = await t.app.db
      .selectFrom('phases')
      .select(['key', 'owner_id'])
      .where('key', 'in', ['listening', 'goals'])
      .execute();
    expect(phases).toEqual(
      expect.arrayContaining([
        { key: 'listening', owner_id: null },
        { key: 'goals', owner_id: 'U3' },
      ]),
    );
    const checkins = await t.app.db
      .selectFrom('checkins')
      .select(['reported_by', 'comment'])
      .orderBy('period')
      .execute();
    expect(checkins).toEqual([
      { reported_by: 'former-member', comment: 'Counted by hand' },
      { reported_by: 'U3', comment: null },
    ]);
    const drafts = await t.app.db.selectFrom('assessment_drafts').select('user_id').execute();
    expect(drafts).toEqual([{ user_id: 'former-member' }]);
    const languages = await t.app.db.selectFrom('user_languages').select('user_id').execute();
    expect(languages).toEqual([{ user_id: 'UFI' }]);
    const audit = await t.app.db
      .selectFrom('audit_events')
      .select(['actor_id', 'subject'])
      .where('action', '=', 'user.forgotten')
      .execute();
    expect(audit).toEqual([{ actor_id: 'operator', subject: null }]);

    // The plan names the former member as such; the metric they owned asks for a new owner.
    await t.reply('plan', { user: 'U1' });
    const plan = lastUpload(t).text;
    // The measurement plan's owner cell: the name, then the metric's cadence.
    expect(plan).toContain('| former member (');
    expect(mentionsGone(plan)).toBe(false);
    await t.reply('plan', { user: 'UFI', channel: 'C2' });
    expect(lastUpload(t).text).toContain('Aloittanut entinen jäsen');
    expect(await t.app.db.selectFrom('departed_users').select('user_id').execute()).toEqual([
      { user_id: 'former-member' },
    ]);
  });

  it('does it twice without harm, and refuses what is not a Slack user id', async () => {
    await everywhere(t);
    const run = (argv: string[]) => forgetUserCommand(t.app.db, argv, t.clock, createLogger('silent'));
    expect(await run(['--team', 'T1', '--user', GONE.id])).toMatchObject({ code: 0 });
    expect(await run(['--team', 'T1', '--user', GONE.id])).toEqual({
      code: 0,
      output: `forgot ${GONE.id} in T1: 0 rows removed, 0 cells now naming a former member\n`,
    });
    expect(await run(['--team', 'T1', '--user', '%'])).toEqual({ code: 2, error: FORGET_USAGE });
    expect(await run(['--team', 'T1'])).toEqual({ code: 2, error: FORGET_USAGE });
  });
});
