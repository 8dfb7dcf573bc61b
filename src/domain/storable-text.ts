// Text as the app keeps it. PostgreSQL refuses NUL in text outright ("invalid byte sequence")
// where SQLite stores it, and half of a surrogate pair with no other half is stored as one
// replacement character by the PostgreSQL driver and as three by SQLite's. So that both databases
// keep the same text, and no save fails for an invisible character: control characters other
// than tab and line breaks are dropped (nobody types them on purpose, and they would also end up
// in the plan's Markdown and the canvas), and a lone surrogate becomes U+FFFD, as a browser
// shows it.

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const UNSTORABLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ud800-\udfff]/;

/** The text with what cannot be kept alike on both databases taken out (see above). */
export function storableText(text: string): string {
  // Most text has none of it: one test, and the text itself comes back.
  if (!UNSTORABLE.test(text)) return text;
  return text.replace(CONTROL, '').replace(LONE_SURROGATE, '\ufffd');
}
