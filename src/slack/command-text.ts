// Slash-command text as Slack sends it with escaping on (the manifests' `should_escape: true`):
// what people typed, with `&`, `<` and `>` as `&amp;`, `&lt;` and `&gt;`, and each person, channel,
// group or link they picked as a `<…>` token. It is decoded here once, before anything reads it.

/** A piece of command text: words as typed, or something Slack recognised. */
export type CommandPart =
  | { kind: 'text'; text: string }
  /** `<@U123>` or `<@U123|maria>`: a person picked from Slack's list. */
  | { kind: 'user'; id: string; label: string | undefined }
  /** `<#C123|general>`, or `<#C123|>` for a private channel. */
  | { kind: 'channel'; id: string; label: string | undefined }
  /** Anything else in `<…>`: a link, a user group, `@here`, a date. */
  | { kind: 'other'; text: string };

const TOKEN = /<([^<>]*)>/g;
const ENTITY = /&(amp|lt|gt);/g;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>' };
// The app's messages put zero-width spaces beside formatting characters; a name copied from one
// and typed back must still be the same name.
const ZWSP = /\u200B/g;

function decodeEntities(text: string): string {
  return text.replace(ENTITY, (_m, name: string) => ENTITIES[name]!).replace(ZWSP, '');
}

/** How a token reads as words: the name after `|`, else what it stands for. */
function part(inner: string): CommandPart {
  const bar = inner.indexOf('|');
  const target = bar < 0 ? inner : inner.slice(0, bar);
  const label = bar < 0 ? undefined : decodeEntities(inner.slice(bar + 1)) || undefined;
  const user = /^@([UW][A-Z0-9]+)$/.exec(target);
  if (user) return { kind: 'user', id: user[1]!, label: label?.replace(/^@/, '') };
  const channel = /^#([CG][A-Z0-9]+)$/.exec(target);
  if (channel) return { kind: 'channel', id: channel[1]!, label: label?.replace(/^#/, '') };
  if (label) return { kind: 'other', text: label };
  const special = /^!(here|channel|everyone)$/.exec(target);
  if (special) return { kind: 'other', text: `@${special[1]}` };
  const group = /^!subteam\^(\w+)$/.exec(target);
  if (group) return { kind: 'other', text: `@${group[1]}` };
  return { kind: 'other', text: decodeEntities(target) };
}

/** The command text in parts, every entity decoded once. */
export function decodeCommandText(raw: string): CommandPart[] {
  const parts: CommandPart[] = [];
  let at = 0;
  for (const match of raw.matchAll(TOKEN)) {
    if (match.index > at) parts.push({ kind: 'text', text: decodeEntities(raw.slice(at, match.index)) });
    parts.push(part(match[1]!));
    at = match.index + match[0].length;
  }
  if (at < raw.length) parts.push({ kind: 'text', text: decodeEntities(raw.slice(at)) });
  return parts;
}

/** The parts as the words they show: `@maria` for a person, `#general` for a channel. */
export function plainText(parts: readonly CommandPart[]): string {
  return parts.map(partText).join('');
}

function partText(p: CommandPart): string {
  if (p.kind === 'user') return `@${p.label ?? p.id}`;
  if (p.kind === 'channel') return `#${p.label ?? p.id}`;
  return p.text;
}

/**
 * The parts after the subcommand word. A subcommand word is the whole first word of the text, so
 * it lies in the leading text part.
 */
export function afterFirstWord(parts: readonly CommandPart[]): CommandPart[] {
  const [first, ...others] = parts;
  if (first?.kind !== 'text') return [...parts];
  const rest = first.text.replace(/^\s*\S+/, '');
  return rest ? [{ kind: 'text', text: rest }, ...others] : others;
}

/** The first person picked in the text, and the text without them. */
export function firstMention(parts: readonly CommandPart[]): { userId: string; rest: string } | undefined {
  const index = parts.findIndex((p) => p.kind === 'user');
  const mention = parts[index];
  if (mention?.kind !== 'user') return undefined;
  const others = parts.filter((_p, i) => i !== index);
  return { userId: mention.id, rest: plainText(others).replace(/\s+/g, ' ').trim() };
}
