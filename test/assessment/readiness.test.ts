import { describe, expect, it } from 'vitest';
import { QUESTION_KEYS, type QuestionKey } from '../../src/domain/method.js';
import {
  type Answers,
  addressedGaps,
  computeReadiness,
  doesNotServeNow,
  gapsByPhase,
  groundworkLeft,
  type Judgements,
  MAX_SCORE,
  nextGapBasis,
  nobodyOwnsIt,
  parseAnswers,
  parseGapBasis,
  parseJudgements,
  type Rating,
  readinessFacts,
  stepOf,
  tooLittleSettled,
  VERDICT_RULES,
  validateAnswers,
  whyFirst,
} from '../../src/domain/readiness.js';

function answers(rating: Rating, overrides: Partial<Record<QuestionKey, Rating>> = {}): Answers {
  const out = {} as Answers;
  for (const key of QUESTION_KEYS) {
    const r = overrides[key] ?? rating;
    out[key] = { text: r === 'missing' ? '' : `answer to ${key}`, rating: r };
  }
  return out;
}

/** Every judgement positive: the verdict then rests on the answers alone. */
const YES: Judgements = { reach: 'yes', resources: 'yes', commitment: 'yes' };

const facts = (
  ratings: Partial<Record<QuestionKey, Rating>>,
  judgements: Judgements = YES,
  base: Rating = 'clear',
) => readinessFacts(answers(base, ratings), judgements);

describe('the verdict rules, one by one (pure functions of the facts)', () => {
  it('whyFirst: a missing why stops the work (not ready), whatever else is settled', () => {
    expect(whyFirst.verdict).toBe('not_ready');
    expect(whyFirst.reasons(facts({ why: 'missing' }))).toEqual([{ code: 'why_missing' }]);
    expect(whyFirst.reasons(facts({ why: 'partial' }))).toEqual([]);
  });

  it('doesNotServeNow: an audience out of reach or resources not there means not now, naming each', () => {
    expect(doesNotServeNow.verdict).toBe('not_now');
    expect(doesNotServeNow.reasons(facts({}, { ...YES, reach: 'no' }))).toEqual([{ code: 'reach_no' }]);
    expect(doesNotServeNow.reasons(facts({}, { ...YES, resources: 'no' }))).toEqual([
      { code: 'resources_no' },
    ]);
    expect(doesNotServeNow.reasons(facts({}, { reach: 'no', resources: 'no', commitment: 'yes' }))).toEqual([
      { code: 'reach_no' },
      { code: 'resources_no' },
    ]);
    expect(doesNotServeNow.reasons(facts({}, { reach: 'partly', resources: 'partly' }))).toEqual([]);
  });

  it('tooLittleSettled: a score below half is not ready; exactly half is not below', () => {
    expect(tooLittleSettled.verdict).toBe('not_ready');
    // why clear (2) + four partials (4) + five missing = 6 < 10
    const low = facts(
      { why: 'clear', goals: 'partial', pitch: 'partial', audience: 'partial', costs: 'partial' },
      YES,
      'missing',
    );
    expect(tooLittleSettled.reasons(low)).toEqual([
      { code: 'low_score', score: 6, threshold: MAX_SCORE / 2 },
    ]);
    expect(tooLittleSettled.reasons(facts({}, YES, 'partial'))).toEqual([]);
  });

  it('nobodyOwnsIt: nobody taking ownership is not ready', () => {
    expect(nobodyOwnsIt.verdict).toBe('not_ready');
    expect(nobodyOwnsIt.reasons(facts({}, { ...YES, commitment: 'no' }))).toEqual([
      { code: 'commitment_no' },
    ]);
    expect(nobodyOwnsIt.reasons(facts({}, { ...YES, commitment: 'partly' }))).toEqual([]);
  });

  it('groundworkLeft: missing answers, three partials, hesitant or unmade judgements each leave groundwork', () => {
    expect(groundworkLeft.verdict).toBe('groundwork_needed');
    expect(groundworkLeft.reasons(facts({ costs: 'missing' }))).toEqual([
      { code: 'missing_answers', questions: ['costs'] },
    ]);
    expect(groundworkLeft.reasons(facts({ pitch: 'partial', audience: 'partial' }))).toEqual([]);
    expect(
      groundworkLeft.reasons(facts({ pitch: 'partial', audience: 'partial', risks: 'partial' })),
    ).toEqual([{ code: 'many_partials', questions: ['pitch', 'audience', 'risks'] }]);
    expect(
      groundworkLeft.reasons(facts({}, { reach: 'partly', resources: 'partly', commitment: 'partly' })),
    ).toEqual([{ code: 'reach_partly' }, { code: 'resources_partly' }, { code: 'commitment_partly' }]);
    expect(groundworkLeft.reasons(facts({}, { reach: 'yes' }))).toEqual([{ code: 'judgements_missing' }]);
  });

  it('the rules apply in this order, and the first that applies gives the verdict', () => {
    expect(VERDICT_RULES).toEqual([
      whyFirst,
      doesNotServeNow,
      tooLittleSettled,
      nobodyOwnsIt,
      groundworkLeft,
    ]);
  });
});

describe('computeReadiness (the method, stage 1)', () => {
  it('all clear and every judgement yes: ready, full score, no gaps', () => {
    const r = computeReadiness(answers('clear'), YES);
    expect(r).toEqual({
      score: 20,
      maxScore: 20,
      verdict: 'ready',
      reasons: [{ code: 'all_clear' }],
      gaps: [],
    });
  });

  it('all clear but the judgements not made yet: groundwork, saying so', () => {
    const r = computeReadiness(answers('clear'));
    expect(r.verdict).toBe('groundwork_needed');
    expect(r.reasons).toEqual([{ code: 'judgements_missing' }]);
  });

  it('"no budget, our audience is not online": not now, with both reasons, however clear the answers', () => {
    const r = computeReadiness(answers('clear'), { reach: 'no', resources: 'no', commitment: 'yes' });
    expect(r.score).toBe(20);
    expect(r.verdict).toBe('not_now');
    expect(r.reasons).toEqual([{ code: 'reach_no' }, { code: 'resources_no' }]);
  });

  it('not now also names the other reasons that stop the work, and the missing answers', () => {
    const r = computeReadiness(answers('clear', { costs: 'missing' }), {
      reach: 'no',
      resources: 'yes',
      commitment: 'no',
    });
    expect(r.verdict).toBe('not_now');
    expect(r.reasons).toEqual([
      { code: 'reach_no' },
      { code: 'commitment_no' },
      { code: 'missing_answers', questions: ['costs'] },
    ]);
  });

  it('nobody taking ownership: not ready even when every answer is clear', () => {
    const r = computeReadiness(answers('clear'), { ...YES, commitment: 'no' });
    expect(r.verdict).toBe('not_ready');
    expect(r.reasons).toEqual([{ code: 'commitment_no' }]);
  });

  it('why missing: not ready even when everything else is clear, and the gap goes to goal setting', () => {
    const r = computeReadiness(answers('clear', { why: 'missing' }), { ...YES, reach: 'no' });
    expect(r.score).toBe(18);
    expect(r.verdict).toBe('not_ready');
    expect(r.reasons).toEqual([{ code: 'why_missing' }, { code: 'reach_no' }]);
    expect(r.gaps).toEqual([{ question: 'why', rating: 'missing', phase: 'goals' }]);
  });

  it('three partials: groundwork needed, each partial a gap with the phase that closes it', () => {
    const r = computeReadiness(
      answers('clear', { pitch: 'partial', audience: 'partial', risks: 'partial' }),
      YES,
    );
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
    const r = computeReadiness(answers('clear', { costs: 'partial', risks: 'partial' }), YES);
    expect(r.verdict).toBe('ready');
    expect(r.reasons).toEqual([{ code: 'few_partials', questions: ['costs', 'risks'] }]);
    expect(r.gaps).toHaveLength(2);
  });

  it('one missing answer other than why means groundwork, missing gaps listed before partial ones', () => {
    const r = computeReadiness(answers('clear', { measurement: 'partial', costs: 'missing' }), YES);
    expect(r.verdict).toBe('groundwork_needed');
    expect(r.reasons).toEqual([{ code: 'missing_answers', questions: ['costs'] }]);
    expect(r.gaps.map((g) => g.question)).toEqual(['costs', 'measurement']);
  });

  it('a score below half is not ready even with why answered', () => {
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
    const r = computeReadiness(answers('partial'), YES);
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

describe('gaps that close', () => {
  const gaps = computeReadiness(answers('clear', { costs: 'partial', risks: 'missing' })).gaps;

  it('a gap is addressed once its phase is done, if the phase was not done when the answer last changed', () => {
    expect(addressedGaps(gaps, [], {})).toEqual([]);
    expect(addressedGaps(gaps, ['organisation'], {})).toEqual(['costs']);
    expect(addressedGaps(gaps, ['organisation', 'presence'], {})).toEqual(['risks', 'costs']);
    expect(addressedGaps(gaps, ['organisation'], { costs: true })).toEqual([]);
  });

  it('a changed answer records whether its phase is done now; an unchanged one keeps its record', () => {
    const first = answers('clear', { costs: 'partial' });
    const basis = nextGapBasis(undefined, first, ['organisation']);
    expect(basis.costs).toBe(true);
    expect(basis.risks).toBe(false);
    // Revision 2 changes risks only, after presence is done: costs keeps its record.
    const second = { ...first, risks: { text: 'new', rating: 'partial' as const } };
    const next = nextGapBasis({ answers: first, basis: { ...basis, costs: false } }, second, ['presence']);
    expect(next.costs).toBe(false);
    expect(next.risks).toBe(true);
  });

  it('reads stored judgements and bases, dropping what is not well-formed', () => {
    expect(parseJudgements({ reach: 'no', resources: 'maybe', commitment: 'yes', other: 'no' })).toEqual({
      reach: 'no',
      commitment: 'yes',
    });
    expect(parseJudgements(null)).toEqual({});
    expect(parseGapBasis({ costs: true, risks: 'yes', nonsense: true })).toEqual({ costs: true });
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
