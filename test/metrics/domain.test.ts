import { describe, expect, it } from 'vitest';
import { findMetricByName, type Metric, type MetricDraft, validateMetric } from '../../src/domain/metric.js';
import { canEditMetric } from '../../src/domain/permissions.js';
import type { Strategy } from '../../src/domain/strategy.js';

const strategy: Strategy = {
  id: 's1',
  teamId: 'T1',
  channelId: 'C1',
  name: 'Launch',
  language: 'en',
  timeZone: 'Europe/Helsinki',
  workingDays: [1, 2, 3, 4, 5],
  state: 'active',
  createdBy: 'UADMIN',
  createdAt: new Date('2026-11-01T00:00:00Z'),
  updatedAt: new Date('2026-11-01T00:00:00Z'),
  admins: ['UADMIN'],
};
const metric = (name: string, ownerId = 'UOWNER') => ({ id: name, name, ownerId }) as Metric;

describe('metric permissions', () => {
  it('lets strategy admins, workspace admins and the owner edit; nobody else', () => {
    const m = metric('Followers');
    expect(canEditMetric(strategy, { userId: 'UADMIN', isWorkspaceAdmin: false }, m)).toBe(true);
    expect(canEditMetric(strategy, { userId: 'UWS', isWorkspaceAdmin: true }, m)).toBe(true);
    expect(canEditMetric(strategy, { userId: 'UOWNER', isWorkspaceAdmin: false }, m)).toBe(true);
    expect(canEditMetric(strategy, { userId: 'UOTHER', isWorkspaceAdmin: false }, m)).toBe(false);
  });
});

describe('validateMetric', () => {
  const draft: MetricDraft = {
    name: ' Newsletter   subscribers ',
    unit: 'subs',
    baseline: '1 200',
    target: '2 000,5',
    targetDate: '2027-03-31',
    ownerId: 'U1',
    direction: 'up',
    cadence: undefined,
  };
  const context = { today: '2026-11-26', otherNames: ['Followers'] };

  it('reads a good draft, weekly by default', () => {
    expect(validateMetric(draft, context)).toEqual({
      ok: true,
      metric: {
        name: 'Newsletter subscribers',
        unit: 'subs',
        baseline: 1200,
        target: 2000.5,
        targetDate: '2027-03-31',
        ownerId: 'U1',
        direction: 'up',
        cadence: 'weekly',
      },
    });
  });

  it('names each problem on its own field', () => {
    const result = validateMetric(
      {
        ...draft,
        name: 'followers',
        baseline: 'abc',
        target: '',
        targetDate: '2026-11-25',
        direction: undefined,
      },
      context,
    );
    expect(result).toEqual({
      ok: false,
      problems: {
        name: 'duplicate',
        baseline: 'not_a_number',
        target: 'required',
        targetDate: 'date_in_past',
        direction: 'required',
      },
    });
    expect(validateMetric({ ...draft, target: '1200' }, context)).toMatchObject({
      problems: { target: 'same_as_baseline' },
    });
  });

  it('accepts today as the target date', () => {
    expect(validateMetric({ ...draft, targetDate: '2026-11-26' }, context).ok).toBe(true);
  });

  it('lets an edit keep a target date that has passed, but not pick another past one', () => {
    const editing = { ...context, currentTargetDate: '2026-10-01' };
    expect(validateMetric({ ...draft, targetDate: '2026-10-01' }, editing).ok).toBe(true);
    expect(validateMetric({ ...draft, targetDate: '2026-10-02' }, editing)).toMatchObject({
      problems: { targetDate: 'date_in_past' },
    });
  });
});

describe('findMetricByName', () => {
  const metrics = [metric('Newsletter subscribers'), metric('Vastausaika')];
  it('ignores case and diacritics and suggests on a typo', () => {
    expect(findMetricByName(metrics, 'newsletter SUBSCRIBERS')).toMatchObject({ kind: 'found' });
    expect(findMetricByName(metrics, 'Vastausäika')).toMatchObject({ kind: 'found' });
    expect(findMetricByName(metrics, 'Vastausaiak')).toEqual({ kind: 'missing', suggestion: 'Vastausaika' });
  });
});
