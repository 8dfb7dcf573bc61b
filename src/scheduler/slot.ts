import { randomUUID } from 'node:crypto';
import type { DigestData } from '../domain/digest.js';
import type { NudgePhase } from '../domain/nudges.js';
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
import {
  advanceSchedule,
  claimDueSlots,
  findSchedule,
  isStillDue,
  type Schedule,
} from '../storage/schedules.js';
import { findStrategiesByIds, findStrategyById } from '../storage/strategies.js';
import { deliver, mayHavePosted } from './delivery.js';
import { nudgeSlot } from './nudges.js';
import { eachConcurrently, type Pass } from './pass.js';

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
export async function recipients(
  pass: Pass,
  s: Schedule,
  strategy: Strategy,
  now: Date,
  read?: BatchReads,
): Promise<string[]> {
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
      return (await pass.deps.content.nudges(strategy, slot, read?.nudgePhases?.get(strategy.id))).map(
        (n) => n.ownerId,
      );
    }
  }
}

/** What a batch's decisions read together before deciding. */
interface BatchReads {
  nudgePhases?: Map<string, NudgePhase[]> | undefined;
}

/** How a pass takes one due slot, decided before taking it. */
interface SlotPlan {
  s: Schedule;
  strategy: Strategy | undefined;
  slotAt: number;
  at: number;
  /** send: its deliveries go out; skip: recorded as skipped; quiet: moved on to catch up. */
  kind: 'send' | 'skip' | 'quiet';
  /** Where the schedule moves. */
  target: number;
  deliveries: NewDelivery[];
}

function contextOf(s: Schedule, slotAt: number) {
  return { scheduleId: s.id, teamId: s.teamId, kind: s.kind, slotAt: new Date(slotAt).toISOString() };
}

/** How to take the slot: send it, or skip it (its strategy gone, or missed too long ago). */
async function planSlot(
  pass: Pass,
  s: Schedule,
  strategy: Strategy | undefined,
  now: Date,
  read?: BatchReads,
): Promise<SlotPlan> {
  const at = now.getTime();
  const slotAt = s.nextRunAt;
  const base = { s, strategy, slotAt, at };
  const gone = !strategy || strategy.state === 'archived';
  // A quarter-hourly look (the owner nudges) missed beyond the grace period sends nothing by
  // itself: the schedule moves to the oldest look still within the grace period, whose window
  // reaches to now, so every owner's nudge hour that passed within it is still served, once.
  if (!gone && s.everyQuarterHour && decideSlot(slotAt, at) === 'skip') {
    return { ...base, kind: 'quiet', target: nextRun(s, new Date(at - GRACE_MS)).getTime(), deliveries: [] };
  }
  if (gone || decideSlot(slotAt, at) === 'skip') {
    const skipped = {
      ...deliveryOf(s, slotAt, strategy?.channelId ?? '-', at),
      state: 'skipped' as const,
      leaseUntil: null,
      attempts: 0,
      error: gone ? 'strategy_gone' : 'past_grace_period',
    };
    // The next slot after now, not after this one: many missed slots never pile up.
    const target = gone ? nextRun(s, new Date(Math.max(slotAt, at))).getTime() : catchUpSlot(s, slotAt, at);
    return { ...base, kind: 'skip', target, deliveries: [skipped] };
  }
  return {
    ...base,
    kind: 'send',
    target: nextRun(s, new Date(Math.max(slotAt, at))).getTime(),
    deliveries: (await recipients(pass, s, strategy, now, read)).map((recipient) =>
      deliveryOf(s, slotAt, recipient, at),
    ),
  };
}

/** What follows taking (or losing) a slot: the counts, the log, a caught-up slot, the sends. */
async function afterClaim(pass: Pass, plan: SlotPlan, claimed: Delivery[] | undefined): Promise<void> {
  const { log, result } = pass;
  const { s, strategy, slotAt, at, target } = plan;
  const ctx = contextOf(s, slotAt);
  if (!claimed) {
    pass.contended = true;
    if (plan.kind === 'send') log.debug(ctx, 'slot taken by another process');
    return;
  }
  switch (plan.kind) {
    case 'quiet':
      await runSlot(pass, { ...s, nextRunAt: target });
      return;
    case 'skip': {
      const gone = !strategy || strategy.state === 'archived';
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
    case 'send':
      log.info(
        {
          ...ctx,
          recipients: claimed.length,
          lateByMs: at - slotAt,
          nextRunAt: new Date(target).toISOString(),
        },
        'slot claimed',
      );
      result.claimed += claimed.length;
      for (const d of claimed) await deliver(pass, s, strategy!, d);
  }
}

/** Takes one due slot and sends it; or skips it (its strategy gone, or missed too long ago). */
export async function runSlot(pass: Pass, s: Schedule): Promise<void> {
  const { db, clock } = pass.deps;
  const now = clock.now();
  // Processes ticking together go through the same due slots; once this pass has lost a slot to
  // another process, one cheap read first spares the reads a lost slot would cost.
  if (pass.contended && !(await isStillDue(db, s.id, s.nextRunAt))) {
    pass.log.debug(contextOf(s, s.nextRunAt), 'slot taken by another process');
    return;
  }
  const strategy = await findStrategyById(db, { teamId: s.teamId }, s.strategyId);
  const plan = await planSlot(pass, s, strategy, now);
  await afterClaim(pass, plan, await takeSlot(db, s, plan.slotAt, plan.target, plan.at, plan.deliveries));
}

/**
 * Takes up to `size` due slots together and sends them: their strategies are read together, each
 * slot's claim is decided, the slots are taken together (claimDueSlots), the digests' content is
 * read together, and the sends go out side by side. Returns how many slots were due and how many
 * were decided (a slot whose decision failed stays due).
 */
export async function runBatch(pass: Pass, size: number): Promise<{ due: number; moved: number }> {
  const { deps, log } = pass;
  const now = deps.clock.now();
  const plans = new Map<string, SlotPlan>();
  const { due, won } = await claimDueSlots(deps.db, now.getTime(), size, async (slots) => {
    const strategies = await findStrategiesByIds(
      deps.db,
      slots.map((s) => ({ teamId: s.teamId, id: s.strategyId })),
    );
    const read = await batchReads(pass, slots, strategies, now.getTime());
    await eachConcurrently(slots, size, async (s) => {
      try {
        plans.set(s.id, await planSlot(pass, s, strategies.get(s.strategyId), now, read));
      } catch (err) {
        // Left as it is: an unclaimed slot stays due.
        log.error({ err, scheduleId: s.id, teamId: s.teamId, kind: s.kind }, 'slot failed');
      }
    });
    return [...plans.values()].map((p) => ({
      scheduleId: p.s.id,
      slotAt: p.slotAt,
      nextRunAt: p.target,
      deliveries: p.deliveries,
    }));
  });
  const taken = [...plans.values()];
  pass.digests = await digestsOf(
    pass,
    taken.filter((p) => p.kind === 'send' && p.s.kind === 'digest' && (won.get(p.s.id)?.length ?? 0) > 0),
    now,
  );
  try {
    await Promise.all(
      taken.map(async (p) => {
        try {
          await afterClaim(pass, p, won.get(p.s.id));
        } catch (err) {
          // A claimed delivery is retried when its lease runs out.
          log.error({ err, scheduleId: p.s.id, teamId: p.s.teamId, kind: p.s.kind }, 'slot failed');
        }
      }),
    );
  } finally {
    pass.digests = undefined;
  }
  return { due: due.length, moved: plans.size };
}

/** What the batch's decisions need, read together: the phases of the nudge slots that may send. */
async function batchReads(
  pass: Pass,
  slots: Schedule[],
  strategies: Map<string, Strategy>,
  at: number,
): Promise<BatchReads> {
  const { content } = pass.deps;
  const nudging = slots
    .filter((s) => s.kind === 'nudges' && decideSlot(s.nextRunAt, at) !== 'skip')
    .map((s) => strategies.get(s.strategyId))
    .filter((strategy): strategy is Strategy => strategy !== undefined && strategy.state !== 'archived');
  if (nudging.length === 0 || !content.nudgePhases) return {};
  try {
    return { nudgePhases: await content.nudgePhases(nudging) };
  } catch (err) {
    pass.log.warn({ err }, 'nudge phases of the batch could not be read together: each reads its own');
    return {};
  }
}

/** The digests of the slots taken, read together; a slot whose digest is missing reads its own. */
async function digestsOf(
  pass: Pass,
  plans: SlotPlan[],
  now: Date,
): Promise<Map<string, DigestData> | undefined> {
  const { content } = pass.deps;
  if (plans.length === 0 || !content.digests) return undefined;
  try {
    return await content.digests(
      plans.map((p) => p.strategy!),
      now,
    );
  } catch (err) {
    pass.log.warn({ err }, 'digests of the batch could not be read together: each reads its own');
    return undefined;
  }
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
