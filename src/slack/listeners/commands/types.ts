import type { RespondFn } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import type { Language } from '../../../domain/strategy.js';
import type { SlackDeps } from '../../deps.js';

/** One `/smstrategy` invocation, already acked, with the caller's language resolved. */
export interface CommandRequest {
  teamId: string;
  channelId: string;
  channelName: string;
  userId: string;
  triggerId: string;
  /** The text after the subcommand word. */
  rest: string;
  language: Language;
  client: WebClient;
  respond: RespondFn;
}

export type Subcommand = (deps: SlackDeps, request: CommandRequest) => Promise<void>;
