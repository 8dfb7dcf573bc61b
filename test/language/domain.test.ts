import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../src/domain/commands.js';
import { agreedLanguage, homeLanguage, parseLanguageCommand } from '../../src/domain/language.js';

describe('the language command’s words', () => {
  it.each([
    ['', { kind: 'show' }],
    ['me', { kind: 'show' }],
    ['fi', { kind: 'strategy', language: 'fi' }],
    ['Suomi', { kind: 'strategy', language: 'fi' }],
    ['suomeksi', { kind: 'strategy', language: 'fi' }],
    ['ENGLISH', { kind: 'strategy', language: 'en' }],
    ['englanti', { kind: 'strategy', language: 'en' }],
    ['me en', { kind: 'personal', choice: 'en' }],
    ['minä fi', { kind: 'personal', choice: 'fi' }],
    ['mina  englanniksi', { kind: 'personal', choice: 'en' }],
    ['me auto', { kind: 'personal', choice: 'auto' }],
    ['auto', { kind: 'invalid', word: 'auto', personal: false }],
    ['sv', { kind: 'invalid', word: 'sv', personal: false }],
    ['me constructor', { kind: 'invalid', word: 'constructor', personal: true }],
    ['fi please', { kind: 'invalid', word: 'fi please', personal: false }],
  ])('%j', (text, expected) => {
    expect(parseLanguageCommand(text)).toEqual(expected);
  });

  it('kieli is the language command, and a typo of either is caught', () => {
    expect(parseCommand('kieli minä fi')).toEqual({ kind: 'command', name: 'language', rest: 'minä fi' });
    expect(parseCommand('Kieli')).toEqual({ kind: 'command', name: 'language', rest: '' });
    expect(parseCommand('keili fi')).toMatchObject({ kind: 'unknown', suggestion: 'language' });
    expect(parseCommand('langauge fi')).toMatchObject({ kind: 'unknown', suggestion: 'language' });
    expect(parseCommand('constructor')).toMatchObject({ kind: 'unknown' });
  });
});

describe('App Home’s language without a choice', () => {
  it('is that of the strategies worked in when they agree, else of those listed when none is worked in', () => {
    expect(agreedLanguage([])).toBeUndefined();
    expect(agreedLanguage(['fi', 'fi'])).toBe('fi');
    expect(agreedLanguage(['fi', 'en'])).toBeUndefined();
    expect(homeLanguage(['fi'], ['fi', 'en'])).toBe('fi');
    expect(homeLanguage(['fi', 'en'], ['fi'])).toBeUndefined();
    expect(homeLanguage([], ['fi', 'fi'])).toBe('fi');
    expect(homeLanguage([], ['fi', 'en'])).toBeUndefined();
    expect(homeLanguage([], [])).toBeUndefined();
  });
});
