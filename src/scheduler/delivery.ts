import type { WebClient } from '@slack/web-api';
import { LEASE_MS, retryAfterFailure } from '../domain/schedule.js';
import type { Strategy } from '../domain/strategy.js';
import { TOKEN_REFUSALS } from '../slack/slack-errors.js';
import { TokenUnusableError } from '../slack/workspace-tokens.js';
import {
  type Delivery,
  deferDelivery,
  deferUnconfirmed,
  finishDelivery,
  waitDelivery,
} from '../storage/deliveries.js';
import { pauseSchedule, type Schedule } from '../storage/schedules.js';
import type { Message } from '../views/blocks.js';
import {
  checkinPromptMessage,
  checkinReminderMessage,
  digestMessage,
  pausedNoticeMessage,
} from '../views/scheduled.js';
import { DELIVERY_EVENT, findDelivered } from './lookup.js';
import { renderNudges } from './nudges.js';
import type { Pass } from './pass.js';
import { type PostOutcome, postWithRetries } from './slack-client.js';

/** How long a delivery waits while its workspace's token cannot be used, before it is tried again. */
export const TOKEN_WAIT_MS = 5 * 60 * 1000;

type Context = Record<string, unknown>;

/**
 * Whether an earlier attempt may have posted this delivery: one ended without recording how (its
 * process died mid-send), or recorded that it could not tell. An attempt that recorded a plain
 * failure posted nothing, so the next one need not look.
 */
export function mayHavePosted(d: Delivery): boolean {
  if (d.attempts <= 1) return false;
  return d.deferredAttempt !== d.attempts - 1 || d.maybePosted;
}

/** Where the previous attempt's search stopped, when it was cut short and nothing was posted since. */
function searchedFrom(d: Delivery): string | undefined {
  return d.maybePosted && d.deferredAttempt === d.attempts - 1 ? (d.searchedTo ?? undefined) : undefined;
}

/**
 * The message for one delivery, rendered at send time from current data; undefined: nothing to
 * say. The preview renders through here too, without a client, so it shows what a pass sends.
 */
export async function render(
  pass: Pass,
  client: WebClient | undefined,
  s: Schedule,
  strategy: Strategy,
  d: Pick<Delivery, 'teamId' | 'recipient'> & Partial<Pick<Delivery, 'id' | 'slotAt'>>,
  now: Date,
): Promise<Message | undefined> {
  const { content, languages } = pass.deps;
  // A direct message about the strategy: the recipient's own language, else the strategy's.
  const dmLanguage = () => languages.of(client, d.teamId, d.recipient, { strategy });
  switch (s.kind) {
    case 'digest':
      // Sent with its batch, its content was read with the batch's, just after the claim.
      return digestMessage(pass.digests?.get(strategy.id) ?? (await content.digest(strategy, now)));
    case 'checkin_prompt': {
      // Reported meanwhile by everyone asked: nothing left to ask for.
      const due = await content.checkinDue(strategy, now);
      if (due.length === 0) return undefined;
      return checkinPromptMessage(strategy.language, strategy, due);
    }
    case 'checkin_reminder': {
      const mine = (await content.checkinDue(strategy, now)).filter((x) => x.ownerId === d.recipient);
      if (mine.length === 0) return undefined;
      return checkinReminderMessage(await dmLanguage(), strategy, mine);
    }
    case 'nudges':
      return renderNudges(pass, s, strategy, d, dmLanguage);
  }
}

/** Posts the message once, unless an earlier attempt at this delivery already did. */
async function post(
  pass: Pass,
  client: WebClient,
  d: Delivery,
  message: Message,
  ctx: Context,
): Promise<PostOutcome> {
  const now = () => pass.deps.clock.now().getTime();
  const lookup = (from?: string) => findDelivered(client, d, pass.history, now, from);
  // An earlier attempt may already have posted it: nothing goes out until Slack says it did not.
  if (mayHavePosted(d)) {
    const earlier = await lookup(searchedFrom(d));
    if (earlier.kind === 'found') return { kind: 'sent', ts: earlier.ts, recovered: true };
    if (earlier.kind === 'unknown') {
      const { retryAfterMs, searchedTo } = earlier;
      return { kind: 'uncertain', error: `unconfirmed:${earlier.reason}`, retryAfterMs, searchedTo };
    }
  }
  return postWithRetries(
    client,
    {
      channel: d.recipient,
      text: message.text,
      blocks: message.blocks,
      unfurl_links: false,
      // Marks the message as this delivery's, so a retry can find it (findDelivered).
      metadata: { event_type: DELIVERY_EVENT, event_payload: { delivery_id: d.id } },
    },
    {
      log: pass.log.child(ctx),
      findPosted: () => lookup(),
      budgetMs: LEASE_MS / 2,
      ...(pass.deps.sleep ? { sleep: pass.deps.sleep } : {}),
    },
  );
}

/**
 * Records how the post went: sent, failed for good (a channel post pauses the schedule), or
 * deferred for a retry.
 */
async function settle(
  pass: Pass,
  s: Schedule,
  strategy: Strategy,
  d: Delivery,
  outcome: PostOutcome,
  ctx: Context,
): Promise<void> {
  const { deps, log, result } = pass;
  const at = deps.clock.now().getTime();
  if (outcome.kind !== 'sent' && TOKEN_REFUSALS.includes(outcome.error)) {
    // The workspace's token, not this message, is the problem: nothing is failed or paused.
    deps.tokenRefused?.(s.teamId, outcome.error);
    return waitForToken(pass, d, 'token_refused', ctx);
  }
  switch (outcome.kind) {
    case 'sent':
      await finishDelivery(deps.db, d, { state: 'sent', messageTs: outcome.ts }, at);
      result.sent += 1;
      log.info(
        { ...ctx, ts: outcome.ts },
        outcome.recovered ? 'delivery found already sent' : 'delivery sent',
      );
      return;
    case 'permanent':
      await finishDelivery(deps.db, d, { state: 'failed', error: outcome.error }, at);
      result.failed += 1;
      log.warn({ ...ctx, error: outcome.error }, 'delivery failed permanently');
      // A post to the strategy's channel fails the same way for everyone: the schedule pauses. A
      // direct message that cannot reach one person (gone from the workspace, say) says nothing
      // of the others, who still get theirs.
      if (d.recipient === strategy.channelId) await pause(pass, s, strategy, outcome.error);
      return;
    case 'uncertain': {
      // Posting again could post twice: the claim is kept to look again once Slack allows.
      const retryAt = at + outcome.retryAfterMs;
      await deferUnconfirmed(
        deps.db,
        d,
        { at: retryAt, error: outcome.error, searchedTo: outcome.searchedTo },
        at,
      );
      log.warn(
        {
          ...ctx,
          error: outcome.error,
          retryAt: new Date(retryAt).toISOString(),
          searchedTo: outcome.searchedTo,
        },
        'delivery unconfirmed: looking again later',
      );
      return;
    }
    case 'transient': {
      const retryAt = retryAfterFailure(d.attempts - d.lookupWaits, at);
      if (retryAt === undefined) {
        await finishDelivery(deps.db, d, { state: 'failed', error: outcome.error }, at);
        result.failed += 1;
        log.error({ ...ctx, error: outcome.error }, 'delivery failed: out of attempts');
        return;
      }
      // Kept claimed: a later tick (this process or another) retries once the lease runs out.
      await deferDelivery(deps.db, d, retryAt, outcome.error, at);
      log.warn(
        { ...ctx, error: outcome.error, retryAt: new Date(retryAt).toISOString() },
        'delivery deferred',
      );
    }
  }
}

/** Keeps the claim without spending an attempt, to be tried again once the token may work. */
async function waitForToken(pass: Pass, d: Delivery, reason: string, ctx: Context): Promise<void> {
  const at = pass.deps.clock.now().getTime();
  const retryAt = at + TOKEN_WAIT_MS;
  await waitDelivery(pass.deps.db, d, retryAt, reason, at);
  pass.log.warn(
    { ...ctx, reason, retryAt: new Date(retryAt).toISOString() },
    'delivery waits for a usable token',
  );
}

/** Pauses the schedule on a permanent error and tells one admin, once. */
async function pause(pass: Pass, s: Schedule, strategy: Strategy, code: string): Promise<void> {
  const { deps, log } = pass;
  const paused = await pauseSchedule(deps.db, { teamId: s.teamId }, s.id, code, deps.clock.now().getTime());
  if (!paused) return;
  const admin = strategy.admins[0] ?? strategy.createdBy;
  log.warn({ scheduleId: s.id, teamId: s.teamId, kind: s.kind, error: code, admin }, 'schedule paused');
  try {
    const client = await deps.slack(s.teamId);
    if (!client) return;
    const language = await deps.languages.of(client, s.teamId, admin, { strategy });
    const notice = pausedNoticeMessage(language, s.kind, strategy.channelId, code);
    await client.chat.postMessage({ channel: admin, text: notice.text, blocks: notice.blocks });
    log.info({ scheduleId: s.id, teamId: s.teamId, admin }, 'admin told about the pause');
  } catch (err) {
    log.error({ err, scheduleId: s.id, teamId: s.teamId, admin }, 'could not tell an admin about the pause');
  }
}

/** Sends one claimed delivery: renders it from current data, posts it, and records the outcome. */
export async function deliver(pass: Pass, s: Schedule, strategy: Strategy, d: Delivery): Promise<void> {
  const { deps, log, result } = pass;
  const ctx = {
    deliveryId: d.id,
    scheduleId: s.id,
    teamId: s.teamId,
    kind: s.kind,
    recipient: d.recipient,
    slotAt: new Date(d.slotAt).toISOString(),
    attempt: d.attempts,
  };
  const skip = async (reason: string, message: string) => {
    await finishDelivery(deps.db, d, { state: 'skipped', error: reason }, deps.clock.now().getTime());
    result.skipped += 1;
    log.info(ctx, message);
  };
  let client: WebClient | undefined;
  try {
    client = await deps.slack(s.teamId);
  } catch (err) {
    if (err instanceof TokenUnusableError) return waitForToken(pass, d, err.reason, ctx);
    throw err;
  }
  // Uninstalled since the claim: the workspace's schedules are paused, this one is dropped.
  if (!client) return skip('not_installed', 'delivery skipped: the workspace has no installation');
  const message = await render(pass, client, s, strategy, d, deps.clock.now());
  if (!message) return skip('nothing_to_send', 'delivery skipped: nothing to send');
  await settle(pass, s, strategy, d, await post(pass, client, d, message, ctx), ctx);
}
