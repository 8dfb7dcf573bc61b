import { describe, expect, it } from 'vitest';
import { emptyPhase } from '../../src/domain/phases.js';
import {
  type AuditLine,
  buildPlan,
  PLAN_CHANGES,
  type PlanInput,
  planUserIds,
} from '../../src/domain/plan.js';
import { computeReadiness } from '../../src/domain/readiness.js';
import { DEFAULT_SETTINGS } from '../../src/domain/schedule.js';
import type { Strategy } from '../../src/domain/strategy.js';
import { planJson, planMarkdown } from '../../src/views/plan.js';

const strategy: Strategy = {
  id: 'S1',
  teamId: 'T1',
  channelId: 'C1',
  name: 'Launch',
  language: 'en',
  timeZone: 'Europe/Helsinki',
  workingDays: [1, 2, 3, 4, 5],
  state: 'paused',
  createdBy: 'U1',
  createdAt: new Date('2026-11-20T10:00:00Z'),
  updatedAt: new Date('2026-11-20T10:00:00Z'),
  admins: ['U1', 'U9'],
};

function input(over: Partial<PlanInput> = {}): PlanInput {
  return {
    strategy,
    // 23:30 UTC is already the next day in Helsinki.
    now: new Date('2026-11-26T23:30:00Z'),
    readiness: undefined,
    phases: [],
    metrics: [],
    schedule: { settings: { ...DEFAULT_SETTINGS, timeZone: 'Europe/Helsinki' }, paused: true },
    audit: [],
    names: new Map([['U1', 'Maria']]),
    ...over,
  };
}

const line = (n: number, action: string, extra: Partial<AuditLine> = {}): AuditLine => ({
  at: Date.UTC(2026, 10, 26, 12, n),
  actorId: 'U1',
  action,
  subject: null,
  before: null,
  after: null,
  ...extra,
});

describe('buildPlan', () => {
  it('dates the plan in the strategy’s time zone and lists all eight phases even without rows', () => {
    const doc = buildPlan(input());
    expect(doc.date).toBe('2026-11-27');
    expect(doc.phases.map((p) => p.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(doc.phases.every((p) => p.owner === null && p.status === 'not_started')).toBe(true);
    expect(doc.readiness).toBeNull();
    expect(doc.schedule.paused).toBe(true);
  });

  it('names people by display name and says when a name was never seen', () => {
    const doc = buildPlan(input());
    expect(doc.strategy.admins).toEqual([
      { id: 'U1', name: 'Maria' },
      { id: 'U9', name: null },
    ]);
    const md = planMarkdown(doc);
    expect(md).toContain('Admins: Maria, U9 (name not known yet).');
    expect(md).toContain('The scheduled messages are paused');
  });

  it('turns mentions typed into answers and notes into names', () => {
    const answers = { why: { text: 'Ask <@U1> or <@U7|olli>.', rating: 'clear' as const } };
    const phases = [{ ...emptyPhase('S1', 'T1', 'listening'), notes: 'With <@U1>.' }];
    const summary = {
      readiness: computeReadiness(answers),
      judgements: {},
      addressed: [],
      revision: 1,
      updatedBy: 'U1',
      updatedAt: new Date('2026-11-25T10:00:00Z'),
    };
    const base = input({ readiness: { summary, answers }, phases });
    expect(planUserIds(base)).toEqual(['U1', 'U7', 'U9']);
    const doc = buildPlan(base);
    expect(doc.readiness!.answers[0]!.text).toBe('Ask @Maria or @U7.');
    expect(doc.phases[0]!.notes).toBe('With @Maria.');
    expect(planMarkdown(doc)).not.toContain('<@');
  });

  it('lists the latest changes, newest first, without anyone’s private drafts', () => {
    const audit = [
      line(50, 'assessment.draft_saved', { actorId: 'U5' }),
      ...Array.from({ length: 12 }, (_, i) =>
        line(40 - i, 'phase.updated', { subject: 'goals', after: { status: 'done' } }),
      ),
    ];
    const doc = buildPlan(input({ audit }));
    expect(doc.changes).toHaveLength(PLAN_CHANGES);
    expect(doc.changes[0]).toEqual({
      at: '2026-11-26 14:40',
      actor: { id: 'U1', name: 'Maria' },
      change: { kind: 'phase_updated', phase: 'goals', fields: ['status'] },
    });
    expect(planUserIds(input({ audit }))).not.toContain('U5');
  });

  it('names a metric in the trail by its current name, an archived one too', () => {
    const doc = buildPlan(
      input({
        metricNames: new Map([['M1', 'Followers']]),
        audit: [
          line(3, 'metric.archived', { subject: 'M1', before: { archivedAt: null } }),
          line(2, 'checkin.replaced', { subject: 'M1', after: { period: '2026-W48', value: 7 } }),
          line(1, 'metric.created', { subject: 'M1', after: { name: 'Followers' } }),
        ],
      }),
    );
    expect(doc.changes.map((c) => c.change)).toEqual([
      { kind: 'metric_archived', metric: 'Followers' },
      { kind: 'checkin_replaced', metric: 'Followers', period: '2026-W48', value: 7 },
      { kind: 'metric_created', metric: 'Followers' },
    ]);
  });

  it('renders the same document as JSON', () => {
    const doc = buildPlan(input());
    expect(JSON.parse(planJson(doc))).toEqual(JSON.parse(JSON.stringify(doc)));
    expect(planJson(doc).endsWith('}\n')).toBe(true);
  });
});
