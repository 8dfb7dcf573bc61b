import { closest, fold } from './text.js';

/** Subcommands of `/smstrategy`, in the order the help lists them. */
export const COMMANDS = [
  'help',
  'start',
  'assess',
  'status',
  'assign',
  'due',
  'phase',
  'metric',
  'checkin',
  'schedule',
  'pause',
  'resume',
  'plan',
  'export',
  'language',
  'settings',
  'rename',
  'admin',
  'archive',
  'unarchive',
  'delete',
  'api',
] as const;
export type CommandName = (typeof COMMANDS)[number];

/** Other words for a command, for a Finnish team that types in Finnish. */
const ALIASES: ReadonlyMap<string, CommandName> = new Map([
  ['kieli', 'language'],
  ['asetukset', 'settings'],
  ['nimea', 'rename'],
  ['yllapitaja', 'admin'],
  ['arkistoi', 'archive'],
  ['palauta', 'unarchive'],
  ['poista', 'delete'],
  ['vie', 'export'],
]);

export type ParsedCommand =
  | { kind: 'command'; name: CommandName; rest: string }
  | { kind: 'unknown'; word: string; suggestion: CommandName | undefined };

export function parseCommand(text: string): ParsedCommand {
  const trimmed = text.trim();
  if (!trimmed) return { kind: 'command', name: 'help', rest: '' };
  const first = trimmed.split(/\s+/, 1)[0]!;
  const word = fold(first);
  const rest = trimmed.slice(first.length).trim();
  const known = COMMANDS.find((c) => c === word) ?? ALIASES.get(word);
  if (known) return { kind: 'command', name: known, rest };
  const near = closest(word, [...COMMANDS, ...ALIASES.keys()]);
  const suggestion = near === undefined ? undefined : (ALIASES.get(near) ?? (near as CommandName));
  return { kind: 'unknown', word: first, suggestion };
}
