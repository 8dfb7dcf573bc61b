import { describe, expect, it } from 'vitest';
import { buildPlan, planSections } from '../../src/domain/plan.js';
import { fingerprintSections, planVersion } from '../../src/domain/plan-version.js';
import { scenario } from './fixtures.js';

// A plan is a new version only when what the team entered changed, and it says which parts did.

const today = '2026-12-02';
const sectionsOf = (input: ReturnType<typeof scenario>) =>
  fingerprintSections(planSections(buildPlan(input)));

describe('plan versions', () => {
  it('starts at version 1 with nothing changed before it', () => {
    expect(planVersion(undefined, sectionsOf(scenario('empty', 'en')), today)).toEqual({
      number: 1,
      date: today,
      changed: [],
      isNew: true,
    });
  });

  it('keeps the number, date and changes of the latest version while the content is the same', () => {
    const current = sectionsOf(scenario('full', 'en'));
    const latest = { version: 4, ...current, changed: ['goals' as const], date: '2026-11-30' };
    expect(planVersion(latest, current, today)).toEqual({
      number: 4,
      date: '2026-11-30',
      changed: ['goals'],
      isNew: false,
    });
  });

  it('does not count the passing of time or newly reported figures as a change', () => {
    const input = scenario('full', 'en');
    const later = {
      ...input,
      now: new Date('2026-12-20T10:00:00Z'),
      metrics: input.metrics.map((o) => ({
        ...o,
        trend: { ...o.trend, latest: { period: '2026-W51', value: 1500 } },
      })),
      content: {
        ...input.content!,
        channels: input.content!.channels.map((c) => ({ ...c, lastActivity: undefined })),
      },
    };
    expect(sectionsOf(later).fingerprint).toBe(sectionsOf(input).fingerprint);
  });

  it('makes the next version when something entered changed, naming the parts that changed', () => {
    const input = scenario('full', 'en');
    const before = sectionsOf(input);
    const latest = { version: 2, ...before, changed: [], date: '2026-11-30' };
    const changed = {
      ...input,
      content: {
        ...input.content!,
        actions: input.content!.actions.map((a, i) => (i === 1 ? { ...a, done: true } : a)),
        fields: { ...input.content!.fields, content: { ...input.content!.fields.content, tone: 'Warm' } },
      },
    };
    expect(planVersion(latest, sectionsOf(changed), today)).toEqual({
      number: 3,
      date: today,
      changed: ['content', 'action_plan'],
      isNew: true,
    });
  });
});
