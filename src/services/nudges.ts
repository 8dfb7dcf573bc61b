import { randomUUID } from 'node:crypto';
import { addDays, localDate } from '../domain/dates.js';
import type { OwnerNudge } from '../domain/digest.js';
import type { PhaseKey } from '../domain/method.js';
import {
  type NoticeDigest,
  type NudgeLine,
  type NudgePhase,
  nudgeDateIn,
  nudgeLine,
  ownerNudge,
  ownersNear,
  SNOOZE_DAYS,
  type ToldChange,
} from '../domain/nudges.js';
import { type Actor, canEditItem } from '../domain/permissions.js';
import type { Phase, PhaseFields } from '../domain/phases.js';
import { isPhaseKey } from '../domain/phases.js';
import type { Strategy } from '../domain/strategy.js';
import { recordAudit } from '../storage/audit.js';
import type { Db } from '../storage/db.js';
import {
  clearPhaseNudge,
  disownPhase,
  insertNotices,
  listDeliveryNotices,
  listPhaseNudgeStatesOf,
  type NewNotice,
  type Notice,
  snoozePhase,
} from '../storage/nudges.js';
import { listPhases, listPhasesOf } from '../storage/phases.js';
import type { ServiceDeps } from './deps.js';

// The owner nudges (who is nudged when, and what they do about it from the nudge), and the notices
// that tell people of changes others made to their phases.

/** One pass over the nudges: the instants it covers, the nudge hour, and each owner's time zone. */
export interface NudgeSlot {
  /** Exclusive. */
  after: number;
  /** Inclusive. */
  until: number;
  /** HH:MM: the strategy's nudge hour, read in each owner's zone. */
  localTime: string;
  zoneOf: (userId: string) => Promise<string>;
}

async function nudgePhases(deps: ServiceDeps, strategy: Strategy): Promise<NudgePhase[]> {
  return (await nudgePhasesOf(deps, [strategy])).get(strategy.id) ?? [];
}

/** Several strategies' phases with what their owners did about the nudges, read together. */
export async function nudgePhasesOf(
  deps: ServiceDeps,
  strategies: readonly Strategy[],
): Promise<Map<string, NudgePhase[]>> {
  const refs = strategies.map((s) => ({ teamId: s.teamId, id: s.id }));
  const [phases, states] = await Promise.all([
    listPhasesOf(deps.db, refs),
    listPhaseNudgeStatesOf(deps.db, refs),
  ]);
  const out = new Map<string, NudgePhase[]>();
  for (const [strategyId, own] of phases) {
    const byPhase = new Map((states.get(strategyId) ?? []).map((s) => [s.phase, s]));
    out.set(
      strategyId,
      own.map((p) => ({
        phase: p.key,
        ownerId: p.ownerId,
        due: p.dueDate,
        status: p.status,
        snoozedUntil: byPhase.get(p.key)?.snoozedUntil ?? null,
        disownedBy: byPhase.get(p.key)?.disownedBy ?? null,
      })),
    );
  }
  return out;
}

/**
 * The owners whose nudge hour, in their own time zone, falls within the slot on one of their
 * working days, each with the phases whose ladder has a rung that day.
 */
export async function collectNudges(
  deps: ServiceDeps,
  strategy: Strategy,
  slot: NudgeSlot,
  read?: NudgePhase[],
): Promise<OwnerNudge[]> {
  const phases = read ?? (await nudgePhases(deps, strategy));
  const near = ownersNear(phases, localDate(slot.until, strategy.timeZone), strategy.workingDays);
  const nudges: OwnerNudge[] = [];
  for (const ownerId of near) {
    const zone = await slot.zoneOf(ownerId);
    const date = nudgeDateIn(zone, slot.localTime, slot.after, slot.until);
    const nudge = date && ownerNudge(ownerId, phases, date, strategy.workingDays);
    if (nudge) nudges.push(nudge);
  }
  return nudges;
}

/** The phases a nudge listed, as they stand now for their owner (to redraw the nudge in place). */
export async function nudgeLinesNow(
  deps: ServiceDeps,
  strategy: Strategy,
  keys: PhaseKey[],
  ownerId: string,
  today: string,
): Promise<NudgeLine[]> {
  const phases = await nudgePhases(deps, strategy);
  return keys.flatMap((k) => {
    const p = phases.find((x) => x.phase === k);
    return p ? [nudgeLine({ ...p, phase: k }, ownerId, today)] : [];
  });
}

export type NudgeActionResult =
  | { kind: 'done' }
  | { kind: 'not_owner'; ownerId: string | null }
  | { kind: 'gone' };

async function ownedPhase(deps: ServiceDeps, strategy: Strategy, key: string) {
  if (!isPhaseKey(key)) return undefined;
  const phases = await listPhases(deps.db, { teamId: strategy.teamId }, strategy.id);
  return phases.find((p) => p.key === key);
}

/** "Snooze a week": no nudge about the phase for seven days of the owner's calendar. */
export async function snoozeNudges(
  deps: ServiceDeps,
  input: { strategy: Strategy; key: string; actor: Actor; timeZone: string },
): Promise<NudgeActionResult & { until?: string }> {
  const { strategy, key, actor } = input;
  const phase = await ownedPhase(deps, strategy, key);
  if (!phase) return { kind: 'gone' };
  if (!canEditItem(strategy, actor, phase.ownerId)) return { kind: 'not_owner', ownerId: phase.ownerId };
  const at = deps.clock.now().getTime();
  const until = addDays(localDate(at, input.timeZone), SNOOZE_DAYS);
  await deps.db.transaction().execute(async (trx) => {
    await snoozePhase(trx, { teamId: strategy.teamId }, strategy.id, key, actor.userId, until, at);
    await audit(trx, strategy, actor.userId, 'phase.nudges_snoozed', key, { until }, at);
  });
  return { kind: 'done', until };
}

/** "Not mine": the owner's nudges about the phase stop, and its admins are asked to reassign it. */
export async function disownNudges(
  deps: ServiceDeps,
  input: { strategy: Strategy; key: string; actor: Actor },
): Promise<NudgeActionResult> {
  const { strategy, key, actor } = input;
  const phase = await ownedPhase(deps, strategy, key);
  if (!phase) return { kind: 'gone' };
  // Only the owner can say a phase is not theirs.
  if (phase.ownerId !== actor.userId) return { kind: 'not_owner', ownerId: phase.ownerId };
  const at = deps.clock.now().getTime();
  await deps.db.transaction().execute(async (trx) => {
    await disownPhase(trx, { teamId: strategy.teamId }, strategy.id, key, actor.userId, at);
    await audit(trx, strategy, actor.userId, 'phase.disowned', key, {}, at);
  });
  return { kind: 'done' };
}

function audit(
  trx: Db,
  strategy: Strategy,
  actorId: string,
  action: string,
  subject: string,
  after: Record<string, unknown>,
  at: number,
) {
  return recordAudit(trx, {
    teamId: strategy.teamId,
    strategyId: strategy.id,
    actorId,
    action,
    subject,
    before: {},
    after,
    at,
  });
}

/** The fields whose change the owner hears about, when someone else makes it. */
const TOLD_FIELDS = ['dueDate', 'status'] as const satisfies ReadonlyArray<keyof PhaseFields>;

/**
 * Within a phase change's transaction: the notices it causes, and a new owner's nudges started
 * afresh. The owner hears of a due date or a
 * status someone else set (a new owner is told of the assignment itself, at once); a phase marked
 * blocked is told to the strategy's admins, with its note.
 */
export async function afterPhaseChange(
  trx: Db,
  input: {
    strategy: Strategy;
    actorId: string;
    before: Phase;
    after: Phase;
    changed: ReadonlyArray<keyof PhaseFields>;
    at: number;
  },
): Promise<void> {
  const { strategy, actorId, before, after, changed, at } = input;
  const base = { teamId: strategy.teamId, strategyId: strategy.id, phase: after.key, actorId, at };
  const notices: NewNotice[] = [];
  const owner = after.ownerId;
  if (owner && owner !== actorId && !changed.includes('ownerId')) {
    for (const field of TOLD_FIELDS.filter((f) => changed.includes(f)))
      notices.push({
        ...base,
        id: randomUUID(),
        recipient: owner,
        kind: 'changed',
        payload: { field, before: before[field], after: after[field] },
      });
  }
  if (changed.includes('status') && after.status === 'blocked') {
    for (const admin of new Set(strategy.admins))
      if (admin !== actorId)
        notices.push({
          ...base,
          id: randomUUID(),
          recipient: admin,
          kind: 'blocked',
          payload: { ownerId: owner, note: after.notes },
        });
  }
  await insertNotices(trx, notices);
  if (changed.includes('ownerId'))
    await clearPhaseNudge(trx, { teamId: strategy.teamId }, strategy.id, after.key);
}

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/**
 * The notices one delivery sends, folded: several changes of one field become one (from the first
 * value to the last), and a change undone meanwhile is left out.
 */
export function foldNotices(notices: Notice[]): NoticeDigest {
  const changes = new Map<string, ToldChange>();
  const blocked: NoticeDigest['blocked'] = [];
  for (const n of notices) {
    if (n.kind === 'blocked') {
      blocked.push({
        phase: n.phase,
        actorId: n.actorId,
        ownerId: str(n.payload.ownerId),
        note: str(n.payload.note),
      });
      continue;
    }
    const field = n.payload.field === 'status' ? 'status' : 'dueDate';
    const key = `${n.phase} ${field}`;
    const seen = changes.get(key);
    if (seen) {
      seen.after = str(n.payload.after);
      if (!seen.actors.includes(n.actorId)) seen.actors.push(n.actorId);
    } else
      changes.set(key, {
        phase: n.phase,
        field,
        actors: [n.actorId],
        before: str(n.payload.before),
        after: str(n.payload.after),
      });
  }
  return { changes: [...changes.values()].filter((c) => c.before !== c.after), blocked };
}

/** What one delivery of notices has to say; undefined when it is not a delivery of notices. */
export async function deliveryNotices(
  deps: ServiceDeps,
  teamId: string,
  deliveryId: string,
): Promise<NoticeDigest | undefined> {
  const notices = await listDeliveryNotices(deps.db, { teamId }, deliveryId);
  return notices.length === 0 ? undefined : foldNotices(notices);
}
