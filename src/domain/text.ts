/** Lower case without diacritics, so `Läsnäolo` and `lasnaolo` compare equal. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
}

/** Edits between two words, a swap of neighbouring letters counting as one (the commonest typo). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
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

/**
 * The candidate nearest to the input, or undefined when nothing is near enough to be a
 * plausible typo (at most a third of the word's letters wrong, and never more than three).
 */
export function closest(input: string, candidates: readonly string[]): string | undefined {
  const word = fold(input);
  if (!word) return undefined;
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const folded = fold(candidate);
    const distance = folded.startsWith(word) && word.length >= 2 ? 0.5 : editDistance(word, folded);
    if (!best || distance < best.distance) best = { candidate, distance };
  }
  if (!best) return undefined;
  const allowed = Math.min(3, Math.max(1, Math.floor(word.length / 3)));
  return best.distance <= allowed ? best.candidate : undefined;
}
