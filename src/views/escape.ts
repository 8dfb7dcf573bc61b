// Where text people typed meets markup: Slack's mrkdwn (messages, App Home, modal sections) and
// Markdown (the plan file and the canvas). Text that goes into plain_text fields (headers, buttons,
// labels, options, titles) needs none of this: Slack shows it as it is.

const ZWSP = '\u200B';
/** Left-to-right and right-to-left marks, embeddings, overrides and isolates. */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

/**
 * A text carrying direction controls is set in its own isolate (FSI … PDI): whatever embedding or
 * override it opens ends with it, so it cannot turn the words around it backwards.
 */
function isolateBidi(text: string): string {
  return BIDI_CONTROLS.test(text) ? `\u2068${text}\u2069` : text;
}

/**
 * User text for a mrkdwn field or a message's fallback text, to show as typed.
 *
 * `&`, `<` and `>` are Slack's control characters (`<!channel>` pings, `<url|label>` links): Slack
 * reads them as text only as `&amp;`, `&lt;` and `&gt;`, its only escapes. mrkdwn has no escape for
 * `*`, `_`, `~` and backticks; a zero-width space on each side keeps a typed one from pairing up
 * into bold, italics, strike or code (Slack's advice is a space beside it; this one is invisible).
 * A `>` starting a line would quote it. Mentions and channel names written as plain words
 * (`@here`, `#general`) stay words because every mrkdwn text object the views make is verbatim.
 */
export function escapeMrkdwn(text: string): string {
  return isolateBidi(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[*_~`]/g, (c) => `${ZWSP}${c}${ZWSP}`)
    .replace(/^&gt;/gm, `${ZWSP}&gt;`);
}

// CommonMark punctuation with a meaning inside a line: emphasis, code, links and images (a canvas
// mention is an image, `![](@U…)`), autolinks and HTML, headings, tables, escapes themselves.
const MARKDOWN_INLINE = /[\\`*_~[\]<>#|]/g;

function markdownLine(line: string): string {
  return (
    isolateBidi(line)
      .replace(MARKDOWN_INLINE, '\\$&')
      // `&copy;` and `&#60;` are entities in Markdown; a lone `&` is not, and stays as typed.
      .replace(/&(?=#?[0-9a-z]+;)/gi, '\\&')
      // What would open a list, a setext heading or a thematic break at the start of a line.
      .replace(/^([-+=])/, '\\$1')
      .replace(/^(\d+)([.)])/, '$1\\$2')
  );
}

/** User text for one place in a Markdown line (a heading, a list item): on one line, nothing it opens. */
export function escapeMarkdown(text: string): string {
  return markdownLine(text.replace(/\s*\r?\n\s*/g, ' ').trim());
}

/**
 * User text of several lines (notes, answers), each line escaped on its own. Indentation is dropped:
 * four spaces would make a line a code block, where escapes show as typed backslashes.
 */
export function escapeMarkdownLines(text: string): string[] {
  return text.split(/\r?\n/).map((line) => markdownLine(line.trim()));
}
