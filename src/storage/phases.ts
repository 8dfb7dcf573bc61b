import { randomUUID } from 'node:crypto';
import type { Selectable, Updateable } from 'kysely';
import { PHASE_KEYS, type PhaseKey } from '../domain/method.js';
import { emptyPhase, isPhaseKey, isPhaseStatus, type Phase, type PhaseFields } from '../domain/phases.js';
import type { Db } from './db.js';
import { forUpdate } from './locks.js';
import { columnsOf } from './nested.js';
import type { PhaseTable } from './schema.js';
import { byTeam, pushTo, type Ref } from './scoped.js';
import type { Scope } from './strategies.js';

export type PhaseRow = Selectable<PhaseTable>;

function toPhase(row: PhaseRow): Phase | undefined {
  if (!isPhaseKey(row.key)) return undefined;
  return {
    strategyId: row.strategy_id,
    teamId: row.team_id,
    key: row.key,
    ownerId: row.owner_id,
    dueDate: row.due_date,
    status: isPhaseStatus(row.status) ? row.status : 'not_started',
    notes: row.notes,
    deliverableUrl: row.deliverable_url,
    updatedAt: new Date(row.updated_at),
  };
}

/** The columns a person edits; the same for a new, empty phase and for a change. */
function fieldColumns(fields: PhaseFields) {
  return {
    owner_id: fields.ownerId,
    due_date: fields.dueDate,
    status: fields.status,
    notes: fields.notes,
    deliverable_url: fields.deliverableUrl,
  } satisfies Updateable<PhaseTable>;
}

/** The columns of the fields given; kysely leaves out of an update what is undefined. */
function changedColumns(fields: Partial<PhaseFields>) {
  return {
    owner_id: fields.ownerId,
    due_date: fields.dueDate,
    status: fields.status,
    notes: fields.notes,
    deliverable_url: fields.deliverableUrl,
  } satisfies Updateable<PhaseTable>;
}

/** Creates whichever of the strategy's eight phases do not exist yet. */
export async function ensurePhases(db: Db, scope: Scope, strategyId: string, at: number): Promise<void> {
  await db
    .insertInto('phases')
    .values(
      PHASE_KEYS.map((key) => ({
        id: randomUUID(),
        strategy_id: strategyId,
        team_id: scope.teamId,
        key,
        ...fieldColumns(emptyPhase(strategyId, scope.teamId, key)),
        updated_at: at,
      })),
    )
    .onConflict((oc) => oc.columns(['strategy_id', 'key']).doNothing())
    .execute();
}

const PHASE_COLUMNS = columnsOf<PhaseTable>({
  id: true,
  strategy_id: true,
  team_id: true,
  key: true,
  owner_id: true,
  due_date: true,
  status: true,
  notes: true,
  deliverable_url: true,
  updated_at: true,
});

/** The query for the strategy's phase rows; `phasesOf` reads what it returns. */
export function phaseRows(db: Db, scope: Scope, strategyId: string) {
  return db
    .selectFrom('phases')
    .select(PHASE_COLUMNS)
    .where('team_id', '=', scope.teamId)
    .where('strategy_id', '=', strategyId);
}

/** The eight phases in method order from the strategy's phase rows; a phase with no row yet reads as empty. */
export function phasesOf(rows: readonly PhaseRow[], scope: Scope, strategyId: string): Phase[] {
  const byKey = new Map<string, Phase>();
  for (const row of rows) {
    const phase = toPhase(row);
    if (phase) byKey.set(phase.key, phase);
  }
  return PHASE_KEYS.map((key) => byKey.get(key) ?? emptyPhase(strategyId, scope.teamId, key));
}

/** The eight phases in method order; a phase with no row yet reads as empty. */
export async function listPhases(db: Db, scope: Scope, strategyId: string): Promise<Phase[]> {
  return phasesOf(await phaseRows(db, scope, strategyId).execute(), scope, strategyId);
}

/** One phase, held until the transaction ends (to be changed). */
/** Several strategies' phases at once (each as listPhases reads them), keyed by strategy id. */
export async function listPhasesOf(db: Db, refs: readonly Ref[]): Promise<Map<string, Phase[]>> {
  const out = new Map<string, Phase[]>();
  const groups = byTeam(refs);
  if (groups.length === 0) return out;
  const rows = await db
    .selectFrom('phases')
    .selectAll()
    .where((eb) =>
      eb.or(
        groups.map(([teamId, ids]) => eb.and([eb('team_id', '=', teamId), eb('strategy_id', 'in', ids)])),
      ),
    )
    .execute();
  const found = new Map<string, Phase[]>();
  for (const row of rows) {
    const phase = toPhase(row);
    if (phase) pushTo(found, row.strategy_id, phase);
  }
  for (const r of refs) {
    const byKey = new Map((found.get(r.id) ?? []).map((p) => [p.key, p]));
    out.set(
      r.id,
      PHASE_KEYS.map((key) => byKey.get(key) ?? emptyPhase(r.id, r.teamId, key)),
    );
  }
  return out;
}

export async function findPhaseForUpdate(
  db: Db,
  scope: Scope,
  strategyId: string,
  key: PhaseKey,
): Promise<Phase | undefined> {
  const query = db
    .selectFrom('phases')
    .selectAll()
    .where('team_id', '=', scope.teamId)
    .where('strategy_id', '=', strategyId)
    .where('key', '=', key);
  const row = await forUpdate(db, query).executeTakeFirst();
  return row ? toPhase(row) : undefined;
}

/** Writes the fields given, and only those: a concurrent change of another field stays. */
export async function updatePhase(
  db: Db,
  scope: Scope,
  strategyId: string,
  key: PhaseKey,
  fields: Partial<PhaseFields>,
  at: number,
): Promise<void> {
  await db
    .updateTable('phases')
    .set({ ...changedColumns(fields), updated_at: at })
    .where('team_id', '=', scope.teamId)
    .where('strategy_id', '=', strategyId)
    .where('key', '=', key)
    .execute();
}

/** Every phase the user owns, across the workspace's strategies. */
export async function listPhasesOwnedBy(db: Db, scope: Scope, userId: string): Promise<Phase[]> {
  const rows = await db
    .selectFrom('phases')
    .selectAll()
    .where('team_id', '=', scope.teamId)
    .where('owner_id', '=', userId)
    .execute();
  return rows.map(toPhase).filter((p): p is Phase => p !== undefined);
}
