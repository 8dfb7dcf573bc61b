import { describe, expect, it } from 'vitest';
import type { DigestData } from '../../src/domain/digest.js';
import { messages } from '../../src/i18n/index.js';
import { plurals } from '../../src/i18n/plural.js';
import { digestMessage } from '../../src/views/scheduled.js';

const en = messages('en');
const fi = messages('fi');

describe('texts that carry a count', () => {
  it('pick the form by the language’s plural rules, not by count === 1', () => {
    const english = plurals('en');
    const forms = { one: 'one form', other: 'other form' };
    expect([0, 1, 2, 21, 1.5].map((n) => english(n, forms))).toEqual([
      'other form',
      'one form',
      'other form',
      'other form',
      'other form',
    ]);
    // A category the text does not write falls back to `other`.
    expect(plurals('pl')(3, { one: 'x', other: 'fallback' })).toBe('fallback');
  });

  it('say how many values a check-in saved', () => {
    expect([0, 1, 2].map(en.metrics.checkinSaved)).toEqual([
      'Thanks! 0 values saved.',
      'Thanks! 1 value saved.',
      'Thanks! 2 values saved.',
    ]);
    expect([0, 1, 2].map(fi.metrics.checkinSaved)).toEqual([
      'Kiitos! 0 arvoa tallennettu.',
      'Kiitos! 1 arvo tallennettu.',
      'Kiitos! 2 arvoa tallennettu.',
    ]);
  });

  it('count what a cut list leaves out', () => {
    expect(fi.metrics.moreMetrics(1)).toBe('…ja 1 muu.');
    expect(fi.metrics.moreMetrics(3)).toBe('…ja 3 muuta.');
    expect(fi.phase.home.more(1)).toMatch(/^…ja 1 muu\. /);
    expect(fi.phase.home.more(2)).toMatch(/^…ja 2 muuta\. /);
    expect(en.metrics.moreMetrics(1)).toBe('…and 1 more.');
    expect(en.phase.home.more(4)).toMatch(/^…and 4 more\. /);
  });

  it('count characters in every length limit', () => {
    expect(en.start.nameTooLong(1)).toBe('The name can be at most 1 character. Nothing was created.');
    expect(en.start.nameTooLong(80)).toBe('The name can be at most 80 characters. Nothing was created.');
    expect(fi.start.nameTooLong(1)).toBe('Nimi voi olla enintään 1 merkki. Mitään ei luotu.');
    expect(fi.start.nameTooLong(80)).toBe('Nimi voi olla enintään 80 merkkiä. Mitään ei luotu.');
    expect([en.metrics.problems.tooLong(1), fi.metrics.problems.tooLong(1)]).toEqual([
      'At most 1 character.',
      'Enintään 1 merkki.',
    ]);
    expect([en.assessment.pitchHint(140), fi.assessment.pitchHint(140)]).toEqual([
      'At most 140 characters.',
      'Enintään 140 merkkiä.',
    ]);
    expect(fi.assessment.pitchTooLong(2, 1)).toBe(
      'Hissitarinassa on 2 merkkiä; enintään 1 on sallittu. Lyhennä 1 merkillä.',
    );
    expect(en.assessment.pitchTooLong(1, 0)).toBe(
      'The pitch is 1 character; it can be at most 0. Shorten it by 1.',
    );
    expect([en.phase.notesTooLong(1), fi.phase.notesTooLong(1)]).toEqual([
      'Notes can be at most 1 character. Nothing was changed.',
      'Muistiinpanot voivat olla enintään 1 merkki. Mitään ei muutettu.',
    ]);
    expect([en.phase.modal.notesHint(2000), fi.phase.modal.notesHint(2000)]).toEqual([
      'Up to 2000 characters.',
      'Enintään 2000 merkkiä.',
    ]);
  });

  it('end a Finnish digest’s cut list with “ja 1 muu” or “ja 2 muuta”', () => {
    const digest = (overdue: number): DigestData => ({
      strategyId: 's1',
      strategyName: 'Launch',
      channelId: 'C1',
      language: 'fi',
      phases: {
        done: 0,
        total: 8,
        dueSoon: [],
        overdue: Array.from({ length: overdue }, (_, i) => ({
          phase: 'listening',
          ownerId: `U${i}`,
          due: '2026-11-20',
        })),
      },
    });
    // The digest shows ten lines of a list.
    expect(JSON.stringify(digestMessage(digest(11)).blocks)).toContain('…ja 1 muu');
    expect(JSON.stringify(digestMessage(digest(11)).blocks)).not.toContain('muuta');
    expect(JSON.stringify(digestMessage(digest(12)).blocks)).toContain('…ja 2 muuta');
  });
});
