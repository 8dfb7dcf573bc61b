import type { Language } from '../domain/strategy.js';
import { formatDate } from '../i18n/index.js';

/** A stored local date (YYYY-MM-DD) as the language writes it: 1.11.2027 or 2027-11-01. */
export function localDateText(language: Language, date: string): string {
  // Noon UTC of that day, printed in UTC: the calendar date cannot shift.
  return formatDate(language, new Date(`${date}T12:00:00Z`), 'UTC');
}
