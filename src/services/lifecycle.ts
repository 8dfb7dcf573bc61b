import { type Actor, canManageStrategy } from '../domain/permissions.js';
import { nextRun } from '../domain/schedule.js';
import type { Language, Strategy, Weekday } from '../domain/strategy.js';
import { sameWorkingDays } from '../domain/strategy.js';
import { recordAudit } from '../storage/audit.js';
import { eraseStrategy } from '../storage/erase.js';
import { listSchedules, pauseSchedule, resumeSchedule } from '../storage/schedules.js';
import { deleteAdmin, findStrategyForUpdate, insertAdmin, updateStrategy } from '../storage/strategies.js';
import type { ServiceDeps } from './deps.js';
import { saveSchedule } from './schedules.js';
import { MAX_STRATEGY_NAME } from './strategies.js';

// What a strategy's admins do to the strategy as a whole: who its admins are, its settings,
// archiving, bringing it back and deleting it. Each change is audited.

/** Why the schedules of an archived strategy stopped: unarchiving restarts these and no others. */
export const ARCHIVED_REASON = 'archived';

type Refusal = { kind: 'forbidden' } | { kind: 'archived' } | { kind: 'gone' };

function refusal(strategy: Strategy | undefined, actor: Actor): Refusal | undefined {
  if (!strategy) return { kind: 'gone' };
  if (!canManageStrategy(strategy, actor)) return { kind: 'forbidden' };
  if (strategy.state === 'archived') return { kind: 'archived' };
  return undefined;
}

export type AdminResult = Refusal | { kind: 'done' | 'unchanged' | 'last_admin'; strategy: Strategy };

/**
 * Adds or removes an admin. The strategy is held meanwhile, so two admins removing each other at
 * once cannot leave it with none.
 */
export async function changeAdmin(
  deps: ServiceDeps,
  strategy: Strategy,
  actor: Actor,
  change: { add: string } | { remove: string },
): Promise<AdminResult> {
  const at = deps.clock.now().getTime();
  const scope = { teamId: strategy.teamId };
  return deps.db.transaction().execute(async (trx): Promise<AdminResult> => {
    const current = await findStrategyForUpdate(trx, scope, strategy.id);
    const refused = refusal(current, actor);
    if (refused || !current) return refused ?? { kind: 'gone' };
    let admins: string[];
    if ('add' in change) {
      if (!(await insertAdmin(trx, scope, current.id, change.add, at)))
        return { kind: 'unchanged', strategy: current };
      admins = [...current.admins, change.add];
    } else {
      if (!current.admins.includes(change.remove)) return { kind: 'unchanged', strategy: current };
      if (current.admins.length <= 1) return { kind: 'last_admin', strategy: current };
      await deleteAdmin(trx, scope, current.id, change.remove);
      admins = current.admins.filter((u) => u !== change.remove);
    }
    await recordAudit(trx, {
      teamId: current.teamId,
      strategyId: current.id,
      actorId: actor.userId,
      action: 'add' in change ? 'admin.added' : 'admin.removed',
      subject: 'add' in change ? change.add : change.remove,
      before: { admins: current.admins },
      after: { admins },
      at,
    });
    return { kind: 'done', strategy: { ...current, admins } };
  });
}

export interface SettingsChange {
  name?: string;
  language?: Language;
  timeZone?: string;
  workingDays?: Weekday[];
}

export type SettingsResult =
  | Refusal
  | { kind: 'invalid_name' }
  | { kind: 'saved' | 'unchanged'; before: Strategy; strategy: Strategy };

/**
 * The strategy's name, language, time zone and working days. A new time zone moves every schedule
 * with it (as the schedule window does).
 */
export async function saveSettings(
  deps: ServiceDeps,
  strategy: Strategy,
  actor: Actor,
  change: SettingsChange,
): Promise<SettingsResult> {
  const name = change.name?.trim();
  if (name !== undefined && (name.length === 0 || name.length > MAX_STRATEGY_NAME))
    return { kind: 'invalid_name' };
  const at = deps.clock.now().getTime();
  const scope = { teamId: strategy.teamId };
  const result = await deps.db.transaction().execute(async (trx): Promise<SettingsResult> => {
    const current = await findStrategyForUpdate(trx, scope, strategy.id);
    const refused = refusal(current, actor);
    if (refused || !current) return refused ?? { kind: 'gone' };
    const set: Parameters<typeof updateStrategy>[3] = {};
    if (name !== undefined && name !== current.name) set.name = name;
    if (change.language && change.language !== current.language) set.language = change.language;
    if (change.workingDays && !sameWorkingDays(change.workingDays, current.workingDays))
      set.workingDays = change.workingDays;
    const after = { ...current, ...set };
    if (Object.keys(set).length === 0) return { kind: 'unchanged', before: current, strategy: after };
    await updateStrategy(trx, scope, current.id, set, at);
    await recordAudit(trx, {
      teamId: current.teamId,
      strategyId: current.id,
      actorId: actor.userId,
      action: 'strategy.settings_changed',
      before: Object.fromEntries(Object.keys(set).map((k) => [k, current[k as keyof typeof set]])),
      after: set,
      at,
    });
    return { kind: 'saved', before: current, strategy: after };
  });
  if (result.kind !== 'saved' && result.kind !== 'unchanged') return result;
  if (!change.timeZone || change.timeZone === result.before.timeZone) return result;
  const moved = await saveSchedule(deps, result.strategy, actor, { timeZone: change.timeZone });
  if (moved.kind !== 'saved') return result;
  return {
    kind: 'saved',
    before: result.before,
    strategy: { ...result.strategy, timeZone: change.timeZone },
  };
}

export type ArchiveResult = Refusal | { kind: 'done' | 'unchanged'; strategy: Strategy };

/**
 * Archives the strategy: every schedule stops and nothing in it can be changed; or brings it back,
 * each schedule from its next slot after now, so nothing missed meanwhile is sent late.
 */
export async function setArchived(
  deps: ServiceDeps,
  strategy: Strategy,
  actor: Actor,
  archived: boolean,
): Promise<ArchiveResult> {
  const now = deps.clock.now();
  const at = now.getTime();
  const scope = { teamId: strategy.teamId };
  return deps.db.transaction().execute(async (trx): Promise<ArchiveResult> => {
    const current = await findStrategyForUpdate(trx, scope, strategy.id);
    if (!current) return { kind: 'gone' };
    if (!canManageStrategy(current, actor)) return { kind: 'forbidden' };
    if ((current.state === 'archived') === archived) return { kind: 'unchanged', strategy: current };
    const schedules = await listSchedules(trx, scope, current.id);
    let state: Strategy['state'] = 'archived';
    if (archived) {
      for (const s of schedules.filter((s) => !s.paused))
        await pauseSchedule(trx, scope, s.id, ARCHIVED_REASON, at);
    } else {
      for (const s of schedules.filter((s) => s.paused && s.pauseReason === ARCHIVED_REASON)) {
        const rec = { weekday: s.weekday, localTime: s.localTime, timeZone: s.timeZone };
        await resumeSchedule(trx, scope, s.id, nextRun(rec, now).getTime(), at);
      }
      // Paused by its admins before it was archived, it comes back paused.
      state = schedules.some((s) => s.paused && s.pauseReason === 'by_user') ? 'paused' : 'active';
    }
    await updateStrategy(trx, scope, current.id, { state }, at);
    await recordAudit(trx, {
      teamId: current.teamId,
      strategyId: current.id,
      actorId: actor.userId,
      action: archived ? 'strategy.archived' : 'strategy.unarchived',
      before: { state: current.state },
      after: { state },
      at,
    });
    return { kind: 'done', strategy: { ...current, state } };
  });
}

/** Whether the name typed to confirm a deletion is the strategy's (spaces around and case aside). */
export function confirmsName(strategy: Strategy, typed: string): boolean {
  const norm = (s: string) => s.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase();
  return norm(typed) === norm(strategy.name);
}

export type DeleteResult =
  | { kind: 'forbidden' }
  | { kind: 'gone' }
  | { kind: 'wrong_name' }
  | { kind: 'deleted'; strategy: Strategy; rows: Record<string, number> };

/**
 * Deletes the strategy and every row of it in every table. What remains is one workspace-level
 * audit row: who deleted which strategy of which channel, and when.
 */
export async function deleteStrategy(
  deps: ServiceDeps,
  strategy: Strategy,
  actor: Actor,
  typedName: string,
): Promise<DeleteResult> {
  const at = deps.clock.now().getTime();
  const scope = { teamId: strategy.teamId };
  return deps.db.transaction().execute(async (trx): Promise<DeleteResult> => {
    const current = await findStrategyForUpdate(trx, scope, strategy.id);
    if (!current) return { kind: 'gone' };
    if (!canManageStrategy(current, actor)) return { kind: 'forbidden' };
    if (!confirmsName(current, typedName)) return { kind: 'wrong_name' };
    const rows = await eraseStrategy(trx, scope, current.id);
    await recordAudit(trx, {
      teamId: current.teamId,
      strategyId: null,
      actorId: actor.userId,
      action: 'strategy.deleted',
      subject: current.channelId,
      before: {
        id: current.id,
        name: current.name,
        channelId: current.channelId,
        createdBy: current.createdBy,
      },
      after: { rows },
      at,
    });
    return { kind: 'deleted', strategy: current, rows };
  });
}
