import type { Language } from '../domain/strategy.js';
import { en, type Messages } from './en/index.js';
import { fi } from './fi/index.js';

export type { Messages };

const catalogues: Record<Language, Messages> = { fi, en };

export function messages(language: Language): Messages {
  return catalogues[language];
}
