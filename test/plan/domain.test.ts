import { describe, expect, it } from 'vitest';
import type { PhaseContent } from '../../src/domain/phase-content.js';
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

  it('says what each edit of the strategy was, in both languages, never just "another change"', () => {
    const content: PhaseContent = {
      fields: {},
      goals: [],
      channels: [
        {
          id: 'R1',
          service: 'Instagram',
          handle: '@remontti',
          audience: '',
          purpose: '',
          cadence: 'weekly' as const,
        },
      ],
      actions: [],
    };
    const audit = [
      line(9, 'goal.added', { subject: 'G1', after: { text: 'More newsletter subscribers', metricIds: [] } }),
      line(8, 'action.removed', { subject: 'A1', before: { what: 'Open the account', ownerId: null } }),
      line(7, 'channel.updated', { subject: 'R1', after: { service: 'Instagram', handle: '@remontti' } }),
      line(6, 'channel.activity', { subject: 'R1', after: { period: '2026-W48', posted: true } }),
      line(5, 'phase.content_updated', { subject: 'organisation', after: { monthly_budget: '500' } }),
      line(4, 'admin.added', { subject: 'U9' }),
      line(3, 'strategy.settings_changed', { after: { name: 'Launch' } }),
      line(2, 'strategy.archived'),
      line(1, 'api_token.created', { subject: 'K1', after: { label: 'GA4 export' } }),
      line(0, 'api_token.revoked', { subject: 'K1', before: { label: 'GA4 export' } }),
    ].slice(0, PLAN_CHANGES);
    const names = new Map([
      ['U1', 'Maria'],
      ['U9', 'Olli'],
    ]);
    expect(planUserIds(input({ audit, content }))).toContain('U9');
    const en = planMarkdown(buildPlan(input({ audit, content, names })));
    const fi = planMarkdown(
      buildPlan(input({ audit, content, names, strategy: { ...strategy, language: 'fi' } })),
    );
    for (const [md, expected] of [
      [
        en,
        [
          'Maria: added the goal “More newsletter subscribers”',
          'Maria: removed the action “Open the account”',
          'Maria: edited the channel Instagram @remontti in the register',
          'Maria: recorded the latest activity of Instagram @remontti',
          'Maria: changed Organisation and budget',
          'Maria: made Olli an admin of the strategy',
          "Maria: changed the strategy's settings",
          'Maria: archived the strategy',
          'Maria: created the API token “GA4 export”',
          'Maria: revoked the API token “GA4 export”',
        ],
      ],
      [
        fi,
        [
          'Maria: lisäsi tavoitteen ”More newsletter subscribers”',
          'Maria: poisti toimenpiteen ”Open the account”',
          'Maria: muokkasi kanavan Instagram @remontti tietoja',
          'Maria: kirjasi kanavan Instagram @remontti viimeisimmän toiminnan',
          'Maria: lisäsi käyttäjän Olli strategian ylläpitäjäksi',
          'Maria: muutti strategian asetuksia',
          'Maria: arkistoi strategian',
          'Maria: loi API-avaimen ”GA4 export”',
        ],
      ],
    ] as const) {
      for (const text of expected.slice(0, PLAN_CHANGES)) expect(md).toContain(text);
      expect(md).not.toContain('another change');
      expect(md).not.toContain('muun muutoksen');
    }
  });

  it('renders the same document as JSON', () => {
    const doc = buildPlan(input());
    expect(JSON.parse(planJson(doc))).toEqual(JSON.parse(JSON.stringify(doc)));
    expect(planJson(doc).endsWith('}\n')).toBe(true);
  });
});
