import { QUESTION_KEYS } from '../src/domain/method.js';
import type { Answers, Rating } from '../src/domain/readiness.js';

// The data bench/seed.ts stores, shared with the bare app so both render the same replies.

export const teamOf = (w: number) => `T${String(w).padStart(5, '0')}`;
export const channelOf = (s: number) => `C${String(s).padStart(5, '0')}`;

const RATING_CYCLE: Rating[] = ['clear', 'partial', 'clear', 'missing'];

/** The readiness answers stored for strategy number `seed`: a mix of clear, partial and missing. */
export function seededAnswers(seed: number): Answers {
  return Object.fromEntries(
    QUESTION_KEYS.map((k, i) => {
      const rating = RATING_CYCLE[(seed + i) % RATING_CYCLE.length]!;
      return [k, { text: rating === 'missing' ? '' : `${k}: answer ${seed}`, rating }];
    }),
  ) as Answers;
}
