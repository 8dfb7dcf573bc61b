import type { DayParts } from '../../domain/periods.js';
import type { periodTexts as en } from '../en/periods.js';

// Periods as Finns name them: "viikko 6 (2.–8.2.)", "tammikuu 2027". The month stands in the
// nominative, as a label on its own (in headers and lists), never inside a sentence.

const MONTHS = [
  'tammikuu',
  'helmikuu',
  'maaliskuu',
  'huhtikuu',
  'toukokuu',
  'kesäkuu',
  'heinäkuu',
  'elokuu',
  'syyskuu',
  'lokakuu',
  'marraskuu',
  'joulukuu',
];

/** "2.–8.2.", "26.1.–1.2.", "28.12.2026–3.1.2027". */
function range(first: DayParts, last: DayParts): string {
  if (first.year !== last.year)
    return `${first.day}.${first.month}.${first.year}–${last.day}.${last.month}.${last.year}`;
  if (first.month !== last.month) return `${first.day}.${first.month}.–${last.day}.${last.month}.`;
  return `${first.day}.–${last.day}.${last.month}.`;
}

const list = new Intl.ListFormat('fi', { type: 'conjunction' });

export const periodTexts: typeof en = {
  periods: {
    week: (week: number, first: DayParts, last: DayParts) => `viikko ${week} (${range(first, last)})`,
    month: (month: number, year: number) => `${MONTHS[month - 1]} ${year}`,
    list: (labels: string[]) => list.format(labels),
  },
};
