import type { App, RespondArguments, RespondFn } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';

// A response_url is only a URL in a signed payload: the app must never post to wherever a
// payload says. Slack's own are on hooks.slack.com; a stand-in for Slack (SLACK_API_URL) serves
// them from its own host.
const SLACK_HOOKS = 'https://hooks.slack.com';

/** Whether the app may post a reply to this URL: Slack's hooks host, or the configured API's host. */
export function isSlackResponseUrl(config: Config, url: unknown): url is string {
  if (typeof url !== 'string') return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return parsed.origin === SLACK_HOOKS || parsed.origin === new URL(config.slack.apiUrl).origin;
}

/** The host of a URL for a log line (the rest of a response URL is a credential). */
function hostOf(url: unknown): string {
  try {
    return new URL(String(url)).host;
  } catch {
    return 'not a URL';
  }
}

interface ReplyTarget {
  response_url?: unknown;
  response_urls?: unknown;
  channel_id?: unknown;
  user_id?: unknown;
  channel?: { id?: unknown } | null;
  user?: { id?: unknown } | string;
}

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== '' ? value : undefined;

/** The response URL a payload offers, as Bolt would use it. */
function offeredUrl(body: ReplyTarget): unknown {
  if (body.response_url) return body.response_url;
  const first = Array.isArray(body.response_urls)
    ? (body.response_urls[0] as { response_url?: unknown })
    : undefined;
  return first?.response_url;
}

interface SafeRespondDeps {
  config: Config;
  logger: Logger;
}

/**
 * `respond` as listeners use it: through the payload's response URL when that is Slack's, else
 * by chat.postEphemeral (or chat.postMessage for an in-channel reply) to the channel and user the
 * payload names; a reply that only makes sense through the URL (replacing or deleting the message
 * clicked) is dropped with a log line.
 */
export function safeRespond(
  deps: SafeRespondDeps,
  body: ReplyTarget,
  respond: RespondFn | undefined,
  client: WebClient,
): RespondFn {
  const url = offeredUrl(body);
  if (respond && isSlackResponseUrl(deps.config, url)) return respond;
  const channel = text(body.channel_id) ?? text(body.channel?.id);
  const user = text(body.user_id) ?? (typeof body.user === 'object' ? text(body.user?.id) : undefined);
  return async (message) => {
    const args: RespondArguments = typeof message === 'string' ? { text: message } : message;
    const { response_type, replace_original, delete_original, ...content } = args;
    const host = url === undefined ? undefined : hostOf(url);
    if (!channel || !user || replace_original === true || delete_original === true) {
      deps.logger.warn({ host, channel, user }, 'reply dropped: the payload has no response URL on Slack');
      return new Response(null, { status: 204 });
    }
    deps.logger.warn({ host, channel, user }, 'response URL not on Slack: replying through the Web API');
    const post = { ...content, channel, text: content.text ?? '' } as Parameters<
      WebClient['chat']['postMessage']
    >[0];
    if (response_type === 'in_channel') await client.chat.postMessage(post);
    else
      await client.chat.postEphemeral({ ...post, user } as Parameters<WebClient['chat']['postEphemeral']>[0]);
    return new Response(null, { status: 200 });
  };
}

type AnyListener = (args: { body: unknown; respond?: RespondFn; client: WebClient }) => Promise<void>;

/**
 * The app as listeners register on it, every command, action and view listener getting the
 * `respond` above instead of Bolt's. Bolt builds `respond` from the payload before any middleware
 * runs and hands each listener its own copy of the arguments, so the listener is the one place
 * it can be replaced; wrapping registration covers every listener, present and future.
 */
export function withSafeRespond(app: App, deps: SafeRespondDeps): App {
  const wrap =
    (listener: AnyListener): AnyListener =>
    (args) =>
      listener({ ...args, respond: safeRespond(deps, args.body as ReplyTarget, args.respond, args.client) });
  return new Proxy(app, {
    get(target, key, receiver) {
      if (key === 'command' || key === 'action' || key === 'view') {
        const register = Reflect.get(target, key, target) as (...a: unknown[]) => void;
        return (constraint: unknown, ...listeners: AnyListener[]) =>
          register.call(target, constraint, ...listeners.map(wrap));
      }
      return Reflect.get(target, key, receiver);
    },
  });
}
