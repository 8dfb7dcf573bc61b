import type { PlanDocument } from '../domain/plan.js';
import { escapeMarkdown, escapeMarkdownLines } from './escape.js';
import { type PlanBlock, planBlocks, type Span } from './plan-layout.js';

// The documented plan as a file: Markdown (for people, the channel and the canvas), JSON (for
// tools) or PDF (plan-pdf.ts). All are pure functions of the document, so the app and the command
// line print the same.

export type PlanFormat = 'md' | 'json' | 'pdf';

export function isPlanFormat(value: unknown): value is PlanFormat {
  return value === 'md' || value === 'json' || value === 'pdf';
}

/**
 * A Markdown link that canvases render too, the address as its label. Brackets, parentheses, angle
 * brackets and backslashes in the address would end it early, escape or read as an image or a
 * mention; percent-encoded they mean the same.
 */
function link(url: string): string {
  const href = url.replace(/[()<>[\]\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `[${escapeMarkdown(url)}](${href})`;
}

function spans(parts: Span[]): string {
  return parts
    .map((s, i) => {
      if (s.href) return link(s.href);
      // Spaces between spans are kept; emphasis may not open or close next to one, so they go
      // outside the markers.
      const lead = /^\s*/.exec(s.text)![0] ? ' ' : '';
      const trail = /\s*$/.exec(s.text)![0] ? ' ' : '';
      // Only plain text at the start of a line can open a list; elsewhere a number and a dot are text.
      const text = i === 0 && !s.bold ? escapeMarkdown(s.text) : headingText(s.text);
      if (!text) return lead || trail;
      return `${lead}${s.bold ? `**${text}**` : text}${trail}`;
    })
    .join('');
}

/** A heading's text: a number and a dot open no list after `#`, so the escape for one is dropped. */
function headingText(text: string): string {
  return escapeMarkdown(text).replace(/^(\d+)\\([.)])/, '$1$2');
}

/** A table cell: inside a row, a leading number and dot open no list either. */
function cell(text: string): string {
  return headingText(text) || '–';
}

function block(b: PlanBlock): string {
  switch (b.kind) {
    case 'title':
      return `# ${headingText(b.text)}`;
    case 'heading':
      return `${'#'.repeat(b.level)} ${headingText(b.text)}`;
    case 'paragraph':
      return spans(b.spans);
    case 'list':
      return b.items.map((item) => `- ${spans(item)}`).join('\n');
    case 'quote':
      // Text people typed, quoted line by line: it can open nothing of its own inside the quote.
      return escapeMarkdownLines(b.lines.join('\n'))
        .map((line) => (line ? `> ${line}` : '>'))
        .join('\n');
    case 'table':
      return [
        `| ${b.header.map(cell).join(' | ')} |`,
        `|${b.header.map(() => ' --- |').join('')}`,
        ...b.rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
      ].join('\n');
  }
}

/** The plan as Markdown in the strategy's language; people by name, never as Slack mentions. */
export function planMarkdown(doc: PlanDocument): string {
  return `${planBlocks(doc).map(block).join('\n\n')}\n`;
}

export function planJson(doc: PlanDocument): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}

export function renderPlan(doc: PlanDocument, format: 'md' | 'json'): string {
  return format === 'json' ? planJson(doc) : planMarkdown(doc);
}
