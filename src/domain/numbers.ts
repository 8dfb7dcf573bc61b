import type { Language } from './strategy.js';

// Numbers as people type them in Finnish and English: `1,5` and `1.5` are both one and a half,
// and thousands may be grouped with spaces (Finnish keyboards and Intl output use the
// no-break or narrow no-break space, so those count as spaces too).

const SPACE = /[\s\u00a0\u202f\u2009]/;
const SPACES = /[\s\u00a0\u202f\u2009]/g;

/** The number in the text, or undefined when it is not one plain decimal number. */
export function parseNumber(text: string | undefined | null): number | undefined {
  if (text == null) return undefined;
  const trimmed = text.replace(/^[\s\u00a0\u202f\u2009]+|[\s\u00a0\u202f\u2009]+$/g, '');
  if (!trimmed) return undefined;
  // Groups of exactly three digits after a space, e.g. `1 234 567,5`; nothing else may be spaced.
  if (SPACE.test(trimmed) && !/^[-+−]?\d{1,3}([\s\u00a0\u202f\u2009]\d{3})+([.,]\d+)?$/.test(trimmed))
    return undefined;
  const compact = trimmed.replace(SPACES, '').replace('−', '-');
  const match = /^([-+]?)(\d+)(?:[.,](\d+))?$/.exec(compact);
  if (!match) return undefined;
  const value = Number(`${match[1]}${match[2]}.${match[3] ?? '0'}`);
  return Number.isFinite(value) ? value : undefined;
}

// Building an Intl.NumberFormat costs far more than formatting with one, and a status or a plan
// formats dozens of numbers: one per language, for the life of the process.
const NUMBER_FORMATS: Record<Language, Intl.NumberFormat> = {
  fi: new Intl.NumberFormat('fi-FI', { maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }),
};

/** A number as the language writes it, with at most two decimals (1,5 in Finnish, 1.5 in English). */
export function formatNumber(value: number, language: Language): string {
  return NUMBER_FORMATS[language].format(value);
}

/**
 * A number as an input is prefilled with it: no grouping and the language's decimal mark, so that
 * what comes back untouched reads as the same number (`1,000` would read as one: a comma is a
 * decimal mark to parseNumber in both languages).
 */
export function inputNumber(value: number, language: Language): string {
  const text = String(value);
  return language === 'fi' ? text.replace('.', ',') : text;
}

/**
 * A share in per cent, whole, as the language writes it with a space before the sign: `18 %`,
 * `−28 %` (a true minus sign, in both languages), `112 %`.
 */
export function formatPercent(percent: number, language: Language): string {
  const whole = Math.round(percent);
  const magnitude = formatNumber(Math.abs(whole), language);
  return `${whole < 0 ? '−' : ''}${magnitude} %`;
}
