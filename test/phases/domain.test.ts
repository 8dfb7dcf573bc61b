import { describe, expect, it } from 'vitest';
import { addDays, localDate, parseLocalDate } from '../../src/domain/dates.js';
import {
  changedFields,
  emptyPhase,
  parseDeliverableUrl,
  phaseTiming,
  resolvePhase,
} from '../../src/domain/phases.js';
import { PHASE_NAMES } from '../../src/slack/phases.js';

describe('resolvePhase', () => {
  it.each([
    ['listening', 'listening'],
    ['Listening', 'listening'],
    ['kuuntelu', 'listening'],
    ['KUUNTELU', 'listening'],
    ['1', 'listening'],
    ['8', 'action_plan'],
    ['action_plan', 'action_plan'],
    ['action plan', 'action_plan'],
    ['Goal setting', 'goals'],
    ['Läsnäolomallin määrittely', 'presence'],
    ['lasnaolomallin maarittely', 'presence'],
    ['Käytettävien palveluiden valinta', 'channels'],
    ['Organisation and budget', 'organisation'],
  ])('%s → %s', (input, key) => {
    expect(resolvePhase(input, PHASE_NAMES)).toEqual({ kind: 'found', key });
  });

  it('suggests the closest phase for a typo', () => {
    expect(resolvePhase('lisening', PHASE_NAMES)).toEqual({ kind: 'unknown', suggestion: 'listening' });
    expect(resolvePhase('kuuntelo', PHASE_NAMES)).toEqual({ kind: 'unknown', suggestion: 'listening' });
    expect(resolvePhase('mesurement', PHASE_NAMES)).toEqual({ kind: 'unknown', suggestion: 'measurement' });
  });

  it('does not guess when nothing is close, and numbers outside 1–8 are unknown', () => {
    expect(resolvePhase('xyzzyplugh', PHASE_NAMES)).toEqual({ kind: 'unknown', suggestion: undefined });
    expect(resolvePhase('9', PHASE_NAMES).kind).toBe('unknown');
    expect(resolvePhase('0', PHASE_NAMES).kind).toBe('unknown');
  });
});

describe('dates', () => {
  it('accepts only calendar dates that exist', () => {
    expect(parseLocalDate('2026-12-01')).toBe('2026-12-01');
    expect(parseLocalDate('2028-02-29')).toBe('2028-02-29');
    expect(parseLocalDate('2026-02-30')).toBeUndefined();
    expect(parseLocalDate('2027-02-29')).toBeUndefined();
    expect(parseLocalDate('2026-13-01')).toBeUndefined();
    expect(parseLocalDate('1.12.2026')).toBeUndefined();
    expect(parseLocalDate('tomorrow')).toBeUndefined();
  });

  it("takes today's date in the strategy's time zone", () => {
    const instant = new Date('2026-11-30T22:30:00Z');
    expect(localDate(instant, 'Europe/Helsinki')).toBe('2026-12-01');
    expect(localDate(instant, 'UTC')).toBe('2026-11-30');
    expect(localDate(instant, 'America/New_York')).toBe('2026-11-30');
  });

  it('adds calendar days across month, year and daylight-saving changes', () => {
    expect(addDays('2026-12-28', 7)).toBe('2027-01-04');
    expect(addDays('2027-03-25', 7)).toBe('2027-04-01');
  });

  it('flags overdue and due within a week, never for a finished phase', () => {
    const today = '2026-11-26';
    expect(phaseTiming({ dueDate: '2026-11-25', status: 'in_progress' }, today)).toBe('overdue');
    expect(phaseTiming({ dueDate: '2026-11-25', status: 'done' }, today)).toBe('none');
    expect(phaseTiming({ dueDate: '2026-11-26', status: 'not_started' }, today)).toBe('due_soon');
    expect(phaseTiming({ dueDate: '2026-12-03', status: 'blocked' }, today)).toBe('due_soon');
    expect(phaseTiming({ dueDate: '2026-12-04', status: 'blocked' }, today)).toBe('later');
    expect(phaseTiming({ dueDate: null, status: 'blocked' }, today)).toBe('none');
  });
});

describe('deliverable links and mentions', () => {
  it('accepts http(s) links only', () => {
    expect(parseDeliverableUrl(' https://docs.example.com/plan ')).toBe('https://docs.example.com/plan');
    expect(parseDeliverableUrl('http://intra/x')).toBe('http://intra/x');
    expect(parseDeliverableUrl('ftp://example.com/plan')).toBeUndefined();
    expect(parseDeliverableUrl('javascript:alert(1)')).toBeUndefined();
    expect(parseDeliverableUrl('docs.example.com')).toBeUndefined();
    expect(parseDeliverableUrl('https://a.example/ b')).toBeUndefined();
    expect(parseDeliverableUrl(`https://example.com/${'x'.repeat(500)}`)).toBeUndefined();
  });

  it('lists the fields that changed', () => {
    const before = emptyPhase('S', 'T', 'goals');
    expect(changedFields(before, { ...before, ownerId: 'U1', status: 'done' })).toEqual([
      'ownerId',
      'status',
    ]);
    expect(changedFields(before, before)).toEqual([]);
  });
});
