import { randomUUID } from 'node:crypto';
import { NUDGE_STEP_MS } from '../domain/nudges.js';
import { LEASE_MS } from '../domain/schedule.js';
import type { Language, Strategy } from '../domain/strategy.js';
import { canonicalTimeZone } from '../domain/time-zones.js';
import { deliveryNotices, type NudgeSlot } from '../services/nudges.js';
import { type Delivery, insertDeliveries } from '../storage/deliveries.js';
import {
  claimNotices,
  dropNotices,
  findReadyNoticeBatches,
  findUserZone,
  listWaitingNotices,
  type NoticeBatch,
  saveUserZone,
} from '../storage/nudges.js';
import { listSchedules, type Schedule } from '../storage/schedules.js';
import { findStrategyById } from '../storage/strategies.js';
import type { Message } from '../views/blocks.js';
import { noticesMessage, nudgeMessage } from '../views/nudges.js';
import { deliver } from './delivery.js';
import type { Pass } from './pass.js';

// What the scheduler does for owner nudges and for the notices of changes: each owner's time zone,
// the nudge a delivery sends, and the notices gathered into one delivery per person.

/** users.info is asked again about a person's time zone after this long (people travel). */
export const ZONE_TTL_MS = 24 * 60 * 60 * 1000;
/** A notice waits this long for more changes to go out with it… */
export const NOTICE_QUIET_MS = 2 * 60 * 1000;
/** …but never longer than this after the first of them. */
export const NOTICE_MAX_WAIT_MS = 10 * 60 * 1000;
const BATCH = 100;

/**
 * Each person's Slack time zone: kept in the database for a day, asked of users.info after that.
 * When Slack cannot be asked, the zone last known stands, else the strategy's.
 */
function ownerZones(pass: Pass, strategy: Strategy): (userId: string) => Promise<string> {
  const { db, clock, logger } = pass.deps;
  const scope = { teamId: strategy.teamId };
  const known = new Map<string, Promise<string>>();
  const lookup = async (userId: string): Promise<string> => {
    const stored = await findUserZone(db, scope, userId);
    const now = clock.now().getTime();
    if (stored && now - stored.checkedAt < ZONE_TTL_MS) return stored.timeZone;
    try {
      const client = await pass.deps.slack(strategy.teamId);
      if (!client) return stored?.timeZone ?? strategy.timeZone;
      const { user } = await client.users.info({ user: userId });
      const zone = (user?.tz && canonicalTimeZone(user.tz)) || stored?.timeZone || strategy.timeZone;
      await saveUserZone(db, scope, userId, zone, now);
      return zone;
    } catch (err) {
      logger.warn({ err, teamId: strategy.teamId, userId }, 'time zone lookup failed: using the last known');
      return stored?.timeZone ?? strategy.timeZone;
    }
  };
  return (userId) => {
    let zone = known.get(userId);
    if (!zone) {
      zone = lookup(userId);
      known.set(userId, zone);
    }
    return zone;
  };
}

/**
 * The instants a nudge slot covers: from the slot before it up to the last quarter hour passed.
 * Run on time that is one quarter hour; run late (the process was down, within the grace
 * period), it reaches to now, and the next slot (the first after now) starts where it ends.
 */
export function nudgeSlot(
  pass: Pass,
  s: Schedule,
  strategy: Strategy,
  slotAt: number,
  now: number,
): NudgeSlot {
  return {
    after: slotAt - NUDGE_STEP_MS,
    until: Math.max(slotAt, Math.floor(now / NUDGE_STEP_MS) * NUDGE_STEP_MS),
    localTime: s.localTime,
    zoneOf: ownerZones(pass, strategy),
  };
}

/**
 * What a delivery of the nudges schedule says: the notices it was claimed for, or else the owner's
 * nudge. Undefined: nothing left to say (the changes were undone, the phases done meanwhile).
 */
export async function renderNudges(
  pass: Pass,
  s: Schedule,
  strategy: Strategy,
  d: Pick<Delivery, 'teamId' | 'recipient'> & Partial<Pick<Delivery, 'id' | 'slotAt'>>,
  language: () => Promise<Language>,
): Promise<Message | undefined> {
  const { content } = pass.deps;
  // A preview has no delivery: it shows the slot's nudges, not the change notices sent apart.
  const notices = d.id === undefined ? undefined : await deliveryNotices(pass.deps, d.teamId, d.id);
  if (notices) {
    if (notices.changes.length === 0 && notices.blocked.length === 0) return undefined;
    return noticesMessage(await language(), strategy, notices);
  }
  const now = pass.deps.clock.now().getTime();
  const nudges = await content.nudges(strategy, nudgeSlot(pass, s, strategy, d.slotAt ?? s.nextRunAt, now));
  const nudge = nudges.find((n) => n.ownerId === d.recipient);
  return nudge && nudgeMessage(await language(), strategy, nudge);
}

/**
 * Sends the notices that are ready, one message per person and strategy. Each batch is claimed
 * as a delivery of the strategy's nudges schedule, in one transaction with marking its notices,
 * so it goes out exactly once like every scheduled message, and is retried the same way.
 */
export async function runNotices(pass: Pass): Promise<void> {
  const { db, clock } = pass.deps;
  const now = clock.now().getTime();
  const batches = await findReadyNoticeBatches(db, now - NOTICE_QUIET_MS, now - NOTICE_MAX_WAIT_MS, BATCH);
  for (const batch of batches) {
    try {
      await runNoticeBatch(pass, batch, now);
    } catch (err) {
      pass.log.error({ err, teamId: batch.teamId, strategyId: batch.strategyId }, 'notices failed');
    }
  }
}

async function runNoticeBatch(pass: Pass, batch: NoticeBatch, at: number): Promise<void> {
  const { db } = pass.deps;
  const scope = { teamId: batch.teamId };
  const waiting = await listWaitingNotices(db, scope, batch.strategyId, batch.recipient);
  const ids = waiting.map((n) => n.id);
  // Taken by another process since the batch was found: a delivery without notices would nudge.
  if (ids.length === 0) return;
  const strategy = await findStrategyById(db, scope, batch.strategyId);
  const s = strategy && (await listSchedules(db, scope, strategy.id)).find((x) => x.kind === 'nudges');
  if (!strategy || strategy.state === 'archived' || !s) {
    await dropNotices(db, scope, ids);
    return;
  }
  // Paused, the strategy sends nothing; its notices wait to go out together once it resumes.
  if (s.paused) return;
  const claimed = await db
    .transaction()
    .execute(async (trx) => {
      const [d] = await insertDeliveries(trx, [
        {
          id: randomUUID(),
          teamId: batch.teamId,
          scheduleId: s.id,
          slotAt: at,
          recipient: batch.recipient,
          state: 'claimed',
          leaseUntil: at + LEASE_MS,
          attempts: 1,
          at,
        },
      ]);
      // Another delivery holds this key (one nudge at this very instant): the next pass takes them.
      if (!d) return undefined;
      if ((await claimNotices(trx, scope, ids, d.id)) !== ids.length) throw new NoticesTaken();
      return d;
    })
    .catch((err: unknown) => {
      if (err instanceof NoticesTaken) return undefined;
      throw err;
    });
  if (!claimed) {
    pass.contended = true;
    return;
  }
  pass.result.claimed += 1;
  await deliver(pass, s, strategy, claimed);
}

/** Another process claimed some of these notices first: this claim is rolled back. */
class NoticesTaken extends Error {}
