import type { RespondFn } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import type { Language, Strategy } from '../domain/strategy.js';
import { messages } from '../i18n/index.js';
import { strategyOfChannel } from '../services/strategies.js';
import type { Message } from '../views/blocks.js';
import { escapeMrkdwn } from '../views/escape.js';
import type { CommandPart } from './command-text.js';
import type { SlackDeps } from './deps.js';

/**
 * One `/smstrategy` invocation, or a button in a channel message doing what the command would,
 * with the caller's language resolved. A command's first ephemeral reply, when it comes in time,
 * is its ack (command-ack.ts); a button's replies all go to its response URL.
 */
export interface CommandRequest {
  teamId: string;
  channelId: string;
  channelName: string;
  userId: string;
  triggerId: string;
  /** The text after the subcommand word, decoded: as the words it shows. */
  rest: string;
  /** The same text in parts, with the people and channels picked in it. */
  restParts: readonly CommandPart[];
  /** The value of the button that sent the request, if a button did. */
  value?: string;
  language: Language;
  client: WebClient;
  respond: RespondFn;
}

export type Subcommand = (deps: SlackDeps, request: CommandRequest) => Promise<void>;

export type StrategySubcommand = (
  deps: SlackDeps,
  request: CommandRequest,
  strategy: Strategy,
) => Promise<void>;

/** A reply only the caller sees, in the channel they asked in. */
export async function ephemeral(req: CommandRequest, reply: string | Message): Promise<void> {
  await req.respond({ response_type: 'ephemeral', ...(typeof reply === 'string' ? { text: reply } : reply) });
}

/**
 * A subcommand about the channel's strategy; in a channel without one, the caller learns how to
 * start it. An archived strategy is read-only: unless `reads` says this request only reads it, the
 * caller is told so and nothing runs.
 */
export function withStrategy(
  run: StrategySubcommand,
  options: { reads?: (req: CommandRequest) => boolean } = {},
): Subcommand {
  return async (deps, req) => {
    const strategy = await strategyOfChannel(deps, req.teamId, req.channelId);
    if (!strategy) return ephemeral(req, messages(req.language).errors.noStrategy);
    if (strategy.state === 'archived' && !options.reads?.(req))
      return ephemeral(req, archivedRefusal(req.language, strategy));
    await run(deps, req, strategy);
  };
}

/** Why a change to an archived strategy was refused, and how to bring it back. */
export function archivedRefusal(language: Language, strategy: Strategy): string {
  return messages(language).lifecycle.archivedRefusal(escapeMrkdwn(strategy.name));
}
