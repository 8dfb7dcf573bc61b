import { formatDateIn } from '../domain/dates.js';
import type { Language } from '../domain/strategy.js';
import { messages } from '../i18n/index.js';
import type { ApiTokenRecord } from '../services/api-tokens.js';
import { context, type Message, section } from './blocks.js';
import { escapeMrkdwn } from './escape.js';

/** The token, shown once: in a code block, so that copying it takes nothing else along. */
export function apiTokenCreatedMessage(language: Language, label: string, token: string): Message {
  const m = messages(language).api;
  const lead = m.created(escapeMrkdwn(label));
  return {
    text: lead,
    blocks: [section(lead), section(`\`\`\`${token}\`\`\``), context(m.createdUse)],
  };
}

export function apiTokenListMessage(language: Language, tokens: ApiTokenRecord[], timeZone: string): Message {
  const m = messages(language).api;
  if (tokens.length === 0) return { text: m.listNone, blocks: [section(m.listNone)] };
  const lines = tokens.map((t) =>
    m.listLine(
      escapeMrkdwn(t.label),
      t.createdBy,
      formatDateIn(language, t.createdAt, timeZone),
      t.lastUsedAt ? formatDateIn(language, t.lastUsedAt, timeZone) : undefined,
    ),
  );
  // A strategy has a handful of tokens; a section holds 3,000 characters, so long lists are split.
  const sections: string[] = [];
  let current = m.listHeading(tokens.length);
  for (const line of lines) {
    if (current.length + line.length + 1 > 2900) {
      sections.push(current);
      current = line;
    } else current = `${current}\n${line}`;
  }
  sections.push(current);
  return { text: m.listHeading(tokens.length), blocks: sections.slice(0, 45).map((s) => section(s)) };
}
