import type {
  KyselyPlugin,
  PluginTransformQueryArgs,
  PluginTransformResultArgs,
  QueryResult,
  RootOperationNode,
  UnknownRow,
} from 'kysely';
import { describe, expect, it } from 'vitest';
import type { Checkin } from '../../src/domain/metric.js';
import { findLatestRevision, insertRevision, upsertDraft } from '../../src/storage/assessments.js';
import { insertMetric, listCheckins, listMetrics, upsertCheckin } from '../../src/storage/metrics.js';
import { readAssessment, readStatus } from '../../src/storage/overview.js';
import { listPhases, updatePhase } from '../../src/storage/phases.js';
import { listSchedules, pauseSchedule } from '../../src/storage/schedules.js';
import { findStrategyByChannel, insertAdmin, listStrategies } from '../../src/storage/strategies.js';
import { appForEachTest } from '../support/app-per-test.js';
import { textOf, U1 } from '../support/harness.js';

/** The names kysely's JSON helpers give a nested query's rows. */
const NESTING = ['agg', 'obj'];

/** Counts the statements the app sends to the database, each named by the tables it reads. */
class StatementCount implements KyselyPlugin {
  private readonly tables = new Map<string, string>();
  statements: string[] = [];

  transformQuery({ node, queryId }: PluginTransformQueryArgs): RootOperationNode {
    // Called for every query built, nested ones too; only those executed reach transformResult.
    const names = JSON.stringify(node, (_, v) => (typeof v === 'bigint' ? Number(v) : v)).matchAll(
      /"kind":"TableNode","table":\{"kind":"SchemableIdentifierNode","identifier":\{"kind":"IdentifierNode","name":"(\w+)"/g,
    );
    this.tables.set(
      queryId.queryId,
      [...new Set([...names].map((m) => m[1]!))].filter((n) => !NESTING.includes(n)).join('+'),
    );
    return node;
  }

  async transformResult({ result, queryId }: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    this.statements.push(this.tables.get(queryId.queryId) ?? '?');
    return result;
  }
}

const count = new StatementCount();
const ADMIN = { ...U1, is_admin: true };
const scope = { teamId: 'T1' };

const t = appForEachTest({ users: [ADMIN], wrapDb: (db) => db.withPlugin(count) }, async (t) => {
  await t.reply('start Launch');
  const db = t.app.db;
  const strategy = (await findStrategyByChannel(db, scope, 'C1'))!;
  const at = t.clock.now().getTime();
  await insertAdmin(db, scope, strategy.id, 'U2', at + 1);
  await insertRevision(db, scope, {
    strategyId: strategy.id,
    revision: 1,
    answers: { audience: { text: 'Finnish "SMEs"\n\\ and ü', rating: 'partial' } },
    judgements: { reach: 'yes' },
    gapBasis: {},
    createdBy: 'U1',
    at,
  });
  await updatePhase(
    db,
    scope,
    strategy.id,
    'goals',
    { status: 'done', ownerId: 'U1', dueDate: '2026-12-24' },
    at,
  );
  for (const [name, baseline] of [
    ['Followers', 0.1 + 0.2],
    ['Reach ✓ "quoted"', 1e21],
  ] as const) {
    const id = `M-${name.length}`;
    await insertMetric(db, scope, {
      id,
      strategyId: strategy.id,
      name,
      unit: '%',
      baseline,
      target: 123456789.12345679,
      targetDate: '2027-06-30',
      ownerId: 'U1',
      direction: 'up',
      cadence: 'weekly',
      at,
    });
    for (const period of ['2026-W48', '2026-W47'])
      await upsertCheckin(db, scope, {
        id: `${id}-${period}`,
        metricId: id,
        period,
        value: -0.000123,
        reportedBy: 'U1',
        comment: period === '2026-W47' ? null : 'line\nbreak',
        confidence: period === '2026-W47' ? null : 'at_risk',
        source: { kind: 'modal' },
        at,
      });
  }
  await upsertDraft(db, scope, {
    strategyId: strategy.id,
    userId: 'U1',
    answers: { audience: { text: 'draft', rating: 'clear' } },
    judgements: {},
    at,
  });
  const schedules = await listSchedules(db, scope, strategy.id);
  await pauseSchedule(db, scope, schedules[0]!.id, 'channel_not_found', at);
});

/** The statements `run` sends, once the app has nothing left to do. */
async function statementsOf(run: () => Promise<unknown>): Promise<string[]> {
  await t.app.idle();
  count.statements = [];
  await run();
  await t.app.idle();
  return count.statements;
}

describe('statements per command', () => {
  it('status reads the caller’s language, the strategy with its admins, and what it shows: three statements', async () => {
    let reply: Record<string, unknown> = {};
    const statements = await statementsOf(async () => {
      reply = await t.reply('status');
    });
    expect(textOf(reply)).toContain('Followers');
    expect(statements).toEqual([
      'user_languages+strategies',
      'strategies+strategy_admins',
      'assessment_revisions+phases+metrics+checkins+schedules',
    ]);
  });

  it('assess reads the caller’s language, the strategy with its admins, and the analysis: three statements', async () => {
    const statements = await statementsOf(async () => {
      const { payload } = await t.command('assess');
      await t.standIn.waitFor('views.open', (a) => a.trigger_id === payload.trigger_id);
    });
    expect(statements).toEqual([
      'user_languages+strategies',
      'strategies+strategy_admins',
      'assessment_revisions+phases+assessment_drafts',
    ]);
  });
});

describe('reads nested in one statement', () => {
  it('give the same objects as the reads of each part alone', async () => {
    const db = t.app.db;
    const strategy = (await findStrategyByChannel(db, scope, 'C1'))!;
    expect(strategy.admins).toEqual(['U1', 'U2']);
    expect(await listStrategies(db, scope)).toEqual([strategy]);

    const status = await readStatus(db, scope, strategy.id);
    const metrics = await listMetrics(db, scope, strategy.id);
    // Check-ins come by period; the order of two metrics' check-ins of one period is the database's.
    const byMetric = (checkins: Checkin[]) =>
      [...checkins].sort((a, b) => a.metricId.localeCompare(b.metricId) || a.period.localeCompare(b.period));
    const checkins = await listCheckins(
      db,
      scope,
      metrics.map((m) => m.id),
    );
    expect({ ...status, checkins: byMetric(status.checkins) }).toEqual({
      latest: await findLatestRevision(db, scope, strategy.id),
      phases: await listPhases(db, scope, strategy.id),
      metrics,
      checkins: byMetric(checkins),
      schedules: await listSchedules(db, scope, strategy.id),
    });
    expect(status.checkins.map((c) => c.period)).toEqual(checkins.map((c) => c.period));
    // The values that JSON could bend come back exactly.
    expect(status.metrics.map((m) => m.baseline)).toEqual([0.1 + 0.2, 1e21]);
    expect(status.metrics[0]!.target).toBe(123456789.12345679);
    expect(status.checkins.map((c) => [c.period, c.value, c.comment])).toEqual([
      ['2026-W47', -0.000123, null],
      ['2026-W47', -0.000123, null],
      ['2026-W48', -0.000123, 'line\nbreak'],
      ['2026-W48', -0.000123, 'line\nbreak'],
    ]);
    expect(status.latest!.answers.audience!.text).toBe('Finnish "SMEs"\n\\ and ü');
    expect(status.schedules.filter((s) => s.paused).map((s) => s.pauseReason)).toEqual(['channel_not_found']);

    const assessment = await readAssessment(db, scope, strategy.id, 'U1');
    expect(assessment.latest).toEqual(status.latest);
    expect(assessment.phases).toEqual(status.phases);
    expect(assessment.draft?.answers).toEqual({ audience: { text: 'draft', rating: 'clear' } });
    expect((await readAssessment(db, scope, strategy.id, 'U2')).draft).toBeUndefined();
  });

  it('read nothing of another workspace', async () => {
    const strategy = (await findStrategyByChannel(t.app.db, scope, 'C1'))!;
    expect(await findStrategyByChannel(t.app.db, { teamId: 'T2' }, 'C1')).toBeUndefined();
    expect(await readStatus(t.app.db, { teamId: 'T2' }, strategy.id)).toEqual({
      latest: undefined,
      phases: await listPhases(t.app.db, { teamId: 'T2' }, strategy.id),
      metrics: [],
      checkins: [],
      schedules: [],
    });
  });
});
