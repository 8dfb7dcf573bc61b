import { randomUUID } from 'node:crypto';
import { catchUpSlot, decideSlot, GRACE_MS, LEASE_MS, MAX_ATTEMPTS, nextRun } from '../domain/schedule.js';
import type { Strategy } from '../domain/strategy.js';
import type { Db } from '../storage/db.js';
import {
  type Delivery,
  finishDelivery,
  insertDeliveries,
  type NewDelivery,
  renewLease,
} from '../storage/deliveries.js';
import { advanceSchedule, findSchedule, isStillDue, type Schedule } from '../storage/schedules.js';
import { findStrategyById } from '../storage/strategies.js';
import { deliver, mayHavePosted } from './delivery.js';
import { nudgeSlot } from './nudges.js';
import type { Pass } from './pass.js';

// A slot is taken by one process only: by a compare-and-set on the schedule's next_run_at for a
// due slot, by a compare-and-set on the lease for a claim whose process died.

/**
 * Moves the schedule from `slotAt` to `nextRunAt` and records the slot's deliveries, together;
 * undefined when another process took the slot first.
 */
async function takeSlot(
  db: Db,
  s: Schedule,
  slotAt: number,
  nextRunAt: number,
  at: number,
  deliveries: NewDelivery[],
): Promise<Delivery[] | undefined> {
  const take = async (trx: Db) =>
    (await advanceSchedule(trx, s.id, slotAt, nextRunAt, at)) ? insertDeliveries(trx, deliveries) : undefined;
  // Nobody to send to (no owner to nudge today): moving the schedule on is the whole claim.
  return deliveries.length === 0 ? take(db) : db.transaction().execute(take);
}

function deliveryOf(s: Schedule, slotAt: number, recipient: string, at: number): NewDelivery {
  return {
    id: randomUUID(),
    teamId: s.teamId,
    scheduleId: s.id,
    slotAt,
    recipient,
    state: 'claimed',
    leaseUntil: at + LEASE_MS,
    attempts: 1,
    at,
  };
}

/**
 * Who this slot's messages go to: the strategy's channel, or the people it has something for. The
 * preview asks here too.
 */
export async function recipients(pass: Pass, s: Schedule, strategy: Strategy, now: Date): Promise<string[]> {
  switch (s.kind) {
    case 'digest':
      return [strategy.channelId];
    // Posted only when a metric's value is asked for this time.
    case 'checkin_prompt':
      return (await pass.deps.content.checkinDue(strategy, now)).length > 0 ? [strategy.channelId] : [];
    case 'checkin_reminder':
      return [...new Set(await pass.deps.content.checkinReminders(strategy, now))];
    case 'nudges': {
      const slot = nudgeSlot(pass, s, strategy, s.nextRunAt, now.getTime());
      return (await pass.deps.content.nudges(strategy, slot)).map((n) => n.ownerId);
    }
  }
}

/** Takes one due slot and sends it; or skips it (its strategy gone, or missed too long ago). */
export async function runSlot(pass: Pass, s: Schedule): Promise<void> {
  const { deps, log, result } = pass;
  const { db, clock } = deps;
  const now = clock.now();
  const at = now.getTime();
  const slotAt = s.nextRunAt;
  // The next slot after now, not after this one: many missed slots never pile up.
  const next = nextRun(s, new Date(Math.max(slotAt, at))).getTime();
  const ctx = { scheduleId: s.id, teamId: s.teamId, kind: s.kind, slotAt: new Date(slotAt).toISOString() };
  // Processes ticking together go through the same due slots; once this pass has lost a slot to
  // another process, one cheap read first spares the reads a lost slot would cost.
  if (pass.contended && !(await isStillDue(db, s.id, slotAt))) {
    log.debug(ctx, 'slot taken by another process');
    return;
  }
  const strategy = await findStrategyById(db, { teamId: s.teamId }, s.strategyId);

  const gone = !strategy || strategy.state === 'archived';
  if (!gone && s.everyQuarterHour && decideSlot(slotAt, at) === 'skip') {
    await catchUpQuietly(pass, s, at);
    return;
  }
  if (gone || decideSlot(slotAt, at) === 'skip') {
    const target = gone ? next : catchUpSlot(s, slotAt, at);
    const skipped = {
      ...deliveryOf(s, slotAt, strategy?.channelId ?? '-', at),
      state: 'skipped' as const,
      leaseUntil: null,
      attempts: 0,
      error: gone ? 'strategy_gone' : 'past_grace_period',
    };
    if (!(await takeSlot(db, s, slotAt, target, at, [skipped]))) {
      pass.contended = true;
      return;
    }
    result.skipped += 1;
    log.warn(
      { ...ctx, lateByMs: at - slotAt, nextRunAt: new Date(target).toISOString() },
      gone
        ? 'slot skipped: the strategy is archived or gone'
        : 'slot skipped: missed beyond the grace period',
    );
    // The latest missed slot may still be within the grace period: it goes out now, once.
    if (!gone && target <= at) await runSlot(pass, { ...s, nextRunAt: target });
    return;
  }

  const claimed = await takeSlot(
    db,
    s,
    slotAt,
    next,
    at,
    (await recipients(pass, s, strategy, now)).map((recipient) => deliveryOf(s, slotAt, recipient, at)),
  );
  if (!claimed) {
    pass.contended = true;
    log.debug(ctx, 'slot taken by another process');
    return;
  }
  log.info(
    { ...ctx, recipients: claimed.length, lateByMs: at - slotAt, nextRunAt: new Date(next).toISOString() },
    'slot claimed',
  );
  result.claimed += claimed.length;
  for (const d of claimed) await deliver(pass, s, strategy, d);
}

/**
 * A quarter-hourly look (the owner nudges) missed beyond the grace period sends nothing by itself:
 * the schedule moves to the oldest look still within the grace period, whose window reaches to
 * now, so every owner's nudge hour that passed within it is still served, once.
 */
async function catchUpQuietly(pass: Pass, s: Schedule, at: number): Promise<void> {
  const target = nextRun(s, new Date(at - GRACE_MS)).getTime();
  if (!(await takeSlot(pass.deps.db, s, s.nextRunAt, target, at, []))) {
    pass.contended = true;
    return;
  }
  await runSlot(pass, { ...s, nextRunAt: target });
}

/**
 * Takes over a claim whose lease ran out (its process died or gave up mid-send) and sends it again,
 * unless it is no longer wanted or has been tried too often.
 */
export async function takeOverClaim(pass: Pass, stale: Delivery, now: number): Promise<void> {
  const { deps, log, result } = pass;
  const { db } = deps;
  const d = await renewLease(db, stale, now + LEASE_MS, now);
  if (!d) return;
  const ctx = { deliveryId: d.id, scheduleId: d.scheduleId, teamId: d.teamId, attempt: d.attempts };
  const s = await findSchedule(db, { teamId: d.teamId }, d.scheduleId);
  const strategy = s && (await findStrategyById(db, { teamId: d.teamId }, s.strategyId));
  // Attempts that only waited for a lookup tried nothing: the slot's grace period bounds them.
  const tries = d.attempts - d.lookupWaits;
  if (!s || !strategy || s.paused || decideSlot(d.slotAt, now) === 'skip' || tries > MAX_ATTEMPTS) {
    const reason = !s || !strategy ? 'strategy_missing' : s.paused ? 'paused' : 'gave_up';
    // Given up while Slack never said whether an earlier attempt posted: recorded as such.
    const error = reason === 'gave_up' && mayHavePosted(d) ? 'unconfirmed' : reason;
    await finishDelivery(db, d, { state: reason === 'gave_up' ? 'failed' : 'skipped', error }, now);
    result.skipped += 1;
    log.warn({ ...ctx, reason: error }, 'expired claim dropped');
    return;
  }
  log.info(ctx, 'expired claim retried');
  result.claimed += 1;
  await deliver(pass, s, strategy, d);
}
