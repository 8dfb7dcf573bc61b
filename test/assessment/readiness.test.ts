import { describe, expect, it } from 'vitest';
import { QUESTION_KEYS, type QuestionKey } from '../../src/domain/method.js';
import {
  type Answers,
  computeReadiness,
  gapsByPhase,
  MAX_SCORE,
  parseAnswers,
  type Rating,
  stepOf,
  validateAnswers,
} from '../../src/domain/readiness.js';

function answers(rating: Rating, overrides: Partial<Record<QuestionKey, Rating>> = {}): Answers {
  const out = {} as Answers;
  for (const key of QUESTION_KEYS) {
    const r = overrides[key] ?? rating;
    out[key] = { text: r === 'missing' ? '' : `answer to ${key}`, rating: r };
  }
  return out;
}

describe('computeReadiness (the method, stage 1)', () => {
  it('all clear: ready, full score, no gaps', () => {
    const r = computeReadiness(answers('clear'));
    expect(r).toEqual({
      score: 20,
      maxScore: 20,
      verdict: 'ready',
      reasons: [{ code: 'all_clear' }],
      gaps: [],
    });
  });

  it('why missing: not ready even when everything else is clear, and the gap goes to goal setting', () => {
    const r = computeReadiness(answers('clear', { why: 'missing' }));
    expect(r.score).toBe(18);
    expect(r.verdict).toBe('not_ready');
    expect(r.reasons).toEqual([{ code: 'why_missing' }]);
    expect(r.gaps).toEqual([{ question: 'why', rating: 'missing', phase: 'goals' }]);
  });

  it('three partials: groundwork needed, each partial a gap with the phase that closes it', () => {
    const r = computeReadiness(answers('clear', { pitch: 'partial', audience: 'partial', risks: 'partial' }));
    expect(r.score).toBe(17);
    expect(r.verdict).toBe('groundwork_needed');
    expect(r.reasons).toEqual([{ code: 'many_partials', questions: ['pitch', 'audience', 'risks'] }]);
    expect(r.gaps).toEqual([
      { question: 'pitch', rating: 'partial', phase: 'content' },
      { question: 'audience', rating: 'partial', phase: 'listening' },
      { question: 'risks', rating: 'partial', phase: 'presence' },
    ]);
  });

  it('everything missing: not ready, zero score, ten gaps mapped to the phases that feed them', () => {
    const r = computeReadiness(answers('missing'));
    expect(r.score).toBe(0);
    expect(r.verdict).toBe('not_ready');
    expect(r.reasons.map((x) => x.code)).toEqual(['why_missing', 'low_score', 'missing_answers']);
    expect(Object.fromEntries(r.gaps.map((g) => [g.question, g.phase]))).toEqual({
      why: 'goals',
      goals: 'goals',
      pitch: 'content',
      audience: 'listening',
      whereabouts: 'presence',
      costs: 'organisation',
      content_strategy: 'content',
      ownership: 'organisation',
      risks: 'presence',
      measurement: 'measurement',
    });
  });

  it('no answers at all reads as everything missing', () => {
    expect(computeReadiness({})).toEqual(computeReadiness(answers('missing')));
  });

  it('two partials are still ready, and say what is left to settle', () => {
    const r = computeReadiness(answers('clear', { costs: 'partial', risks: 'partial' }));
    expect(r.verdict).toBe('ready');
    expect(r.reasons).toEqual([{ code: 'few_partials', questions: ['costs', 'risks'] }]);
    expect(r.gaps).toHaveLength(2);
  });

  it('one missing answer other than why means groundwork, missing gaps listed before partial ones', () => {
    const r = computeReadiness(answers('clear', { measurement: 'partial', costs: 'missing' }));
    expect(r.verdict).toBe('groundwork_needed');
    expect(r.reasons).toEqual([{ code: 'missing_answers', questions: ['costs'] }]);
    expect(r.gaps.map((g) => g.question)).toEqual(['costs', 'measurement']);
  });

  it('a score below half is not ready even with why answered', () => {
    // why clear (2) + four partials (4) + five missing = 6 < 10
    const r = computeReadiness(
      answers('missing', {
        why: 'clear',
        goals: 'partial',
        pitch: 'partial',
        audience: 'partial',
        costs: 'partial',
      }),
    );
    expect(r.score).toBe(6);
    expect(r.verdict).toBe('not_ready');
    expect(r.reasons[0]).toEqual({ code: 'low_score', score: 6, threshold: MAX_SCORE / 2 });
  });

  it('exactly half is not below the threshold', () => {
    const r = computeReadiness(answers('partial'));
    expect(r.score).toBe(10);
    expect(r.verdict).toBe('groundwork_needed');
  });

  it('groups gaps by phase in the phases’ order', () => {
    const r = computeReadiness(
      answers('clear', { ownership: 'missing', goals: 'partial', costs: 'partial' }),
    );
    expect(gapsByPhase(r.gaps).map((g) => [g.phase, g.gaps.map((x) => x.question)])).toEqual([
      ['goals', ['goals']],
      ['organisation', ['ownership', 'costs']],
    ]);
  });
});

describe('validateAnswers', () => {
  it('refuses a pitch over 140 characters, with the count', () => {
    const pitch = { text: 'x'.repeat(141), rating: 'clear' as const };
    expect(validateAnswers({ pitch }, ['pitch'])).toEqual([
      { question: 'pitch', problem: 'pitch_too_long', length: 141, max: 140 },
    ]);
    expect(validateAnswers({ pitch: { ...pitch, text: 'x'.repeat(140) } }, ['pitch'])).toEqual([]);
  });

  it('counts an emoji as one character', () => {
    expect(validateAnswers({ pitch: { text: '🚀'.repeat(140), rating: 'clear' } }, ['pitch'])).toEqual([]);
  });

  it('refuses an empty answer rated clear, but not one rated partial or missing', () => {
    expect(validateAnswers({ why: { text: '  ', rating: 'clear' } }, ['why'])).toEqual([
      { question: 'why', problem: 'empty_clear' },
    ]);
    expect(validateAnswers({ why: { text: '', rating: 'missing' } }, ['why'])).toEqual([]);
    expect(validateAnswers({ why: { text: '', rating: 'partial' } }, ['why'])).toEqual([]);
  });

  it('takes a picked owner as an answer to ownership', () => {
    expect(validateAnswers({ ownership: { text: '', rating: 'clear', owner: 'U9' } }, ['ownership'])).toEqual(
      [],
    );
  });

  it('only checks the questions it is asked about', () => {
    expect(validateAnswers({ why: { text: '', rating: 'clear' } }, ['goals'])).toEqual([]);
  });
});

describe('stored answers', () => {
  it('keeps well-formed answers and drops the rest', () => {
    expect(
      parseAnswers({
        why: { text: 'because', rating: 'clear' },
        goals: { text: 'x', rating: 'bogus' },
        ownership: { text: '', rating: 'partial', owner: 'U2' },
        nonsense: { text: 'x', rating: 'clear' },
      }),
    ).toEqual({
      why: { text: 'because', rating: 'clear' },
      ownership: { text: '', rating: 'partial', owner: 'U2' },
    });
    expect(parseAnswers(null)).toEqual({});
  });

  it('every question belongs to exactly one step', () => {
    for (const key of QUESTION_KEYS) expect(stepOf(key)).toBeGreaterThanOrEqual(0);
  });
});
