import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closest, editDistance, MAX_SUGGESTION_INPUT } from '../../src/domain/text.js';

/** The whole matrix, as the matcher once worked it out: the reference the bounded one must agree with. */
function fullDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'ä', 'd'), maxLength: 12 });

describe('the typo matcher', () => {
  it('agrees with the full matrix up to its bound, and answers "beyond" past it', () => {
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 4 }), (a, b, max) => {
        const full = fullDistance(a, b);
        const bounded = editDistance(a, b, max);
        if (full <= max) expect(bounded).toBe(full);
        else expect(bounded).toBe(max + 1);
        expect(editDistance(a, b)).toBe(full);
      }),
      { numRuns: 2_000 },
    );
  });

  it('suggests nothing for an input longer than any name, and does not look at it', () => {
    const long = `${'status'.repeat(Math.ceil(MAX_SUGGESTION_INPUT / 6))}x`;
    expect(closest(long, ['status'])).toBeUndefined();
    // A word the length of a denial-of-service attempt: the answer comes from the length alone.
    expect(closest('s'.repeat(400_000), ['status', 'start'])).toBeUndefined();
    expect(closest('stauts', ['status', 'start'])).toBe('status');
  });
});
