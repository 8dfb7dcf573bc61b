import { randomUUID } from 'node:crypto';
import type { WebClient } from '@slack/web-api';
import cron, { type ScheduledTask } from 'node-cron';
import type { Clock } from '../clock.js';
import {
  catchUpSlot,
  decideSlot,
  LEASE_MS,
  MAX_ATTEMPTS,
  nextRun,
  type Recurrence,
} from '../domain/schedule.js';
import type { Strategy } from '../domain/strategy.js';
import type { Logger } from '../logger.js';
import type { ScheduledContent } from '../services/scheduled-content.js';
import type { UserDirectory } from '../slack/users.js';
import type { Db } from '../storage/db.js';
import {
  advanceSchedule,
  type Delivery,
  deferDelivery,
  findDueSchedules,
  findExpiredClaims,
  findSchedule,
  finishDelivery,
  insertDeliveries,
  isStillDue,
  pauseSchedule,
  renewLease,
  type Schedule,
} from '../storage/schedules.js';
import { findStrategyById } from '../storage/strategies.js';
import type { Message } from '../views/blocks.js';
import {
  checkinPromptMessage,
  checkinReminderMessage,
  digestMessage,
  nudgeMessage,
  pausedNoticeMessage,
} from '../views/scheduled.js';
import { postWithRetries } from './slack-client.js';

export interface SchedulerDeps {
  db: Db;
  clock: Clock;
  logger: Logger;
  users: UserDirectory;
  content: ScheduledContent;
  /** The Web API client for a workspace; undefined once the workspace has uninstalled the app. */
  slack: (teamId: string) => Promise<WebClient | undefined>;
  /** How the retries between Slack calls wait (real time by default). */
  sleep?: (ms: number) => Promise<void>;
}

export interface TickResult {
  claimed: number;
  sent: number;
  skipped: number;
  failed: number;
}

/** What one pass has learnt: whether another process is working on the same slots. */
interface Pass {
  contended: boolean;
}

const BATCH = 100;
/**
 * A pass keeps taking batches while they move schedules on, so one pass empties a slot of any
 * size; this only bounds a pass over schedules that keep failing before their claim.
 */
const MAX_BATCHES = 1_000;
/**
 * Slots one process works on at once. Each slot waits on the database and on Slack in turn, so a
 * few in flight keep both busy; every slot is still claimed by its own compare-and-set.
 */
export const CONCURRENT_SLOTS = 8;

/** Runs `work` over the items, at most `limit` at a time. */
async function eachConcurrently<T>(
  items: T[],
  limit: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

const DELIVERY_EVENT = 'smstrategy_delivery';

/**
 * The ts of this delivery's message if it is already in its channel (posted by an attempt whose
 * answer never arrived). Direct messages are not searched: their retries may repeat a DM.
 */
async function findDelivered(client: WebClient, d: Delivery): Promise<string | undefined> {
  if (!/^[CG]/.test(d.recipient)) return undefined;
  const res = await client.conversations.history({
    channel: d.recipient,
    oldest: String(Math.floor(d.slotAt / 1000) - 60),
    include_all_metadata: true,
    limit: 100,
  });
  const found = res.messages?.find(
    (m) =>
      m.metadata?.event_type === DELIVERY_EVENT &&
      (m.metadata.event_payload as { delivery_id?: string } | undefined)?.delivery_id === d.id,
  );
  return found?.ts;
}

function recurrenceOf(s: Schedule): Recurrence {
  return { weekday: s.weekday, localTime: s.localTime, timeZone: s.timeZone };
}

/**
 * Runs what is due. Every process ticks on its own; the database decides who sends what: a slot
 * is taken by a compare-and-set on the schedule's next_run_at, recorded as a delivery under a
 * unique (schedule, slot, recipient) key with a lease, and posted outside any transaction. A
 * claim whose process died is retried by whichever process finds its lease expired.
 */
export class Scheduler {
  private readonly log: Logger;
  private task: ScheduledTask | undefined;
  private running: Promise<TickResult> | undefined;

  constructor(private readonly deps: SchedulerDeps) {
    this.log = deps.logger.child({ component: 'scheduler' });
  }

  /** Starts this process's tick (node-cron expression, seconds first). */
  start(expression = '*/15 * * * * *'): void {
    if (this.task) return;
    this.task = cron.schedule(expression, () => this.tick().then(() => undefined), {
      name: 'smstrategy-scheduler',
      noOverlap: true,
    });
  }

  /** Stops the tick and waits for a running one to finish its sends. */
  async stop(): Promise<void> {
    if (this.task) {
      await this.task.stop();
      await this.task.destroy();
      this.task = undefined;
    }
    await this.running?.catch(() => undefined);
  }

  /** One pass over what is due now. Concurrent calls in one process share the pass under way. */
  tick(): Promise<TickResult> {
    if (!this.running) {
      this.running = this.runDue().finally(() => {
        this.running = undefined;
      });
    }
    return this.running;
  }

  private async runDue(): Promise<TickResult> {
    const result: TickResult = { claimed: 0, sent: 0, skipped: 0, failed: 0 };
    const pass: Pass = { contended: false };
    try {
      await this.retryExpired(result);
      // A slot that ran (sent, skipped, or taken by another process) is no longer due; one that
      // failed before its claim still is. A batch where every slot failed ends the pass, so such
      // schedules cannot hold the tick forever; the next tick tries them again.
      for (let batch = 0; batch < MAX_BATCHES; batch += 1) {
        const now = this.deps.clock.now().getTime();
        const due = await findDueSchedules(this.deps.db, now, BATCH);
        let moved = 0;
        await eachConcurrently(due, CONCURRENT_SLOTS, async (s) => {
          try {
            await this.runSlot(s, result, pass);
            moved += 1;
          } catch (err) {
            // Logged and left as it is: an unclaimed slot stays due, a claimed one is retried
            // when its lease runs out.
            this.log.error({ err, scheduleId: s.id, teamId: s.teamId, kind: s.kind }, 'slot failed');
          }
        });
        if (due.length < BATCH || moved === 0) break;
      }
    } catch (err) {
      this.log.error({ err }, 'scheduler tick failed');
    }
    return result;
  }

  private async runSlot(s: Schedule, result: TickResult, pass: Pass): Promise<void> {
    const { db, clock } = this.deps;
    const now = clock.now();
    const slotAt = s.nextRunAt;
    // The next slot after now, not after this one: many missed slots never pile up.
    const next = nextRun(recurrenceOf(s), new Date(Math.max(slotAt, now.getTime()))).getTime();
    const ctx = { scheduleId: s.id, teamId: s.teamId, kind: s.kind, slotAt: new Date(slotAt).toISOString() };
    // Processes ticking together go through the same due slots; once this pass has lost a slot to
    // another process, one cheap read first spares the reads a lost slot would cost.
    if (pass.contended && !(await isStillDue(db, s.id, slotAt))) {
      this.log.debug(ctx, 'slot taken by another process');
      return;
    }
    const strategy = await findStrategyById(db, { teamId: s.teamId }, s.strategyId);

    const gone = !strategy || strategy.state === 'archived';
    if (gone || decideSlot(slotAt, now.getTime()) === 'skip') {
      const at = now.getTime();
      const target = gone ? next : catchUpSlot(recurrenceOf(s), slotAt, at);
      const won = await db.transaction().execute(async (trx) => {
        if (!(await advanceSchedule(trx, s.id, slotAt, target, at))) return false;
        await insertDeliveries(trx, [
          {
            id: randomUUID(),
            teamId: s.teamId,
            scheduleId: s.id,
            slotAt,
            recipient: strategy?.channelId ?? '-',
            state: 'skipped',
            leaseUntil: null,
            attempts: 0,
            error: gone ? 'strategy_gone' : 'past_grace_period',
            at,
          },
        ]);
        return true;
      });
      if (!won) pass.contended = true;
      if (won) {
        result.skipped += 1;
        this.log.warn(
          { ...ctx, lateByMs: at - slotAt, nextRunAt: new Date(target).toISOString() },
          gone
            ? 'slot skipped: the strategy is archived or gone'
            : 'slot skipped: missed beyond the grace period',
        );
        // The latest missed slot may still be within the grace period: it goes out now, once.
        if (!gone && target <= at) await this.runSlot({ ...s, nextRunAt: target }, result, pass);
      }
      return;
    }

    const recipients = await this.recipients(s, strategy, now);
    const at = now.getTime();
    // Nobody to send to (no owner to nudge today): moving the schedule on is the whole claim.
    const claim = (trx: Db) => async () => {
      if (!(await advanceSchedule(trx, s.id, slotAt, next, at))) return undefined;
      return insertDeliveries(
        trx,
        recipients.map((recipient) => ({
          id: randomUUID(),
          teamId: s.teamId,
          scheduleId: s.id,
          slotAt,
          recipient,
          state: 'claimed' as const,
          leaseUntil: at + LEASE_MS,
          attempts: 1,
          at,
        })),
      );
    };
    const claimed =
      recipients.length === 0 ? await claim(db)() : await db.transaction().execute((trx) => claim(trx)());
    if (!claimed) {
      pass.contended = true;
      this.log.debug(ctx, 'slot taken by another process');
      return;
    }
    this.log.info(
      { ...ctx, recipients: claimed.length, lateByMs: at - slotAt, nextRunAt: new Date(next).toISOString() },
      'slot claimed',
    );
    result.claimed += claimed.length;
    for (const d of claimed) await this.deliver(s, strategy, d, result);
  }

  private async retryExpired(result: TickResult): Promise<void> {
    const { db, clock } = this.deps;
    const now = clock.now().getTime();
    // Several at once, like due slots: a process that died holding many claims is taken over
    // quickly. Each claim is still taken by its own compare-and-set on the lease.
    await eachConcurrently(await findExpiredClaims(db, now, BATCH), CONCURRENT_SLOTS, async (stale) => {
      try {
        await this.retryClaim(stale, now, result);
      } catch (err) {
        // Left claimed: retried again when the renewed lease runs out.
        this.log.error({ err, deliveryId: stale.id, teamId: stale.teamId }, 'expired claim retry failed');
      }
    });
  }

  private async retryClaim(stale: Delivery, now: number, result: TickResult): Promise<void> {
    const { db } = this.deps;
    const d = await renewLease(db, stale, now + LEASE_MS, now);
    if (!d) return;
    const ctx = { deliveryId: d.id, scheduleId: d.scheduleId, teamId: d.teamId, attempt: d.attempts };
    const s = await findSchedule(db, { teamId: d.teamId }, d.scheduleId);
    const strategy = s && (await findStrategyById(db, { teamId: d.teamId }, s.strategyId));
    if (!s || !strategy || s.paused || decideSlot(d.slotAt, now) === 'skip' || d.attempts > MAX_ATTEMPTS) {
      const reason = !s || !strategy ? 'strategy_missing' : s.paused ? 'paused' : 'gave_up';
      await finishDelivery(db, d, { state: reason === 'gave_up' ? 'failed' : 'skipped', error: reason }, now);
      result.skipped += 1;
      this.log.warn({ ...ctx, reason }, 'expired claim dropped');
      return;
    }
    this.log.info(ctx, 'expired claim retried');
    result.claimed += 1;
    await this.deliver(s, strategy, d, result);
  }

  private async recipients(s: Schedule, strategy: Strategy, now: Date): Promise<string[]> {
    switch (s.kind) {
      case 'digest':
      case 'checkin_prompt':
        return [strategy.channelId];
      case 'checkin_reminder':
        return [...new Set(await this.deps.content.checkinReminders(strategy, now))];
      case 'nudges':
        return (await this.deps.content.nudges(strategy, now)).map((n) => n.ownerId);
    }
  }

  /** The message for one delivery, rendered at send time from current data; undefined: nothing to say. */
  private async render(
    client: WebClient,
    s: Schedule,
    strategy: Strategy,
    d: Delivery,
    now: Date,
  ): Promise<Message | undefined> {
    const { content, users } = this.deps;
    const dmLanguage = () => users.language(client, d.teamId, d.recipient);
    switch (s.kind) {
      case 'digest':
        return digestMessage(await content.digest(strategy, now));
      case 'checkin_prompt':
        return checkinPromptMessage(strategy.language, strategy.id, strategy.name);
      case 'checkin_reminder': {
        const pending = await content.checkinReminders(strategy, now);
        if (!pending.includes(d.recipient)) return undefined;
        return checkinReminderMessage(await dmLanguage(), strategy.id, strategy.name, strategy.channelId);
      }
      case 'nudges': {
        const nudge = (await content.nudges(strategy, now)).find((n) => n.ownerId === d.recipient);
        if (!nudge) return undefined;
        return nudgeMessage(await dmLanguage(), strategy.name, nudge);
      }
    }
  }

  private async deliver(s: Schedule, strategy: Strategy, d: Delivery, result: TickResult): Promise<void> {
    const { db, clock } = this.deps;
    const ctx = {
      deliveryId: d.id,
      scheduleId: s.id,
      teamId: s.teamId,
      kind: s.kind,
      recipient: d.recipient,
      slotAt: new Date(d.slotAt).toISOString(),
      attempt: d.attempts,
    };
    const client = await this.deps.slack(s.teamId);
    if (!client) {
      // Uninstalled since the claim: the workspace's schedules are paused, this one is dropped.
      await finishDelivery(db, d, { state: 'skipped', error: 'not_installed' }, clock.now().getTime());
      result.skipped += 1;
      this.log.info(ctx, 'delivery skipped: the workspace has no installation');
      return;
    }
    const message = await this.render(client, s, strategy, d, clock.now());
    if (!message) {
      await finishDelivery(db, d, { state: 'skipped', error: 'nothing_to_send' }, clock.now().getTime());
      result.skipped += 1;
      this.log.info(ctx, 'delivery skipped: nothing to send');
      return;
    }
    const findPosted = () => findDelivered(client, d);
    // A claim taken over from a process that died mid-send may already be in the channel.
    const earlier = d.attempts > 1 ? await findPosted().catch(() => undefined) : undefined;
    const outcome = earlier
      ? { kind: 'sent' as const, ts: earlier, recovered: true }
      : await postWithRetries(
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
            log: this.log.child(ctx),
            findPosted,
            budgetMs: LEASE_MS / 2,
            ...(this.deps.sleep ? { sleep: this.deps.sleep } : {}),
          },
        );
    const at = clock.now().getTime();
    switch (outcome.kind) {
      case 'sent':
        await finishDelivery(db, d, { state: 'sent', messageTs: outcome.ts }, at);
        result.sent += 1;
        this.log.info(
          { ...ctx, ts: outcome.ts },
          outcome.recovered ? 'delivery found already sent' : 'delivery sent',
        );
        return;
      case 'permanent':
        await finishDelivery(db, d, { state: 'failed', error: outcome.error }, at);
        result.failed += 1;
        this.log.warn({ ...ctx, error: outcome.error }, 'delivery failed permanently');
        await this.pause(s, strategy, outcome.error);
        return;
      case 'transient': {
        if (d.attempts >= MAX_ATTEMPTS) {
          await finishDelivery(db, d, { state: 'failed', error: outcome.error }, at);
          result.failed += 1;
          this.log.error({ ...ctx, error: outcome.error }, 'delivery failed: out of attempts');
          return;
        }
        // Kept claimed: a later tick (this process or another) retries once the lease runs out.
        const retryAt = at + 60_000 * d.attempts;
        await deferDelivery(db, d, retryAt, outcome.error, at);
        this.log.warn(
          { ...ctx, error: outcome.error, retryAt: new Date(retryAt).toISOString() },
          'delivery deferred',
        );
      }
    }
  }

  /** Pauses the schedule on a permanent error and tells one admin, once. */
  private async pause(s: Schedule, strategy: Strategy, code: string): Promise<void> {
    const { db, clock, users } = this.deps;
    const paused = await pauseSchedule(db, { teamId: s.teamId }, s.id, code, clock.now().getTime());
    if (!paused) return;
    const admin = strategy.admins[0] ?? strategy.createdBy;
    this.log.warn(
      { scheduleId: s.id, teamId: s.teamId, kind: s.kind, error: code, admin },
      'schedule paused',
    );
    try {
      const client = await this.deps.slack(s.teamId);
      if (!client) return;
      const language = await users.language(client, s.teamId, admin);
      const notice = pausedNoticeMessage(language, s.kind, strategy.channelId, code);
      await client.chat.postMessage({ channel: admin, text: notice.text, blocks: notice.blocks });
      this.log.info({ scheduleId: s.id, teamId: s.teamId, admin }, 'admin told about the pause');
    } catch (err) {
      this.log.error(
        { err, scheduleId: s.id, teamId: s.teamId, admin },
        'could not tell an admin about the pause',
      );
    }
  }
}
