import type { WebClient } from '@slack/web-api';
import { LRUCache } from 'lru-cache';
import { classifySlackError, failureCode } from '../slack/slack-errors.js';
import type { Delivery } from '../storage/deliveries.js';

// Finding a delivery's message in Slack, for when an attempt may have posted it but never heard
// back. Since 2025 Slack gives commercially distributed apps outside the Marketplace one
// conversations.history call a minute per workspace and pages of at most 15 messages, so a
// lookup may be cut short: it then says it does not know, and where it stopped, and nothing is
// posted until a later lookup answers.

/** The metadata event every scheduled post carries, naming its delivery. */
export const DELIVERY_EVENT = 'smstrategy_delivery';

/** Slack's largest (and default) conversations.history page under those limits. */
const PAGE = 15;
/** Slack stamps a message by its own clock: the search starts this far before the slot. */
const CLOCK_SKEW_S = 60;
/** How long to wait before looking again after a failure that named no wait. */
const RETRY_MS = 60_000;

export type Lookup =
  | { kind: 'found'; ts: string }
  | { kind: 'absent' }
  /** Slack could not be asked (rate limited, failed): look again after `retryAfterMs`, from `searchedTo`. */
  | { kind: 'unknown'; reason: string; retryAfterMs: number; searchedTo: string | undefined };

/**
 * A workspace's conversations.history calls, one at a time, and when they may be made again as
 * the last 429 said. Kept for the process: under Slack's one call a minute, lookups made together
 * would only collect refusals; queued, the first one refused makes the rest wait without a call.
 */
const REMEMBERED_WORKSPACES = 10_000;

export class HistoryLimits {
  // Workspaces held back at once; a workspace forgotten past it makes one call too early, and the
  // 429 it gets holds it back again.
  private readonly until = new LRUCache<string, number>({ max: REMEMBERED_WORKSPACES });
  private readonly queues = new Map<string, Promise<unknown>>();

  /** Runs `lookup` once the workspace's earlier lookups in this process are done. */
  async inTurn<T>(teamId: string, lookup: () => Promise<T>): Promise<T> {
    const before = this.queues.get(teamId) ?? Promise.resolve();
    const mine = before.then(lookup, lookup);
    const settled = mine.then(
      () => undefined,
      () => undefined,
    );
    this.queues.set(teamId, settled);
    void settled.then(() => {
      if (this.queues.get(teamId) === settled) this.queues.delete(teamId);
    });
    return mine;
  }

  blockedFor(teamId: string, now: number): number {
    const until = this.until.get(teamId);
    if (until === undefined || until <= now) {
      this.until.delete(teamId);
      return 0;
    }
    return until - now;
  }

  block(teamId: string, now: number, ms: number): void {
    this.until.set(teamId, now + ms);
  }
}

/** A lookup Slack did not answer; a refused conversations.history holds back the workspace's others. */
function unknown(err: unknown, searchedTo: string | undefined, held?: () => void): Lookup {
  const failure = classifySlackError(err);
  const retryAfterMs = failure.kind === 'rate_limited' ? failure.retryAfterSec * 1000 : RETRY_MS;
  if (failure.kind === 'rate_limited') held?.();
  return { kind: 'unknown', reason: failureCode(failure), retryAfterMs, searchedTo };
}

const isUser = (id: string) => /^[UW]/.test(id);

/**
 * Looks for the delivery's message among what its channel has held since the slot, newest first,
 * a page at a time until found or the pages run out. `from`: an earlier search stopped at this ts,
 * having read everything newer; this one goes on below it. A DM is looked for in the app's direct
 * message with the person (conversations.open gives its id; reading it needs im:history).
 */
export async function findDelivered(
  client: WebClient,
  d: Delivery,
  limits: HistoryLimits,
  now: () => number,
  from?: string,
): Promise<Lookup> {
  return limits.inTurn(d.teamId, () => search(client, d, limits, now, from));
}

async function search(
  client: WebClient,
  d: Delivery,
  limits: HistoryLimits,
  now: () => number,
  from: string | undefined,
): Promise<Lookup> {
  const wait = limits.blockedFor(d.teamId, now());
  if (wait > 0) return { kind: 'unknown', reason: 'ratelimited', retryAfterMs: wait, searchedTo: from };
  let channel = d.recipient;
  if (isUser(channel)) {
    try {
      const opened = await client.conversations.open({ users: channel });
      if (!opened.channel?.id) return unknown(new Error('no_channel'), from);
      channel = opened.channel.id;
    } catch (err) {
      return unknown(err, from);
    }
  }
  const oldest = String(Math.floor(d.slotAt / 1000) - CLOCK_SKEW_S);
  let searchedTo = from;
  let cursor: string | undefined;
  for (;;) {
    let page: Awaited<ReturnType<WebClient['conversations']['history']>>;
    try {
      page = await client.conversations.history({
        channel,
        oldest,
        ...(from ? { latest: from } : {}),
        ...(cursor ? { cursor } : {}),
        limit: PAGE,
        include_all_metadata: true,
      });
    } catch (err) {
      const failure = classifySlackError(err);
      const held = () =>
        failure.kind === 'rate_limited' && limits.block(d.teamId, now(), failure.retryAfterSec * 1000);
      return unknown(err, searchedTo, held);
    }
    const messages = page.messages ?? [];
    const found = messages.find(
      (m) =>
        m.metadata?.event_type === DELIVERY_EVENT &&
        (m.metadata.event_payload as { delivery_id?: string } | undefined)?.delivery_id === d.id,
    );
    if (found?.ts) return { kind: 'found', ts: found.ts };
    searchedTo = messages.at(-1)?.ts ?? searchedTo;
    cursor = page.response_metadata?.next_cursor || undefined;
    if (!page.has_more || !cursor) return { kind: 'absent' };
  }
}
