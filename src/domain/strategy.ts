export const LANGUAGES = ['fi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export type StrategyState = 'active' | 'paused' | 'archived';

export interface Strategy {
  id: string;
  teamId: string;
  channelId: string;
  name: string;
  language: Language;
  timeZone: string;
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
