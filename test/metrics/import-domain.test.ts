import { describe, expect, it } from 'vitest';
import { IMPORT_MAX_ROWS, parseImport } from '../../src/domain/metric-import.js';
import { periodFromText } from '../../src/domain/periods.js';

describe('a date or a period written as text, as the period of a metric', () => {
  it.each([
    ['31.1.2027', 'weekly', '2027-W04'],
    ['31.01.2027', 'monthly', '2027-01'],
    ['2027-01-31', 'weekly', '2027-W04'],
    ['1.1.2027', 'weekly', '2026-W53'],
    ['3.1.2027', 'weekly', '2026-W53'],
    ['4.1.2027', 'weekly', '2027-W01'],
    ['2027-W06', 'weekly', '2027-W06'],
    ['2027-w6', 'weekly', '2027-W06'],
    ['2026-W53', 'weekly', '2026-W53'],
    ['2027-01', 'monthly', '2027-01'],
    ['2027-1', 'monthly', '2027-01'],
    [' 29.2.2024 ', 'monthly', '2024-02'],
  ] as const)('%s for a %s metric is %s', (text, cadence, period) => {
    expect(periodFromText(text, cadence)).toEqual({ ok: true, period });
  });

  it.each([
    ['31.2.2027', 'weekly', 'no_such_day'],
    ['29.2.2027', 'monthly', 'no_such_day'],
    ['2027-W53', 'weekly', 'no_such_day'],
    ['2027-W00', 'weekly', 'no_such_day'],
    ['2027-13', 'monthly', 'no_such_day'],
    ['2027-01', 'weekly', 'month_for_weekly'],
    ['2027-W06', 'monthly', 'week_for_monthly'],
    ['1/31/2027', 'weekly', 'unreadable'],
    ['last week', 'weekly', 'unreadable'],
    ['', 'monthly', 'unreadable'],
  ] as const)('%s for a %s metric is refused: %s', (text, cadence, problem) => {
    expect(periodFromText(text, cadence)).toEqual({ ok: false, problem });
  });

  it('refuses a period after the current one, and takes the current one', () => {
    expect(periodFromText('2027-W07', 'weekly', '2027-W06')).toEqual({ ok: false, problem: 'future' });
    expect(periodFromText('14.2.2027', 'weekly', '2027-W06')).toEqual({ ok: true, period: '2027-W06' });
    expect(periodFromText('1.3.2027', 'monthly', '2027-02')).toEqual({ ok: false, problem: 'future' });
  });
});

describe('reading pasted or uploaded rows', () => {
  it('reads ; , and tab between columns, Finnish numbers, with or without a header', () => {
    expect(parseImport('pvm;arvo\n31.1.2027;1 234,5\n', 'weekly', '2027-W06')).toEqual({
      kind: 'parsed',
      rows: [{ line: 2, period: '2027-W04', value: 1234.5 }],
      refused: [],
    });
    expect(
      parseImport('2027-01-31,12.5\n2027-02-01,"13,5"\n2027-02-08,14,5', 'weekly', '2027-W06'),
    ).toMatchObject({
      rows: [
        { period: '2027-W04', value: 12.5 },
        { period: '2027-W05', value: 13.5 },
        { period: '2027-W06', value: 14.5 },
      ],
    });
    expect(parseImport('\uFEFF2027-01\t1\u00a0000\r\n', 'monthly', '2027-02')).toMatchObject({
      rows: [{ period: '2027-01', value: 1000 }],
    });
  });

  it('says why each row it cannot use is refused, and keeps the first row of a period', () => {
    const parsed = parseImport(
      '2027-01;1\n15.1.2027;2\n2027-02;x\n2027-03;\n2027-04;1;2\n2027-W01;3',
      'monthly',
      '2027-05',
    );
    expect(parsed).toEqual({
      kind: 'parsed',
      rows: [{ line: 1, period: '2027-01', value: 1 }],
      refused: [
        { line: 2, text: '15.1.2027; 2', problem: 'duplicate', sameAs: 1 },
        { line: 3, text: '2027-02; x', problem: 'not_a_number' },
        { line: 4, text: '2027-03; ', problem: 'missing_value' },
        { line: 5, text: '2027-04; 1; 2', problem: 'too_many_columns' },
        { line: 6, text: '2027-W01; 3', problem: 'week_for_monthly' },
      ],
    });
  });

  it('refuses text that is not CSV, names the line of the open quote, and bounds the rows', () => {
    expect(parseImport('2027-01;1\n2027-02;"2\n2027-03;3', 'monthly', '2027-05')).toEqual({
      kind: 'unreadable',
      line: 2,
    });
    expect(parseImport('\n \n', 'monthly', '2027-05')).toEqual({ kind: 'empty' });
    const many = Array.from({ length: IMPORT_MAX_ROWS + 2 }, (_, i) => `${2000 + (i % 20)}-01;${i}`).join(
      '\n',
    );
    expect(parseImport(many, 'monthly', '2027-05')).toEqual({
      kind: 'too_many_rows',
      count: IMPORT_MAX_ROWS + 2,
    });
  });
});
