import type { AnyMiddlewareArgs, Middleware, RespondFn } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { messages } from '../i18n/index.js';
import { withHeldAck } from './command-ack.js';
import type { SlackDeps } from './deps.js';
import { safeRespond } from './response-url.js';
import { workspaceOf } from './workspace.js';

/**
 * The longest command text the app reads. Every subcommand fits in far less (names are at most
 * 80 characters); the bound keeps a pasted essay, or a forged megabyte, from reaching the parser
 * and the typo matcher.
 */
export const MAX_COMMAND_TEXT = 1_000;
/** Slack's own ceiling for a plain-text input (max_length may not exceed it). */
export const MAX_FIELD = 3_000;
/** Slack's limit on a view's private_metadata. */
const MAX_PRIVATE_METADATA = 3_000;
/** Slack's limit on a button's value. */
const MAX_ACTION_VALUE = 2_000;
/** Slack's limit on an option's value. */
const MAX_OPTION_VALUE = 150;

type StateValue = { value?: unknown; selected_option?: { value?: unknown } | null };
type State = Record<string, Record<string, StateValue>>;

interface Payload {
  type?: unknown;
  command?: unknown;
  text?: unknown;
  user_id?: unknown;
  channel_id?: unknown;
  user?: { id?: unknown } | string;
  view?: { private_metadata?: unknown; state?: { values?: State } };
  actions?: { value?: unknown; selected_option?: { value?: unknown } | null }[];
}

const longerThan = (value: unknown, max: number): value is string =>
  typeof value === 'string' && value.length > max;

/** The blocks whose typed value is longer than any input of the app allows, with its length. */
function overlongFields(state: State | undefined): Record<string, number> {
  const found: Record<string, number> = {};
  for (const [blockId, actions] of Object.entries(state ?? {})) {
    for (const value of Object.values(actions ?? {})) {
      if (longerThan(value?.value, MAX_FIELD)) found[blockId] = value.value.length;
    }
  }
  return found;
}

/** What Slack itself never sends: values beyond its own limits on buttons, options and views. */
function forged(body: Payload): boolean {
  if (longerThan(body.view?.private_metadata, MAX_PRIVATE_METADATA)) return true;
  const chosen = Object.values(body.view?.state?.values ?? {}).flatMap((actions) =>
    Object.values(actions ?? {}).map((v) => v?.selected_option?.value),
  );
  return (
    chosen.some((value) => longerThan(value, MAX_OPTION_VALUE)) ||
    (body.actions ?? []).some(
      (a) =>
        longerThan(a?.value, MAX_ACTION_VALUE) || longerThan(a?.selected_option?.value, MAX_OPTION_VALUE),
    )
  );
}

/**
 * Global middleware: text longer than the app ever needs is refused before any work is done with
 * it. A command gets a reply saying so; a modal stays open with the message under each field
 * that is too long, so nothing typed is lost; values Slack never sends (a button value, private
 * metadata or an option beyond Slack's own limits) are acknowledged and go no further than the log.
 */
export function boundInput(deps: SlackDeps): Middleware<AnyMiddlewareArgs> {
  return async (args) => {
    const body = args.body as Payload;
    const ack = 'ack' in args && args.ack ? (args.ack as (response?: unknown) => Promise<void>) : undefined;
    const client = args.client as WebClient;
    const userId =
      typeof body.user_id === 'string'
        ? body.user_id
        : typeof body.user === 'object' && typeof body.user?.id === 'string'
          ? body.user.id
          : undefined;
    // In a strategy's channel, its language unless the person chose their own.
    const channelId = typeof body.channel_id === 'string' ? body.channel_id : undefined;
    const language = () =>
      userId
        ? deps.languages.of(client, workspaceOf(body), userId, channelId ? { channelId } : {})
        : Promise.resolve('en' as const);

    if (typeof body.command === 'string' && longerThan(body.text, MAX_COMMAND_TEXT) && ack) {
      const respond = safeRespond(deps, body, (args as { respond?: RespondFn }).respond, client);
      const length = body.text.length;
      // Answered as any command is: in the ack when the reply is ready in time.
      await withHeldAck({ ack, respond, client, logger: deps.logger }, async (held) => {
        const m = messages(await language());
        await held.respond({
          response_type: 'ephemeral',
          text: m.input.commandTooLong(length, MAX_COMMAND_TEXT),
        });
      });
      return;
    }
    const overlong = overlongFields(body.view?.state?.values);
    if (forged(body) || (body.type !== 'view_submission' && Object.keys(overlong).length > 0)) {
      deps.logger.warn({ kind: body.type }, 'request with values beyond Slack’s own limits ignored');
      await ack?.();
      return;
    }
    if (body.type === 'view_submission' && Object.keys(overlong).length > 0) {
      const m = messages(await language());
      const errors = Object.fromEntries(
        Object.entries(overlong).map(([block, length]) => [block, m.input.fieldTooLong(length, MAX_FIELD)]),
      );
      await ack?.({ response_action: 'errors', errors });
      return;
    }
    await args.next();
  };
}
