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

/** Slack locales look like `fi-FI` or `en-US`; Finnish for any Finnish locale, English otherwise. */
export function languageFromLocale(locale: string | undefined | null): Language {
  return locale?.toLowerCase().startsWith('fi') ? 'fi' : 'en';
}
