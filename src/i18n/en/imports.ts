import { formatNumber } from '../../domain/numbers.js';
import { plural } from './counts.js';

// Importing a metric's history from CSV: the window to paste it in, the preview, the outcome, and
// the Workflow Builder step that records one value.

const n = (count: number) => formatNumber(count, 'en');
const values = (count: number) => plural(count, { one: '1 value', other: `${n(count)} values` });
const rows = (count: number) => plural(count, { one: '1 row', other: `${n(count)} rows` });

export const importTexts = {
  imports: {
    button: 'Import history',
    modalTitle: 'Import history',
    intro: (metric: string, weekly: boolean) =>
      `Paste the past values of *${metric}*, one ${weekly ? 'week' : 'month'} a row: the date or period first, then the value. Nothing is saved before you have seen a preview and confirmed it.`,
    example: (weekly: boolean): string =>
      weekly
        ? '```date;value\n25.1.2027;1 180\n2027-W05;1 234,5```'
        : '```month;value\n31.12.2026;1 180\n2027-01;1 234,5```',
    inputLabel: 'Rows (CSV)',
    inputHint:
      'Dates as 31.1.2027 or 2027-01-31, weeks as 2027-W05, months as 2027-01. Separate the columns with ; (or with , when no value has a decimal comma). A header row may stay.',
    fileHint: (minutes: number) =>
      `A longer history? Within ${minutes} minutes, send the CSV file to me in a direct message (smstrategy → Messages) and I will show the same preview there.`,
    previewButton: 'Preview',
    previewTitle: 'Check the import',
    summary: (metric: string, understood: number, refused: number, replaced: number) =>
      `*${metric}*: ${rows(understood)} understood, ${rows(refused)} refused. ${
        replaced === 0
          ? 'No value already reported would change.'
          : plural(replaced, {
              one: '1 value already reported would be replaced.',
              other: `${n(replaced)} values already reported would be replaced.`,
            })
      }`,
    unchangedNote: (count: number) =>
      plural(count, {
        one: '1 row repeats the value its period already holds; it changes nothing.',
        other: `${n(count)} rows repeat the value their period already holds; they change nothing.`,
      }),
    understoodHeading: '*To import*',
    replacedHeading: '*Would replace*',
    refusedHeading: '*Refused*',
    rowLine: (period: string, value: string) => `• ${period}: ${value}`,
    replacedLine: (period: string, before: string, after: string) => `• ${period}: ${before} → ${after}`,
    refusedLine: (line: number, text: string, reason: string) => `• line ${line}: ${text} — ${reason}`,
    more: (count: number) => `…and ${n(count)} more`,
    problems: {
      unreadable: 'not a date or a period',
      no_such_day: 'no such day, week or month',
      month_for_weekly: 'a month, but this metric is reported weekly: give a date or a week',
      week_for_monthly: 'a week, but this metric is reported monthly: give a date or a month',
      future: 'that period has not begun yet',
      not_a_number: 'the value is not a number',
      missing_value: 'no value',
      too_many_columns: 'more than two columns (with a decimal comma, separate the columns with ;)',
      duplicate: (line: number) => `the same period as line ${line}`,
    },
    confirm: (count: number) => `Import ${values(count)}`,
    cancel: 'Cancel',
    back: 'Close',
    nothingToImport: 'None of the rows can be imported. Correct them and try again.',
    empty: 'There are no rows to read.',
    tooManyRows: (count: number, max: number) =>
      `${rows(count)} is more than one metric's history; import at most ${n(max)} at a time.`,
    unreadable: (line: number) =>
      `The text cannot be read as CSV from line ${line} on. Is a quotation mark (") left open?`,
    imported: (metric: string, saved: number, replaced: number) =>
      `Imported ${values(saved)} into *${metric}*${
        replaced === 0
          ? '.'
          : plural(replaced, {
              one: '; 1 replaced an earlier one.',
              other: `; ${n(replaced)} replaced earlier ones.`,
            })
      }`,
    importedNothing: (metric: string) => `Nothing changed in *${metric}*: every value was already there.`,
    already: 'This import has already been done.',
    cancelled: 'Import cancelled. Nothing was saved.',
    expired: 'This preview is more than a day old. Start the import again with *Import history*.',
    notFound: 'This import is no longer available: the metric may have been archived.',
    fileNotAsked:
      'To import a metric’s history from a file, first press *Import history* on the metric in `/smstrategy metric list`, then send the file here.',
    fileTooLarge: (maxMb: number) =>
      `The file is larger than ${maxMb} MB. Send the history in smaller files.`,
    fileNotText: 'Send the history as a CSV or text file.',
    fileUnavailable: 'Slack did not let me download the file. Send it again in a moment.',
    fileIntro: (file: string, metric: string) => `*${file}*, the history of *${metric}*:`,
  },
  workflow: {
    failed: 'The value could not be saved just now. Run the workflow again in a moment.',
    noStrategy: 'That channel has no strategy. Pick the channel where the strategy was started.',
    noMetric: (metric: string, suggestion: string | undefined) =>
      `The strategy has no metric named “${metric}”.${suggestion ? ` Did you mean “${suggestion}”?` : ''}`,
    notANumber: (value: string) => `“${value}” is not a number. Write it as 1234,5 or 1234.5.`,
  },
};
