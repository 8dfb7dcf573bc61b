import { LANGUAGES, type Language } from './strategy.js';
import { fold } from './text.js';

/** A person's own language, or `auto`: no choice of their own, the defaults decide. */
export type LanguageChoice = Language | 'auto';

export function isLanguage(value: unknown): value is Language {
  return (LANGUAGES as readonly unknown[]).includes(value);
}

export function isLanguageChoice(value: unknown): value is LanguageChoice {
  return value === 'auto' || isLanguage(value);
}

// Each word as typed, folded (lower case, no diacritics): a Finnish team types Finnish words.
const LANGUAGE_WORDS: ReadonlyMap<string, Language> = new Map([
  ['fi', 'fi'],
  ['suomi', 'fi'],
  ['suomeksi', 'fi'],
  ['finnish', 'fi'],
  ['en', 'en'],
  ['englanti', 'en'],
  ['englanniksi', 'en'],
  ['english', 'en'],
]);
const PERSONAL_WORDS = new Set(['me', 'mina']);
const AUTO_WORDS = new Set(['auto', 'automaattinen']);

export type LanguageCommand =
  /** No language named: show the settings. */
  | { kind: 'show' }
  | { kind: 'strategy'; language: Language }
  | { kind: 'personal'; choice: LanguageChoice }
  /** A word that names no language; `personal` when it followed `me`. */
  | { kind: 'invalid'; word: string; personal: boolean };

/**
 * What follows `language`: `fi|en` for the strategy, `me fi|en|auto` for the caller, nothing to
 * see both. Finnish words work too (`kieli minä suomi`).
 */
export function parseLanguageCommand(rest: string): LanguageCommand {
  const words = rest.trim().split(/\s+/).filter(Boolean);
  const personal = words.length > 0 && PERSONAL_WORDS.has(fold(words[0]!));
  const [word, ...extra] = personal ? words.slice(1) : words;
  if (word === undefined) return { kind: 'show' };
  const folded = fold(word);
  const language = LANGUAGE_WORDS.get(folded);
  if (extra.length > 0) return { kind: 'invalid', word: words.slice(personal ? 1 : 0).join(' '), personal };
  if (personal && AUTO_WORDS.has(folded)) return { kind: 'personal', choice: 'auto' };
  if (!language) return { kind: 'invalid', word, personal };
  return personal ? { kind: 'personal', choice: language } : { kind: 'strategy', language };
}

/** The one language all of these share; undefined when there are none or they differ. */
export function agreedLanguage(languages: readonly Language[]): Language | undefined {
  const [first, ...others] = languages;
  return first !== undefined && others.every((l) => l === first) ? first : undefined;
}

/**
 * App Home's language for someone who has chosen none: that of the strategies they work in when
 * those agree; when they work in none yet, that of the strategies their App Home lists, when those
 * agree. Undefined: their Slack language decides.
 */
export function homeLanguage(
  workedIn: readonly Language[],
  listed: readonly Language[],
): Language | undefined {
  return workedIn.length > 0 ? agreedLanguage(workedIn) : agreedLanguage(listed);
}
