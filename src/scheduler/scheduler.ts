import cron, { type ScheduledTask } from 'node-cron';
import type { Logger } from '../logger.js';
import { findExpiredClaims } from '../storage/deliveries.js';
import { HistoryLimits } from './lookup.js';
import { runNotices } from './nudges.js';
import { eachConcurrently, type Pass, type SchedulerDeps, type TickResult } from './pass.js';
import { runBatch, takeOverClaim } from './slot.js';

export type { SchedulerDeps, TickResult };

/** Expired claims looked at in one go. */
const BATCH = 100;
/**
 * Slots one process works on at once, taken together: their strategies and content are read in
 * set reads and they are claimed in one transaction; their sends then go out side by side. No
 * more are claimed until they are sent, so a process that dies holds at most these few claims
 * until their leases run out.
 */
export const CONCURRENT_SLOTS = 8;
/**
 * A pass keeps taking batches while they move schedules on, so one pass empties a slot of any
 * size; this only bounds a pass over schedules that keep failing before their claim.
 */
const MAX_BATCHES = 100_000 / CONCURRENT_SLOTS;

/**
 * Runs what is due. Every process ticks on its own; the database decides who sends what: a slot
 * is taken by a compare-and-set on the schedule's next_run_at (on PostgreSQL on rows read FOR
 * UPDATE SKIP LOCKED, so processes take different slots), recorded as a delivery under a
 * unique (schedule, slot, recipient) key with a lease, and posted outside any transaction. A
 * claim whose process died is retried by whichever process finds its lease expired.
 */
export class Scheduler {
  private readonly log: Logger;
  private task: ScheduledTask | undefined;
  private running: Promise<TickResult> | undefined;
  private readonly history = new HistoryLimits();

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
    const pass: Pass = {
      deps: this.deps,
      log: this.log,
      result: { claimed: 0, sent: 0, skipped: 0, failed: 0 },
      contended: false,
      history: this.history,
    };
    try {
      await this.retryExpired(pass);
      // A slot that ran (sent, skipped, or taken by another process) is no longer due; one that
      // failed before its claim still is. A batch where every slot failed ends the pass, so such
      // schedules cannot hold the tick forever; the next tick tries them again.
      for (let batch = 0; batch < MAX_BATCHES; batch += 1) {
        let batchResult: { due: number; moved: number };
        try {
          batchResult = await runBatch(pass, CONCURRENT_SLOTS);
        } catch (err) {
          // Nothing of the batch was taken: its slots stay due for the next tick.
          this.log.error({ err }, 'batch of slots failed');
          break;
        }
        const { due, moved } = batchResult;
        if (due < CONCURRENT_SLOTS || moved === 0) break;
      }
      // After the slots: a nudge due at this instant takes its delivery key before any notice.
      await runNotices(pass);
    } catch (err) {
      this.log.error({ err }, 'scheduler tick failed');
    }
    return pass.result;
  }

  private async retryExpired(pass: Pass): Promise<void> {
    const now = this.deps.clock.now().getTime();
    // Several at once, like due slots: a process that died holding many claims is taken over
    // quickly. Each claim is still taken by its own compare-and-set on the lease.
    await eachConcurrently(
      await findExpiredClaims(this.deps.db, now, BATCH),
      CONCURRENT_SLOTS,
      async (stale) => {
        try {
          await takeOverClaim(pass, stale, now);
        } catch (err) {
          // Left claimed: retried again when the renewed lease runs out.
          this.log.error({ err, deliveryId: stale.id, teamId: stale.teamId }, 'expired claim retry failed');
        }
      },
    );
  }
}
