import { stringify } from 'csv-stringify/sync';
import { Zip, ZipDeflate } from 'fflate';
import type { Cell, ExportTable } from '../domain/export.js';
import type { Language } from '../domain/strategy.js';
import { messages } from '../i18n/index.js';

/** One file of the export, as it is written into the ZIP and by the command line. */
export interface ExportFile {
  filename: string;
  bytes: Buffer;
}

/**
 * A spreadsheet runs a cell that starts with one of these as a formula (CSV injection): `=`, `+`,
 * `-`, `@`, and tab or carriage return, which some spreadsheets skip before looking. Such a text is
 * written with a leading apostrophe, which spreadsheets show as text and the README explains.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseCell(cell: Cell): string | number {
  if (cell === null) return '';
  if (typeof cell === 'boolean') return cell ? 'true' : 'false';
  if (typeof cell === 'number') return cell;
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/**
 * A table as CSV that Excel and LibreOffice open as written: UTF-8 with a byte order mark (without
 * one Excel reads UTF-8 as the local code page), CRLF between records as RFC 4180 has it, and
 * quotes where a cell holds a comma, a quote or a line break.
 */
export function tableCsv(t: ExportTable): Buffer {
  const text = stringify(
    t.rows.map((row) => row.map(neutraliseCell)),
    { header: true, columns: [...t.columns], bom: true, record_delimiter: 'windows' },
  );
  return Buffer.from(text, 'utf8');
}

/** The README inside the export: what each file holds and what each column means. */
export function exportReadme(
  language: Language,
  strategy: { name: string; channelId: string },
  date: string,
  tables: ExportTable[],
): string {
  const m = messages(language).exportFile;
  const lines = [m.title(strategy.name), '', m.intro(date, strategy.channelId), '', ...m.format, ''];
  for (const t of tables) {
    lines.push(`${t.name}.csv`, m.tables[t.name], '');
    const columns = m.columns as Record<string, string>;
    for (const column of t.columns) lines.push(`  ${column}: ${columns[column] ?? ''}`);
    lines.push('');
  }
  return lines.join('\r\n');
}

/** The export's files: one CSV per table and the README. */
export function exportFiles(
  language: Language,
  strategy: { name: string; channelId: string },
  date: string,
  tables: ExportTable[],
): ExportFile[] {
  return [
    { filename: 'README.txt', bytes: Buffer.from(exportReadme(language, strategy, date, tables), 'utf8') },
    ...tables.map((t) => ({ filename: `${t.name}.csv`, bytes: tableCsv(t) })),
  ];
}

/** The tables as JSON: one array of objects per table, values as stored (no CSV escaping). */
export function exportJson(strategy: object, date: string, tables: ExportTable[]): string {
  const out: Record<string, unknown> = { date, strategy };
  for (const t of tables)
    out[t.name] = t.rows.map((row) => Object.fromEntries(t.columns.map((c, i) => [c, row[i] ?? null])));
  return `${JSON.stringify(out, null, 2)}\n`;
}

/**
 * The files in one ZIP, through fflate's streaming writer: each file is deflated as it is pushed,
 * and the archive comes out in chunks. Every entry carries `mtime`, so the same data at the same
 * moment gives the same bytes.
 */
export function zipFiles(files: ExportFile[], mtime: Date): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    const zip = new Zip((err, chunk, final) => {
      if (err) return reject(err);
      chunks.push(chunk);
      if (final) resolve(Buffer.concat(chunks));
    });
    for (const file of files) {
      const entry = new ZipDeflate(file.filename, { level: 6 });
      entry.mtime = mtime;
      zip.add(entry);
      entry.push(new Uint8Array(file.bytes), true);
    }
    zip.end();
  });
}
