import type { AckFn, RespondArguments, RespondFn } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import type { Logger } from '../logger.js';

/**
 * How long a slash command's ack may wait for its reply. Slack shows the person an error when the
 * ack takes more than 3 s; half of that leaves room for a slow network and a busy process.
 */
export const ACK_BUDGET_MS = 1500;

/** What a command's work gets in place of Bolt's: replies and a client that know about the ack. */
export interface HeldAckTools {
  respond: RespondFn;
  client: WebClient;
}

/**
 * Runs a slash command's work with its ack held back for a moment: the first reply the work gives
 * within `budgetMs` goes to Slack as the ack's body, which Slack shows at once (the same message it
 * would show from the response URL, one round trip sooner and with no extra request). When the
 * budget runs out, when the work ends without a reply, or when it fails, the ack goes out empty,
 * exactly once; every later reply goes to the response URL as before. A failure is rethrown after
 * the ack, so the app's error handler tells the person through the response URL whatever happened
 * to the ack.
 *
 * Only an ephemeral reply goes in the ack. Slack takes an `in_channel` one there too, but the
 * app's in-channel replies (a strategy started, renamed, paused, archived) go through the response
 * URL so that a channel Slack cannot post in is noticed and the person told (after-ack.ts): an ack
 * body has no answer to read. So they stay as they were: an empty ack, then the response URL.
 */
export async function withHeldAck(
  args: { ack: AckFn<string | RespondArguments>; respond: RespondFn; client: WebClient; logger: Logger },
  work: (tools: HeldAckTools) => Promise<void>,
  budgetMs = ACK_BUDGET_MS,
): Promise<void> {
  const held = new HeldAck(args.ack, args.respond, args.logger, budgetMs);
  try {
    await work({ respond: held.respond, client: held.clientFor(args.client) });
  } finally {
    await held.release();
  }
}

/** A reply that can be the ack's body: a new message only the caller sees. */
function ackBody(message: string | RespondArguments): RespondArguments | undefined {
  const reply: RespondArguments = typeof message === 'string' ? { text: message } : message;
  const { replace_original, delete_original, ...body } = reply;
  if (replace_original === true || delete_original === true) return undefined;
  if ((body.response_type ?? 'ephemeral') !== 'ephemeral') return undefined;
  return { ...body, response_type: 'ephemeral' } as RespondArguments;
}

class HeldAck {
  /** The ack, once sent (with a reply or empty): whoever sets it first decides, so it goes out once. */
  private acked: Promise<void> | undefined;
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly ack: AckFn<string | RespondArguments>,
    private readonly viaUrl: RespondFn,
    private readonly logger: Logger,
    budgetMs: number,
  ) {
    this.timer = setTimeout(() => {
      this.release().catch((err: unknown) => this.logger.warn({ err }, 'the empty ack failed'));
    }, budgetMs);
  }

  /** Acks with nothing, unless the ack is already sent. */
  release(): Promise<void> {
    clearTimeout(this.timer);
    this.acked ??= this.ack();
    return this.acked;
  }

  readonly respond: RespondFn = async (message) => {
    const body = this.acked ? undefined : ackBody(message);
    if (body) {
      clearTimeout(this.timer);
      this.acked = this.ack(body);
      try {
        await this.acked;
        return new Response(null, { status: 200 });
      } catch (err) {
        // The reply never reached Slack with the ack: the response URL still takes it.
        this.logger.warn({ err }, 'the ack with the reply failed; replying through the response URL');
        this.acked = Promise.resolve();
        return this.viaUrl(message);
      }
    }
    // A later reply must not reach Slack before the ack, or Slack would show it before the answer.
    await this.release();
    return this.viaUrl(message);
  };

  /**
   * The client with `views.open` acking first. A command that opens a modal answers with the
   * modal, never in the ack, so holding the ack while Slack opens it would only make the ack wait
   * on views.open, which can itself take a second or more: acking as the modal is asked for keeps
   * the ack prompt whatever views.open takes (the trigger_id stays valid after the ack).
   */
  clientFor(client: WebClient): WebClient {
    const views: WebClient['views'] = {
      ...client.views,
      open: async (options) => {
        await this.release();
        return client.views.open(options);
      },
    };
    return new Proxy(client, {
      get: (target, key) => (key === 'views' ? views : Reflect.get(target, key, target)),
    });
  }
}
