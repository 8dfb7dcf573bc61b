import { DateTime } from 'luxon';
import { type DigestData, type OwnerNudge, type PhaseDue, selectNudges } from '../domain/digest.js';
import type { Strategy } from '../domain/strategy.js';
import type { ServiceDeps } from './deps.js';

// What each scheduled message says, gathered from what the strategy has today. The phases,
// readiness and metrics features fill these in as they land; the scheduler only calls them.

/** Everything the weekly digest shows. Sections without data yet are left undefined. */
export async function collectDigest(_deps: ServiceDeps, strategy: Strategy, _now: Date): Promise<DigestData> {
  return { strategyName: strategy.name, channelId: strategy.channelId, language: strategy.language };
}

/** Metric owners who have not reported for the current period (the day after the prompt). */
export async function collectCheckinReminders(
  _deps: ServiceDeps,
  _strategy: Strategy,
  _now: Date,
): Promise<string[]> {
  return [];
}

/** The strategy's phases with owners and due dates, for the owner nudges. */
export async function collectPhaseDues(_deps: ServiceDeps, _strategy: Strategy): Promise<PhaseDue[]> {
  return [];
}

/** Owners to nudge today: phases due within three days or overdue, in the strategy's time zone. */
export async function collectNudges(deps: ServiceDeps, strategy: Strategy, now: Date): Promise<OwnerNudge[]> {
  const today = DateTime.fromJSDate(now, { zone: strategy.timeZone }).toISODate()!;
  return selectNudges(await collectPhaseDues(deps, strategy), today);
}

/** The source of every scheduled message's content; the scheduler takes one (tests may pass their own). */
export interface ScheduledContent {
  digest(strategy: Strategy, now: Date): Promise<DigestData>;
  checkinReminders(strategy: Strategy, now: Date): Promise<string[]>;
  nudges(strategy: Strategy, now: Date): Promise<OwnerNudge[]>;
}

export function scheduledContent(deps: ServiceDeps): ScheduledContent {
  return {
    digest: (s, now) => collectDigest(deps, s, now),
    checkinReminders: (s, now) => collectCheckinReminders(deps, s, now),
    nudges: (s, now) => collectNudges(deps, s, now),
  };
}
