/** Lower case without diacritics, so `Läsnäolo` and `lasnaolo` compare equal. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
}

/**
 * Edits between two words, a swap of neighbouring letters counting as one (the commonest typo).
 * With `max`, only distances up to it are worked out: anything farther answers `max + 1`. The
 * work is then a band of 2·max + 1 cells a row, never the whole matrix, and stops at the first
 * row already beyond `max`, so a long word typed by anyone costs little.
 */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (a === b) return 0;
  const beyond = max + 1;
  if (Math.abs(a.length - b.length) > max) return beyond;
  const n = b.length;
  const band = Number.isFinite(max) ? max : Math.max(a.length, n);
  // Three rows are enough: the one before the previous holds what a swap of two letters needs.
  let before = new Array<number>(n + 1).fill(beyond);
  let previous = Array.from({ length: n + 1 }, (_, j) => (j <= band ? j : beyond));
  let current = new Array<number>(n + 1).fill(beyond);
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - band);
    const to = Math.min(n, i + band);
    current.fill(beyond);
    current[0] = i <= band ? i : beyond;
    let rowBest = current[0]!;
    for (let j = from; j <= to; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, before[j - 2]! + 1);
      current[j] = Math.min(best, beyond);
      if (current[j]! < rowBest) rowBest = current[j]!;
    }
    if (rowBest > max) return beyond;
    [before, previous, current] = [previous, current, before];
  }
  return Math.min(previous[n]!, beyond);
}

/**
 * Inputs longer than this are never a typo of a command, phase or metric name (none is half as
 * long): they get no suggestion, and the matcher does no work on them.
 */
export const MAX_SUGGESTION_INPUT = 120;

/**
 * The candidate nearest to the input, or undefined when nothing is near enough to be a
 * plausible typo (at most a third of the word's letters wrong, and never more than three).
 */
export function closest(input: string, candidates: readonly string[]): string | undefined {
  if (input.length > MAX_SUGGESTION_INPUT) return undefined;
  const word = fold(input);
  if (!word) return undefined;
  const allowed = Math.min(3, Math.max(1, Math.floor(word.length / 3)));
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const folded = fold(candidate);
    const distance = folded.startsWith(word) && word.length >= 2 ? 0.5 : editDistance(word, folded, allowed);
    if (!best || distance < best.distance) best = { candidate, distance };
  }
  if (!best) return undefined;
  return best.distance <= allowed ? best.candidate : undefined;
}
