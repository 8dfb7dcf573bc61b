import type { KnownBlock, View } from '@slack/types';
import type { Metric } from '../domain/metric.js';
import type { RefusedRow } from '../domain/metric-import.js';
import { formatNumber } from '../domain/numbers.js';
import type { Language } from '../domain/strategy.js';
import { messages } from '../i18n/index.js';
import type { ConfirmResult, ImportPreview } from '../services/metric-imports.js';
import { actions, button, clip, context, LIMITS, type Message, modal, section, textInput } from './blocks.js';
import { escapeMrkdwn } from './escape.js';
import { METRIC_IDS } from './ids.js';
import { formatPeriod } from './periods.js';

/** A multiline plain_text_input holds at most 3000 characters (Slack's limit). */
export const IMPORT_TEXT_MAX = 3000;
/** Lines shown of each list in a preview; the rest are counted. */
const SHOWN_LINES = 12;
/** A refused row is shown as typed, up to this many characters. */
const ROW_TEXT_MAX = 80;

export interface ImportModalMetadata {
  strategyId: string;
  channelId: string;
  metricId: string;
}

export interface ImportPreviewMetadata {
  strategyId: string;
  channelId: string;
  importId: string;
}

/** The window that takes pasted CSV for one metric; `fileWaitMinutes` for the DM alternative. */
export function importModal(
  language: Language,
  meta: ImportModalMetadata,
  metric: Metric,
  fileWaitMinutes: number,
): View {
  const m = messages(language).imports;
  const weekly = metric.cadence === 'weekly';
  return modal({
    callbackId: METRIC_IDS.importView,
    title: m.modalTitle,
    submit: m.previewButton,
    close: m.cancel,
    privateMetadata: JSON.stringify(meta),
    blocks: [
      section(m.intro(escapeMrkdwn(metric.name), weekly)),
      section(m.example(weekly)),
      textInput({
        blockId: METRIC_IDS.importTextBlock,
        actionId: METRIC_IDS.importTextInput,
        label: m.inputLabel,
        hint: m.inputHint,
        multiline: true,
        maxLength: IMPORT_TEXT_MAX,
      }),
      context(m.fileHint(fileWaitMinutes)),
    ],
  });
}

/** Lines as one mrkdwn text inside a section's limit, the rest counted on a last line. */
function listWithin(lines: string[], more: (count: number) => string): string {
  const budget = LIMITS.sectionText - 100;
  const kept: string[] = [];
  let length = 0;
  for (const line of lines.slice(0, SHOWN_LINES)) {
    if (length + line.length + 1 > budget) break;
    kept.push(line);
    length += line.length + 1;
  }
  if (kept.length < lines.length) kept.push(more(lines.length - kept.length));
  return kept.join('\n');
}

/** What the preview says: counts, what would be replaced, what was refused and why, what comes in. */
export function importPreviewBlocks(language: Language, preview: ImportPreview): KnownBlock[] {
  const m = messages(language).imports;
  const n = (v: number) => formatNumber(v, language);
  const period = (p: string) => formatPeriod(language, p);
  const blocks: KnownBlock[] = [
    section(
      m.summary(
        escapeMrkdwn(preview.metric.name),
        preview.rows.length,
        preview.refused.length,
        preview.replaced.length,
      ),
    ),
  ];
  if (preview.unchanged > 0) blocks.push(context(m.unchangedNote(preview.unchanged)));
  if (preview.replaced.length > 0)
    blocks.push(
      section(
        `${m.replacedHeading}\n${listWithin(
          preview.replaced.map((r) => m.replacedLine(period(r.period), n(r.before), n(r.after))),
          m.more,
        )}`,
      ),
    );
  if (preview.refused.length > 0)
    blocks.push(
      section(
        `${m.refusedHeading}\n${listWithin(
          preview.refused.map((r) =>
            m.refusedLine(r.line, escapeMrkdwn(clip(r.text, ROW_TEXT_MAX)), reason(language, r)),
          ),
          m.more,
        )}`,
      ),
    );
  if (preview.rows.length > 0)
    blocks.push(
      section(
        `${m.understoodHeading}\n${listWithin(
          preview.rows.map((r) => m.rowLine(period(r.period), n(r.value))),
          m.more,
        )}`,
      ),
    );
  else blocks.push(section(m.nothingToImport));
  return blocks;
}

function reason(language: Language, row: RefusedRow): string {
  const p = messages(language).imports.problems;
  return row.problem === 'duplicate' ? p.duplicate(row.sameAs ?? 0) : p[row.problem];
}

/** The preview in the window: its submit button imports; with nothing to import, only Close. */
export function importPreviewModal(
  language: Language,
  meta: ImportPreviewMetadata,
  preview: ImportPreview,
): View {
  const m = messages(language).imports;
  const importable = preview.rows.length > 0;
  return modal({
    callbackId: METRIC_IDS.importPreviewView,
    title: m.previewTitle,
    ...(importable ? { submit: m.confirm(preview.rows.length) } : {}),
    close: importable ? m.cancel : m.back,
    privateMetadata: JSON.stringify(meta),
    blocks: importPreviewBlocks(language, preview),
  });
}

/** The preview of a file sent to the app's DM, with its Import and Cancel buttons. */
export function importPreviewMessage(language: Language, preview: ImportPreview, fileName: string): Message {
  const m = messages(language).imports;
  const intro = m.fileIntro(escapeMrkdwn(clip(fileName, 200)), escapeMrkdwn(preview.metric.name));
  const blocks: KnownBlock[] = [section(intro), ...importPreviewBlocks(language, preview)];
  if (preview.rows.length > 0)
    blocks.push(
      actions([
        button(m.confirm(preview.rows.length), METRIC_IDS.importConfirm, preview.importId, 'primary'),
        button(m.cancel, METRIC_IDS.importCancel, preview.importId),
      ]),
    );
  return { text: intro, blocks };
}

/** What the person is told once they confirmed or cancelled. */
export function importOutcomeText(language: Language, result: ConfirmResult): string {
  const m = messages(language).imports;
  switch (result.kind) {
    case 'imported': {
      const name = escapeMrkdwn(result.metric.name);
      return result.saved === 0 ? m.importedNothing(name) : m.imported(name, result.saved, result.replaced);
    }
    case 'already':
      return m.already;
    case 'cancelled':
      return m.cancelled;
    case 'expired':
      return m.expired;
    default:
      return m.notFound;
  }
}
