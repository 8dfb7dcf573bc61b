import type { Insertable, Selectable } from 'kysely';
import { formatWorkingDays, type Language, parseWorkingDays, type Strategy } from '../domain/strategy.js';
import type { Db } from './db.js';
import { forUpdate } from './locks.js';
import { nested, rowsOf } from './nested.js';
import type { StrategyTable } from './schema.js';
import { byTeam, pushTo, type Ref } from './scoped.js';

export interface Scope {
  teamId: string;
}

/** A strategy to create, active from `at`; its creator is its first admin. */
export type NewStrategy = Pick<
  Strategy,
  'id' | 'teamId' | 'channelId' | 'name' | 'language' | 'timeZone' | 'createdBy'
> & {
  at: number;
};

function toStrategy(row: Selectable<StrategyTable>, admins: string[]): Strategy {
  return {
    id: row.id,
    teamId: row.team_id,
    channelId: row.channel_id,
    name: row.name,
    language: row.language,
    timeZone: row.time_zone,
    workingDays: parseWorkingDays(row.working_days),
    state: row.state,
    createdBy: row.created_by,
    createdAt: new Date(row.created_at),
    updatedAt: new Date(row.updated_at),
    admins,
  };
}

export async function ensureWorkspace(db: Db, teamId: string, at: number): Promise<void> {
  await db
    .insertInto('workspaces')
    .values({ team_id: teamId, name: null, created_at: at, updated_at: at })
    .onConflict((oc) => oc.column('team_id').doNothing())
    .execute();
}

function toRow(s: NewStrategy): Insertable<StrategyTable> {
  return {
    id: s.id,
    team_id: s.teamId,
    channel_id: s.channelId,
    name: s.name,
    language: s.language,
    time_zone: s.timeZone,
    state: 'active',
    created_by: s.createdBy,
    created_at: s.at,
    updated_at: s.at,
  };
}

/** Inserts the strategy unless the channel already has one; returns it when this call created it. */
export async function insertStrategy(db: Db, s: NewStrategy): Promise<Strategy | undefined> {
  const row = await db
    .insertInto('strategies')
    .values(toRow(s))
    .onConflict((oc) => oc.columns(['team_id', 'channel_id']).doNothing())
    .returningAll()
    .executeTakeFirst();
  if (!row) return undefined;
  await db
    .insertInto('strategy_admins')
    .values({ strategy_id: s.id, team_id: s.teamId, user_id: s.createdBy, added_at: s.at })
    .execute();
  return toStrategy(row, [s.createdBy]);
}

/** Pauses, resumes or archives the strategy, renames it, or changes its other settings. */
export async function updateStrategy(
  db: Db,
  scope: Scope,
  strategyId: string,
  change: Partial<Pick<Strategy, 'state' | 'timeZone' | 'workingDays' | 'name' | 'language'>>,
  at: number,
): Promise<void> {
  await db
    .updateTable('strategies')
    .set({
      state: change.state,
      name: change.name,
      language: change.language,
      time_zone: change.timeZone,
      working_days: change.workingDays && formatWorkingDays(change.workingDays),
      updated_at: at,
    })
    .where('team_id', '=', scope.teamId)
    .where('id', '=', strategyId)
    .execute();
}

/**
 * The strategy's admins, oldest first, as a column of the strategy's own row: a strategy is read
 * with its admins in one statement.
 */
function withAdmins(db: Db, scope: Scope) {
  return db
    .selectFrom('strategies')
    .selectAll('strategies')
    .select((eb) =>
      rowsOf(
        db,
        eb
          .selectFrom('strategy_admins')
          .select('strategy_admins.user_id')
          .where('strategy_admins.team_id', '=', scope.teamId)
          .whereRef('strategy_admins.strategy_id', '=', 'strategies.id')
          .orderBy('strategy_admins.added_at'),
      ).as('admins'),
    )
    .where('strategies.team_id', '=', scope.teamId);
}

type RowWithAdmins = Selectable<StrategyTable> & { admins: { user_id: string }[] | string };

function toStrategyWithAdmins(row: RowWithAdmins): Strategy {
  return toStrategy(
    row,
    nested(row.admins).map((a) => a.user_id),
  );
}

/**
 * Several workspaces' strategies with their admins, in two reads, keyed by id: what a pass of
 * the scheduler reads for a batch of due slots.
 */
export async function findStrategiesByIds(db: Db, refs: readonly Ref[]): Promise<Map<string, Strategy>> {
  const out = new Map<string, Strategy>();
  const groups = byTeam(refs);
  if (groups.length === 0) return out;
  const [rows, admins] = await Promise.all([
    db
      .selectFrom('strategies')
      .selectAll()
      .where((eb) =>
        eb.or(groups.map(([teamId, ids]) => eb.and([eb('team_id', '=', teamId), eb('id', 'in', ids)]))),
      )
      .execute(),
    db
      .selectFrom('strategy_admins')
      .select(['strategy_id', 'user_id'])
      .where((eb) =>
        eb.or(
          groups.map(([teamId, ids]) => eb.and([eb('team_id', '=', teamId), eb('strategy_id', 'in', ids)])),
        ),
      )
      .orderBy('added_at')
      .execute(),
  ]);
  const byStrategy = new Map<string, string[]>();
  for (const row of admins) pushTo(byStrategy, row.strategy_id, row.user_id);
  for (const row of rows) out.set(row.id, toStrategy(row, byStrategy.get(row.id) ?? []));
  return out;
}

async function findStrategyBy(
  db: Db,
  scope: Scope,
  column: 'id' | 'channel_id',
  value: string,
  options: { forUpdate?: boolean } = {},
): Promise<Strategy | undefined> {
  const query = withAdmins(db, scope).where(`strategies.${column}`, '=', value);
  const row = await (options.forUpdate ? forUpdate(db, query) : query).executeTakeFirst();
  return row && toStrategyWithAdmins(row);
}

export function findStrategyByChannel(
  db: Db,
  scope: Scope,
  channelId: string,
): Promise<Strategy | undefined> {
  return findStrategyBy(db, scope, 'channel_id', channelId);
}

export function findStrategyById(db: Db, scope: Scope, id: string): Promise<Strategy | undefined> {
  return findStrategyBy(db, scope, 'id', id);
}

/**
 * The strategy, held until the transaction ends: what hangs on it as a whole (its schedule
 * settings, its state, its readiness drafts and revisions) is read and written by one change at a
 * time.
 */
export function findStrategyForUpdate(db: Db, scope: Scope, id: string): Promise<Strategy | undefined> {
  return findStrategyBy(db, scope, 'id', id, { forUpdate: true });
}

export async function listStrategies(db: Db, scope: Scope): Promise<Strategy[]> {
  const rows = await withAdmins(db, scope).orderBy('strategies.created_at').execute();
  return rows.map(toStrategyWithAdmins);
}

/**
 * Sets the strategy's language unless it already has it; whether this call changed it (two
 * admins switching at once: one changes, the other finds it done).
 */
export async function updateStrategyLanguage(
  db: Db,
  scope: Scope,
  strategyId: string,
  language: Language,
  at: number,
): Promise<boolean> {
  const result = await db
    .updateTable('strategies')
    .set({ language, updated_at: at })
    .where('team_id', '=', scope.teamId)
    .where('id', '=', strategyId)
    .where('language', '<>', language)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Only the language of a strategy, by its id or its channel: a reply's language needs no more. */
export async function findStrategyLanguage(
  db: Db,
  scope: Scope,
  where: { id: string } | { channelId: string },
  /** Inside a transaction that will change the language: the row is held until it ends. */
  options: { forChange?: boolean } = {},
): Promise<Language | undefined> {
  const query = db.selectFrom('strategies').select('language').where('team_id', '=', scope.teamId);
  const one =
    'id' in where ? query.where('id', '=', where.id) : query.where('channel_id', '=', where.channelId);
  const row = await (options.forChange ? forUpdate(db, one) : one).executeTakeFirst();
  return row?.language;
}

/** Makes the person an admin of the strategy; whether they were not one already. */
export async function insertAdmin(
  db: Db,
  scope: Scope,
  strategyId: string,
  userId: string,
  at: number,
): Promise<boolean> {
  const row = await db
    .insertInto('strategy_admins')
    .values({ strategy_id: strategyId, team_id: scope.teamId, user_id: userId, added_at: at })
    .onConflict((oc) => oc.columns(['strategy_id', 'user_id']).doNothing())
    .returning('user_id')
    .executeTakeFirst();
  return row !== undefined;
}

/** Removes the person from the strategy's admins; whether they were one. */
export async function deleteAdmin(
  db: Db,
  scope: Scope,
  strategyId: string,
  userId: string,
): Promise<boolean> {
  const result = await db
    .deleteFrom('strategy_admins')
    .where('team_id', '=', scope.teamId)
    .where('strategy_id', '=', strategyId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}

/** The strategies of the workspace that the person admins. */
export async function strategyIdsAdminedBy(db: Db, scope: Scope, userId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('strategy_admins')
    .select('strategy_id')
    .where('team_id', '=', scope.teamId)
    .where('user_id', '=', userId)
    .execute();
  return rows.map((r) => r.strategy_id);
}
