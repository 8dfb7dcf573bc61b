import { describe, expect, it } from 'vitest';
import { formatNumber, formatPercent, inputNumber, parseNumber } from '../../src/domain/numbers.js';

describe('parseNumber', () => {
  it.each([
    ['1,5', 1.5],
    ['1.5', 1.5],
    ['1 234', 1234],
    ['1 234,5', 1234.5],
    ['1 234.5', 1234.5],
    ['1\u00a0234,5', 1234.5],
    ['1\u202f234', 1234],
    ['12 345 678', 12345678],
    ['  42  ', 42],
    ['0', 0],
    ['-3,25', -3.25],
    ['−7', -7],
    ['1234', 1234],
  ])('reads %j as %d', (text, expected) => {
    expect(parseNumber(text)).toBe(expected);
  });

  it.each([
    'abc',
    '',
    '   ',
    '1.2.3',
    '1,2,3',
    '1,234.5',
    '12 34',
    '1 2345',
    '1e5',
    '5 %',
    '€5',
    '--1',
    ',5',
    '5,',
  ])('refuses %j', (text) => {
    expect(parseNumber(text)).toBeUndefined();
  });

  it('refuses null and undefined', () => {
    expect(parseNumber(undefined)).toBeUndefined();
    expect(parseNumber(null)).toBeUndefined();
  });

  it('reads back what it writes, in both languages', () => {
    for (const value of [0, 1.5, 1234.5, 1234567, -42.25]) {
      expect(parseNumber(formatNumber(value, 'fi'))).toBe(value);
      expect(parseNumber(formatNumber(value, 'en').replace(/,/g, ''))).toBe(value);
    }
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
    expect(formatNumber(1.5, 'fi')).toBe('1,5');
  });
});

describe('inputNumber', () => {
  it('prefills an input with text that reads back as the same number, in both languages', () => {
    for (const value of [0, 1.5, -3.25, 1000, 1234.5, 1001, 12345678.91, 0.001])
      for (const language of ['en', 'fi'] as const)
        expect(parseNumber(inputNumber(value, language)), `${value} in ${language}`).toBe(value);
    expect(inputNumber(1234.5, 'fi')).toBe('1234,5');
    expect(inputNumber(1234.5, 'en')).toBe('1234.5');
  });
});

describe('formatPercent', () => {
  it('writes a whole share with a true minus sign when below zero, and past 100 as it is', () => {
    expect(formatPercent(-28.33, 'en')).toBe('−28 %');
    expect(formatPercent(-28.33, 'fi')).toBe('−28 %');
    expect(formatPercent(112.4, 'en')).toBe('112 %');
    expect(formatPercent(18, 'fi')).toBe('18 %');
    expect(formatPercent(12345, 'en')).toBe('12,345 %');
    expect(formatPercent(12345, 'fi')).toBe('12\u00a0345 %');
  });
});
