import { randomUUID } from 'node:crypto';
import { type Actor, canManageStrategy } from '../domain/permissions.js';
import {
  anchorSlots,
  applySettingsChange,
  DEFAULT_SETTINGS,
  enabledKinds,
  nextRun,
  recurrences,
  SCHEDULE_KINDS,
  type ScheduleSettings,
  type SettingsChange,
  type SlotSettings,
  sameSettings,
} from '../domain/schedule.js';
import type { Strategy } from '../domain/strategy.js';
import { canonicalTimeZone, UTC } from '../domain/time-zones.js';
import { recordAudit } from '../storage/audit.js';
import type { Db } from '../storage/db.js';
import {
  insertSchedules,
  listSchedules,
  pauseSchedule,
  resumeSchedule,
  type Schedule,
  updateSchedule,
} from '../storage/schedules.js';
import { findStrategyForUpdate, updateStrategy } from '../storage/strategies.js';
import type { ServiceDeps } from './deps.js';
import { firstSubmission, type SubmissionId } from './submissions.js';

/** The settings the schedule rows hold; defaults for a strategy that has none yet. */
export function settingsOf(strategy: Strategy, schedules: Schedule[]): ScheduleSettings {
  const byKind = new Map(schedules.map((s) => [s.kind, s]));
  const digest = byKind.get('digest');
  const checkin = byKind.get('checkin_prompt');
  const slot = (s: Schedule | undefined, defaults: SlotSettings): SlotSettings =>
    s?.weekday
      ? {
          weekday: s.weekday,
          localTime: s.localTime,
          frequency: s.frequency ?? 'weekly',
          enabled: s.enabled,
          anchor: s.anchor ?? null,
        }
      : { ...defaults };
  return {
    digest: slot(digest, DEFAULT_SETTINGS.digest),
    checkin: slot(checkin, DEFAULT_SETTINGS.checkin),
    timeZone: canonicalTimeZone(digest?.timeZone ?? strategy.timeZone) ?? UTC,
    nudges: byKind.get('nudges')?.enabled ?? DEFAULT_SETTINGS.nudges,
  };
}

/** Creates whichever of the strategy's schedules are missing, from `settings`. */
async function ensureSchedules(
  db: Db,
  strategy: Pick<Strategy, 'id' | 'teamId' | 'state'>,
  settings: ScheduleSettings,
  at: number,
): Promise<void> {
  const rec = recurrences(settings);
  const enabled = enabledKinds(settings);
  await insertSchedules(
    db,
    SCHEDULE_KINDS.map((kind) => ({
      id: randomUUID(),
      teamId: strategy.teamId,
      strategyId: strategy.id,
      kind,
      ...rec[kind],
      nextRunAt: nextRun(rec[kind], new Date(at)).getTime(),
      enabled: enabled[kind],
      paused: strategy.state !== 'active',
      at,
    })),
  );
}

/** Every new strategy gets the default schedule in its own time zone (called inside its transaction). */
export async function createDefaultSchedules(
  trx: Db,
  strategy: { id: string; teamId: string; timeZone: string },
  at: number,
): Promise<void> {
  await ensureSchedules(
    trx,
    { ...strategy, state: 'active' },
    { ...DEFAULT_SETTINGS, timeZone: canonicalTimeZone(strategy.timeZone) ?? UTC },
    at,
  );
}

export async function scheduleSettings(deps: ServiceDeps, strategy: Strategy): Promise<ScheduleSettings> {
  return settingsOf(strategy, await listSchedules(deps.db, { teamId: strategy.teamId }, strategy.id));
}

/** The strategy's scheduled jobs as they stand, and whether its messages are paused as a whole. */
export async function scheduleState(
  deps: ServiceDeps,
  strategy: Strategy,
): Promise<{ paused: boolean; schedules: Schedule[] }> {
  const schedules = await listSchedules(deps.db, { teamId: strategy.teamId }, strategy.id);
  return { paused: strategy.state !== 'active' || schedules.some((s) => s.paused), schedules };
}

export type SaveScheduleResult =
  | { kind: 'saved'; settings: ScheduleSettings }
  | { kind: 'forbidden' }
  | { kind: 'gone' }
  /** The same modal submission came again; it had changed the settings already. */
  | { kind: 'replayed' };

/**
 * Saves the settings changed, laid over the settings as they are when it saves, and moves every
 * schedule to its next slot under them. The strategy is held meanwhile, so of two people
 * changing different settings at once, both keep their change.
 */
export async function saveSchedule(
  deps: ServiceDeps,
  strategy: Strategy,
  actor: Actor,
  change: SettingsChange,
  submission?: SubmissionId,
): Promise<SaveScheduleResult> {
  if (!canManageStrategy(strategy, actor)) return { kind: 'forbidden' };
  const now = deps.clock.now();
  const at = now.getTime();
  const scope = { teamId: strategy.teamId };
  return deps.db.transaction().execute(async (trx): Promise<SaveScheduleResult> => {
    const current = await findStrategyForUpdate(trx, scope, strategy.id);
    if (!current) return { kind: 'gone' };
    const schedules = await listSchedules(trx, scope, strategy.id);
    const before = settingsOf(current, schedules);
    const settings = anchorSlots(before, applySettingsChange(before, change), now);
    if (sameSettings(before, settings) && schedules.length === SCHEDULE_KINDS.length)
      return { kind: 'saved', settings };
    if (!(await firstSubmission(trx, scope.teamId, submission, at))) return { kind: 'replayed' };
    await ensureSchedules(trx, current, settings, at);
    const rec = recurrences(settings);
    const enabled = enabledKinds(settings);
    for (const s of await listSchedules(trx, scope, strategy.id)) {
      await updateSchedule(trx, scope, s.id, {
        ...rec[s.kind],
        nextRunAt: nextRun(rec[s.kind], now).getTime(),
        enabled: enabled[s.kind],
        at,
      });
    }
    if (settings.timeZone !== current.timeZone) {
      await updateStrategy(trx, scope, strategy.id, { timeZone: settings.timeZone }, at);
    }
    await recordAudit(trx, {
      teamId: strategy.teamId,
      strategyId: strategy.id,
      actorId: actor.userId,
      action: 'schedule.updated',
      before,
      after: settings,
      at,
    });
    return { kind: 'saved', settings };
  });
}

export type PauseResult = { kind: 'done' | 'unchanged' | 'forbidden' };

/** `pause` / `resume`: every scheduled message of the strategy stops, or restarts from its next slot. */
export async function setPaused(
  deps: ServiceDeps,
  strategy: Strategy,
  actor: Actor,
  paused: boolean,
): Promise<PauseResult> {
  if (!canManageStrategy(strategy, actor)) return { kind: 'forbidden' };
  const now = deps.clock.now();
  const at = now.getTime();
  const scope = { teamId: strategy.teamId };
  return deps.db.transaction().execute(async (trx): Promise<PauseResult> => {
    // Held, so that the state recorded as before is the one this change replaced.
    const current = await findStrategyForUpdate(trx, scope, strategy.id);
    if (!current || current.state === 'archived') return { kind: 'unchanged' };
    const schedules = await listSchedules(trx, scope, strategy.id);
    const wanted = paused ? 'paused' : 'active';
    const changing = schedules.filter((s) => s.paused !== paused);
    if (current.state === wanted && changing.length === 0) return { kind: 'unchanged' };
    for (const s of changing) {
      if (paused) await pauseSchedule(trx, scope, s.id, 'by_user', at);
      else {
        await resumeSchedule(trx, scope, s.id, nextRun(s, now).getTime(), at);
      }
    }
    await updateStrategy(trx, scope, strategy.id, { state: wanted }, at);
    await recordAudit(trx, {
      teamId: strategy.teamId,
      strategyId: strategy.id,
      actorId: actor.userId,
      action: paused ? 'schedule.paused' : 'schedule.resumed',
      before: { state: current.state, paused: schedules.filter((s) => s.paused).map((s) => s.kind) },
      after: { state: wanted },
      at,
    });
    return { kind: 'done' };
  });
}

/**
 * Pauses that are not the schedule's own: someone paused the strategy, or the app left the
 * workspace (a reinstall resumes those).
 */
const NOT_SELF_PAUSED = ['by_user', 'uninstalled'];

/** A schedule that stopped itself on a Slack error, and the error. */
export interface SelfPaused {
  kind: Schedule['kind'];
  reason: string;
}

/** The strategy's schedules that paused themselves (the bot left the channel, the channel was archived). */
export async function selfPausedSchedules(deps: ServiceDeps, strategy: Strategy): Promise<SelfPaused[]> {
  return selfPausedOf(await listSchedules(deps.db, { teamId: strategy.teamId }, strategy.id));
}

/** Which of the strategy's schedules paused themselves, and why. */
export function selfPausedOf(schedules: readonly Schedule[]): SelfPaused[] {
  return schedules
    .filter((s) => s.paused && s.pauseReason && !NOT_SELF_PAUSED.includes(s.pauseReason))
    .map((s) => ({ kind: s.kind, reason: s.pauseReason! }));
}

export type ResumeSelfPausedResult =
  | { kind: 'resumed'; kinds: Schedule['kind'][] }
  | { kind: 'unchanged' }
  | { kind: 'forbidden' };

/**
 * Restarts the schedules that paused themselves, each from its next slot, once the caller has
 * checked that the cause is gone. A strategy someone paused stays paused.
 */
export async function resumeSelfPaused(
  deps: ServiceDeps,
  strategy: Strategy,
  actor: Actor,
): Promise<ResumeSelfPausedResult> {
  if (!canManageStrategy(strategy, actor)) return { kind: 'forbidden' };
  const now = deps.clock.now();
  const at = now.getTime();
  const scope = { teamId: strategy.teamId };
  return deps.db.transaction().execute(async (trx): Promise<ResumeSelfPausedResult> => {
    const current = await findStrategyForUpdate(trx, scope, strategy.id);
    if (current?.state !== 'active') return { kind: 'unchanged' };
    const stopped = (await listSchedules(trx, scope, strategy.id)).filter(
      (s) => s.paused && s.pauseReason && !NOT_SELF_PAUSED.includes(s.pauseReason),
    );
    if (stopped.length === 0) return { kind: 'unchanged' };
    for (const s of stopped) await resumeSchedule(trx, scope, s.id, nextRun(s, now).getTime(), at);
    await recordAudit(trx, {
      teamId: strategy.teamId,
      strategyId: strategy.id,
      actorId: actor.userId,
      action: 'schedule.resumed',
      before: { paused: stopped.map((s) => ({ kind: s.kind, reason: s.pauseReason })) },
      after: { state: 'active' },
      at,
    });
    return { kind: 'resumed', kinds: stopped.map((s) => s.kind) };
  });
}
