import type { Language } from '../domain/strategy.js';
import { en, type Messages } from './en.js';
import { fi } from './fi.js';

export type { Messages };

const catalogues: Record<Language, Messages> = { fi, en };

export function messages(language: Language): Messages {
  return catalogues[language];
}

// Building an Intl.DateTimeFormat costs far more than formatting with one (it showed at the top of
// the request path's profile), so one is kept per language and time zone.
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const MAX_DATE_FORMATS = 1_000;

/** A local calendar date as the language writes it: 26.11.2026 in Finnish, 2026-11-26 in English. */
export function formatDate(language: Language, date: Date, timeZone: string): string {
  const key = `${language}|${timeZone}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(language === 'fi' ? 'fi-FI' : 'en-CA', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
    });
    if (dateFormats.size >= MAX_DATE_FORMATS) dateFormats.clear();
    dateFormats.set(key, format);
  }
  return format.format(date);
}
