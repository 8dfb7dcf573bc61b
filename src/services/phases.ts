import { localDate, parseLocalDate } from '../domain/dates.js';
import { PHASE_KEYS, type PhaseKey } from '../domain/method.js';
import { type Actor, canEditItem, canManageStrategy } from '../domain/permissions.js';
import {
  changedFields,
  NOTES_MAX_LENGTH,
  type OwnedPhase,
  type Phase,
  type PhaseFields,
  parseDeliverableUrl,
} from '../domain/phases.js';
import type { Strategy } from '../domain/strategy.js';
import { recordAudit } from '../storage/audit.js';
import {
  ensurePhases,
  findPhaseForUpdate,
  listPhases,
  listPhasesOwnedBy,
  updatePhase,
} from '../storage/phases.js';
import { listStrategies } from '../storage/strategies.js';
import type { ServiceDeps } from './deps.js';
import { afterPhaseChange } from './nudges.js';
import { firstSubmission, type SubmissionId } from './submissions.js';

export type PhaseChange = Partial<PhaseFields>;

export type PhaseUpdateResult =
  | { kind: 'updated'; before: Phase; after: Phase; changed: Array<keyof PhaseFields> }
  | { kind: 'unchanged'; phase: Phase }
  /** Only managers may reassign; `owner` also when the actor may not edit the phase at all. */
  | { kind: 'forbidden'; need: 'manager' | 'owner'; phase: Phase }
  | { kind: 'invalid'; field: 'dueDate' | 'notes' | 'deliverableUrl' }
  /** A new due date before today in the strategy's time zone. */
  | { kind: 'past_date'; today: string }
  /** The same modal submission came again; it had changed the phase already. */
  | { kind: 'replayed' };

function invalidField(change: PhaseChange): 'dueDate' | 'notes' | 'deliverableUrl' | undefined {
  if (change.dueDate != null && parseLocalDate(change.dueDate) !== change.dueDate) return 'dueDate';
  if (change.notes != null && change.notes.length > NOTES_MAX_LENGTH) return 'notes';
  if (change.deliverableUrl != null && parseDeliverableUrl(change.deliverableUrl) !== change.deliverableUrl)
    return 'deliverableUrl';
  return undefined;
}

/**
 * Changes one phase, if the actor may: owners only by the strategy's managers, everything else
 * also by the phase's own owner. Only the fields that change are written, with the phase held
 * from the read to the write, so two people changing it at once both get their change. Every
 * change goes to the audit trail with what was there before and what is there after.
 */
export async function changePhase(
  deps: ServiceDeps,
  input: { strategy: Strategy; key: PhaseKey; actor: Actor; change: PhaseChange; submission?: SubmissionId },
): Promise<PhaseUpdateResult> {
  const { strategy, key, actor, change } = input;
  const invalid = invalidField(change);
  if (invalid) return { kind: 'invalid', field: invalid };
  const scope = { teamId: strategy.teamId };
  const at = deps.clock.now().getTime();
  return deps.db.transaction().execute(async (trx) => {
    await ensurePhases(trx, scope, strategy.id, at);
    const before = await findPhaseForUpdate(trx, scope, strategy.id, key);
    if (!before) throw new Error(`phase ${key} missing right after it was ensured`);
    const fields: PhaseFields = {
      ownerId: change.ownerId === undefined ? before.ownerId : change.ownerId,
      dueDate: change.dueDate === undefined ? before.dueDate : change.dueDate,
      status: change.status ?? before.status,
      notes: change.notes === undefined ? before.notes : change.notes || null,
      deliverableUrl:
        change.deliverableUrl === undefined ? before.deliverableUrl : change.deliverableUrl || null,
    };
    const changed = changedFields(before, fields);
    if (changed.includes('ownerId') && !canManageStrategy(strategy, actor))
      return { kind: 'forbidden', need: 'manager', phase: before };
    if (!canEditItem(strategy, actor, before.ownerId))
      return { kind: 'forbidden', need: 'owner', phase: before };
    const today = localDate(new Date(at), strategy.timeZone);
    if (changed.includes('dueDate') && fields.dueDate !== null && fields.dueDate < today)
      return { kind: 'past_date', today };
    if (changed.length === 0) return { kind: 'unchanged', phase: before };
    if (!(await firstSubmission(trx, scope.teamId, input.submission, at))) return { kind: 'replayed' };
    const pick = (p: PhaseFields) => Object.fromEntries(changed.map((f) => [f, p[f]]));
    await updatePhase(trx, scope, strategy.id, key, pick(fields), at);
    await recordAudit(trx, {
      teamId: strategy.teamId,
      strategyId: strategy.id,
      actorId: actor.userId,
      action: 'phase.updated',
      subject: key,
      before: pick(before),
      after: pick(fields),
      at,
    });
    const after: Phase = { ...before, ...fields, updatedAt: new Date(at) };
    await afterPhaseChange(trx, { strategy, actorId: actor.userId, before, after, changed, at });
    return { kind: 'updated', before, after, changed };
  });
}

/** The user's phases across every strategy of the workspace, in method order within each strategy. */
export async function phasesOwnedBy(
  deps: ServiceDeps,
  teamId: string,
  userId: string,
): Promise<OwnedPhase[]> {
  const scope = { teamId };
  const [phases, strategies] = await Promise.all([
    listPhasesOwnedBy(deps.db, scope, userId),
    listStrategies(deps.db, scope),
  ]);
  const now = deps.clock.now();
  const byId = new Map(strategies.map((s) => [s.id, s]));
  const owned: OwnedPhase[] = [];
  for (const phase of phases) {
    const strategy = byId.get(phase.strategyId);
    if (!strategy || strategy.state === 'archived') continue;
    owned.push({ phase, strategy, today: localDate(now, strategy.timeZone) });
  }
  const order = new Map(strategies.map((s, i) => [s.id, i]));
  return owned.sort(
    (a, b) =>
      (order.get(a.strategy.id) ?? 0) - (order.get(b.strategy.id) ?? 0) ||
      PHASE_KEYS.indexOf(a.phase.key) - PHASE_KEYS.indexOf(b.phase.key),
  );
}

export function todayIn(deps: ServiceDeps, strategy: Strategy): string {
  return localDate(deps.clock.now(), strategy.timeZone);
}

/** The strategy's eight phases, with today's date in its time zone for the due and overdue flags. */
export async function strategyPhases(
  deps: ServiceDeps,
  strategy: Strategy,
): Promise<{ phases: Phase[]; today: string }> {
  const phases = await listPhases(deps.db, { teamId: strategy.teamId }, strategy.id);
  return { phases, today: todayIn(deps, strategy) };
}

export type PhaseEditResult =
  | { kind: 'editable'; phase: Phase; canReassign: boolean }
  | Extract<PhaseUpdateResult, { kind: 'forbidden' }>;

/** The phase as the edit modal opens on it: for its owner and the strategy's managers only. */
export async function phaseToEdit(
  deps: ServiceDeps,
  input: { strategy: Strategy; key: PhaseKey; actor: Actor },
): Promise<PhaseEditResult> {
  const { strategy, key, actor } = input;
  const phases = await listPhases(deps.db, { teamId: strategy.teamId }, strategy.id);
  // The list holds all eight keys (a phase not yet saved reads as empty).
  const phase = phases.find((p) => p.key === key);
  if (!phase) throw new Error(`phase ${key} missing from the list of all phases`);
  if (!canEditItem(strategy, actor, phase.ownerId)) return { kind: 'forbidden', need: 'owner', phase };
  return { kind: 'editable', phase, canReassign: canManageStrategy(strategy, actor) };
}
