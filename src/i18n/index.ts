import type { Language } from '../domain/strategy.js';
import { en, type Messages } from './en.js';
import { fi } from './fi.js';

export type { Messages };

const catalogues: Record<Language, Messages> = { fi, en };

export function messages(language: Language): Messages {
  return catalogues[language];
}

/** A local calendar date as the language writes it: 26.11.2026 in Finnish, 2026-11-26 in English. */
export function formatDate(language: Language, date: Date, timeZone: string): string {
  const locale = language === 'fi' ? 'fi-FI' : 'en-CA';
  return new Intl.DateTimeFormat(locale, {
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  }).format(date);
}
