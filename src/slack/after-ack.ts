import type { RespondFn } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import type { Language } from '../domain/strategy.js';
import { messages } from '../i18n/index.js';
import type { Logger } from '../logger.js';
import type { Message } from '../views/blocks.js';
import { classifySlackError, failureCode } from './slack-errors.js';

// Once Slack has its ack, a failure can no longer be shown as the answer to the request: the
// person who acted is told separately, with what was saved and what to do next.

/** Whoever acted, and how to reach only them. */
export interface Acted {
  client: WebClient;
  teamId: string;
  userId: string;
  language: Language;
  /** A command or a button in a message: replies there reach only them. Modals and App Home have none. */
  respond?: RespondFn;
}

/**
 * Shows the person who acted something only they see: under their request where Slack gave a
 * response URL, otherwise (or should that fail) by direct message. Never throws: when neither
 * reaches them, there is nothing left to do but log it.
 */
export async function tellActor(logger: Logger, who: Acted, message: string | Message): Promise<void> {
  const reply = typeof message === 'string' ? { text: message } : message;
  if (who.respond) {
    try {
      await who.respond({ response_type: 'ephemeral', replace_original: false, ...reply });
      return;
    } catch (err) {
      logger.warn({ err, teamId: who.teamId }, 'could not reply under the request; sending a DM instead');
    }
  }
  try {
    await who.client.chat.postMessage({ channel: who.userId, ...reply });
  } catch (err) {
    logger.error({ err, teamId: who.teamId, userId: who.userId }, 'could not tell someone about a failure');
  }
}

/** What to do about a post Slack refused or failed in `channelId`, in the person's language. */
export function failureAdvice(language: Language, err: unknown, channelId: string): string {
  const m = messages(language).posting;
  const failure = classifySlackError(err);
  switch (failure.kind) {
    case 'channel_unreachable':
      return m.unreachable[failure.code]!(channelId);
    case 'rate_limited':
      return m.rateLimited;
    case 'permanent':
      return m.noAccess;
    case 'transient':
      return m.failed(failureCode(failure));
  }
}

/**
 * A post the app makes in a channel for someone, after their request was taken. Should Slack
 * refuse or fail it, it is logged, and they are told `saved` (what was done all the same) and
 * what to do next. Returns whether it was posted.
 */
export async function postForActor(
  logger: Logger,
  who: Acted,
  target: { channelId: string; saved: string },
  post: () => Promise<unknown>,
): Promise<boolean> {
  try {
    await post();
    return true;
  } catch (err) {
    const failure = classifySlackError(err);
    logger.warn(
      { err, teamId: who.teamId, channelId: target.channelId, reason: failureCode(failure) },
      'a post after the ack failed; telling the person who acted',
    );
    await tellActor(logger, who, `${target.saved} ${failureAdvice(who.language, err, target.channelId)}`);
    return false;
  }
}
