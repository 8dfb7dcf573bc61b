/** The one source of "now"; tests pass a clock they control. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/**
 * lru-cache options that make an entry's time to live run on this clock, read on every check, so
 * that a test moving its clock sees entries expire.
 */
export function ttlClock(clock: Clock): { ttlResolution: number; perf: { now(): number } } {
  return { ttlResolution: 0, perf: { now: () => clock.now().getTime() } };
}
