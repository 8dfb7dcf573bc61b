import { periodParts } from '../domain/periods.js';
import type { Language } from '../domain/strategy.js';
import { messages } from '../i18n/index.js';

// A digest or a plan names the same few periods many times over, in one of two languages.
const REMEMBERED = 2_000;
const labels = new Map<string, string>();

/**
 * A check-in period as people name it: "week 6 (2–8 Feb)" / "viikko 6 (2.–8.2.)", "January 2027" /
 * "tammikuu 2027". Text that is not a period is shown as it is.
 */
export function formatPeriod(language: Language, period: string): string {
  const key = `${language} ${period}`;
  let label = labels.get(key);
  if (label === undefined) {
    label = periodLabel(language, period);
    if (labels.size >= REMEMBERED) labels.clear();
    labels.set(key, label);
  }
  return label;
}

function periodLabel(language: Language, period: string): string {
  const p = messages(language).periods;
  try {
    const parts = periodParts(period);
    return parts.cadence === 'monthly'
      ? p.month(parts.month, parts.year)
      : p.week(parts.week, parts.first, parts.last);
  } catch {
    return period;
  }
}

/** Several periods as one phrase: "week 6 (2–8 Feb) and January 2027". */
export function formatPeriods(language: Language, periods: string[]): string {
  return messages(language).periods.list([...new Set(periods)].map((p) => formatPeriod(language, p)));
}
