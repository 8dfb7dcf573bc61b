import type { DayParts } from '../../domain/periods.js';

// Check-in periods as people name them: "week 6 (2–8 Feb)", "January 2027".

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const day = (d: DayParts, withYear: boolean) =>
  `${d.day} ${SHORT_MONTHS[d.month - 1]}${withYear ? ` ${d.year}` : ''}`;

/** "2–8 Feb", "26 Jan – 1 Feb", "28 Dec 2026 – 3 Jan 2027". */
function range(first: DayParts, last: DayParts): string {
  if (first.year !== last.year) return `${day(first, true)} – ${day(last, true)}`;
  if (first.month !== last.month) return `${day(first, false)} – ${day(last, false)}`;
  return `${first.day}–${day(last, false)}`;
}

const list = new Intl.ListFormat('en', { type: 'conjunction' });

export const periodTexts = {
  periods: {
    week: (week: number, first: DayParts, last: DayParts) => `week ${week} (${range(first, last)})`,
    month: (month: number, year: number) => `${MONTHS[month - 1]} ${year}`,
    /** "week 6 (2–8 Feb) and January 2027". */
    list: (labels: string[]) => list.format(labels),
  },
};
