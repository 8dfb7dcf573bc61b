import { parse } from 'csv-parse/sync';
import { parseNumber } from './numbers.js';
import { type Cadence, type PeriodTextProblem, periodFromText } from './periods.js';

// A metric's history as people paste or upload it: one row a period, the date or period first and
// the value second, with or without a header row. Spreadsheets in Finland write `;` between columns
// because the comma is their decimal mark; elsewhere `,` or a tab.

/** More rows than this is not one metric's history: the file is refused as a whole. */
export const IMPORT_MAX_ROWS = 10_000;

/** A row understood: the period it is for and its value. */
export interface ImportRow {
  line: number;
  period: string;
  value: number;
}

export type ImportProblem =
  | PeriodTextProblem
  | 'not_a_number'
  | 'missing_value'
  | 'too_many_columns'
  /** The same period as an earlier row of the file (`sameAs` names its line). */
  | 'duplicate';

/** A row refused, as it was written, and why. */
export interface RefusedRow {
  line: number;
  text: string;
  problem: ImportProblem;
  sameAs?: number;
}

export type ParsedImport =
  | { kind: 'parsed'; rows: ImportRow[]; refused: RefusedRow[] }
  | { kind: 'empty' }
  | { kind: 'too_many_rows'; count: number }
  /** The text is not CSV at all (a quote never closed); `line` is where reading stopped. */
  | { kind: 'unreadable'; line: number };

function delimiterOf(text: string): string {
  const first = text.split(/\r?\n/).find((line) => line.trim() !== '') ?? '';
  if (first.includes(';')) return ';';
  if (first.includes('\t')) return '\t';
  return ',';
}

/**
 * The line where a quotation mark opens a cell that never closes: the reader only notices at the
 * end of the text, but the person needs the line to correct.
 */
function openQuoteLine(text: string): number | undefined {
  let line = 1;
  let opened: number | undefined;
  for (const c of text) {
    if (c === '\n') line += 1;
    else if (c === '"') opened = opened === undefined ? line : undefined;
  }
  return opened;
}

/** The value cell of a row; with `,` between columns an unquoted `12,5` arrives as two cells. */
function valueCell(cells: string[], delimiter: string): { value?: number; problem?: ImportProblem } {
  const [, ...rest] = cells;
  while (rest.length > 0 && rest.at(-1) === '') rest.pop();
  if (rest.length === 0 || rest[0] === '') return { problem: 'missing_value' };
  if (rest.length === 1) {
    const value = parseNumber(rest[0]);
    return value === undefined ? { problem: 'not_a_number' } : { value };
  }
  if (rest.length === 2 && delimiter === ',' && /^\d+$/.test(rest[1]!)) {
    const value = parseNumber(`${rest[0]},${rest[1]}`);
    if (value !== undefined) return { value };
  }
  return { problem: 'too_many_columns' };
}

/**
 * Reads the rows of a metric's history for a metric of `cadence` whose period now is `current`.
 * Every row is either understood or refused with its reason; a period given twice keeps its
 * first row. A first row that is neither a period nor a number is a header.
 */
export function parseImport(text: string, cadence: Cadence, current: string): ParsedImport {
  const delimiter = delimiterOf(text);
  let records: { info: { lines: number }; record: string[] }[];
  try {
    records = parse(text, {
      delimiter,
      bom: true,
      info: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      trim: true,
    }) as unknown as { info: { lines: number }; record: string[] }[];
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    return { kind: 'unreadable', line: openQuoteLine(text) ?? (typeof line === 'number' ? line : 1) };
  }
  const nonEmpty = records.filter(({ record }) => record.some((cell) => cell !== ''));
  if (nonEmpty.length > IMPORT_MAX_ROWS + 1) return { kind: 'too_many_rows', count: nonEmpty.length };
  const rows: ImportRow[] = [];
  const refused: RefusedRow[] = [];
  const seen = new Map<string, number>();
  nonEmpty.forEach(({ info, record }, index) => {
    const line = info.lines;
    const first = record[0] ?? '';
    const found = periodFromText(first, cadence, current);
    const { value, problem } = valueCell(record, delimiter);
    if (index === 0 && !found.ok && found.problem === 'unreadable' && problem === 'not_a_number') return;
    const text = record.join(delimiter === '\t' ? ' ' : `${delimiter} `);
    if (!found.ok) refused.push({ line, text, problem: found.problem });
    else if (value === undefined) refused.push({ line, text, problem: problem ?? 'not_a_number' });
    else {
      const earlier = seen.get(found.period);
      if (earlier !== undefined) refused.push({ line, text, problem: 'duplicate', sameAs: earlier });
      else {
        seen.set(found.period, line);
        rows.push({ line, period: found.period, value });
      }
    }
  });
  if (rows.length === 0 && refused.length === 0) return { kind: 'empty' };
  if (rows.length > IMPORT_MAX_ROWS) return { kind: 'too_many_rows', count: rows.length };
  return { kind: 'parsed', rows, refused };
}
