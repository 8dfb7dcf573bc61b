export const LANGUAGES = ['fi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export type StrategyState = 'active' | 'paused' | 'archived';

/** An ISO weekday: 1 = Monday … 7 = Sunday. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export const DEFAULT_WORKING_DAYS: readonly Weekday[] = [1, 2, 3, 4, 5];

/** Working days as stored (`1,2,3,4,5`); anything unreadable falls back to Monday–Friday. */
export function parseWorkingDays(stored: string): Weekday[] {
  const days = [...new Set(stored.split(',').map((d) => Number(d.trim())))]
    .filter((d): d is Weekday => Number.isInteger(d) && d >= 1 && d <= 7)
    .sort((a, b) => a - b);
  return days.length > 0 ? days : [...DEFAULT_WORKING_DAYS];
}

export function formatWorkingDays(days: readonly Weekday[]): string {
  return [...new Set(days)].sort((a, b) => a - b).join(',');
}

export interface Strategy {
  id: string;
  teamId: string;
  channelId: string;
  name: string;
  language: Language;
  timeZone: string;
  /** The ISO weekdays (1 = Monday … 7 = Sunday) its people work; nudges go out only on these. */
  workingDays: Weekday[];
  state: StrategyState;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
  admins: string[];
}

/**
 * A Slack locale (`en-US`, `de-DE`…) as one of our languages: English, or Finnish should Slack ever
 * offer it (its interface has no Finnish, which is why people and strategies choose theirs).
 */
export function languageFromLocale(locale: string | undefined | null): Language {
  return locale?.toLowerCase().startsWith('fi') ? 'fi' : 'en';
}

export function sameWorkingDays(a: readonly Weekday[], b: readonly Weekday[]): boolean {
  return formatWorkingDays(a) === formatWorkingDays(b);
}

/**
 * A direct message or a group DM, as a slash command names it: Slack sends a DM's id starting with
 * `D` and the name `directmessage`, a group DM's name as `mpdm-…` (its id may start with `G` or
 * `C`, like a channel's). A strategy is never started there: its posts are for a team's channel.
 */
export function isDirectConversation(channelId: string, channelName: string): boolean {
  return channelId.startsWith('D') || channelName === 'directmessage' || channelName.startsWith('mpdm-');
}
