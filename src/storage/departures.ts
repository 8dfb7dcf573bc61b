import type { Db } from './db.js';
import type { Scope } from './strategies.js';

/** Records that Slack reported the user deactivated; the first report's time is kept. */
export async function markDeparted(db: Db, scope: Scope, userId: string, at: number): Promise<boolean> {
  const inserted = await db
    .insertInto('departed_users')
    .values({ team_id: scope.teamId, user_id: userId, left_at: at })
    .onConflict((oc) => oc.columns(['team_id', 'user_id']).doNothing())
    .executeTakeFirst();
  return Number(inserted.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** The user is active again (reactivated in Slack). */
export async function markReturned(db: Db, scope: Scope, userId: string): Promise<boolean> {
  const deleted = await db
    .deleteFrom('departed_users')
    .where('team_id', '=', scope.teamId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return Number(deleted.numDeletedRows) > 0;
}

/** Everyone in the workspace Slack reported deactivated. */
export async function listDeparted(db: Db, scope: Scope): Promise<Set<string>> {
  const rows = await db
    .selectFrom('departed_users')
    .select('user_id')
    .where('team_id', '=', scope.teamId)
    .execute();
  return new Set(rows.map((r) => r.user_id));
}

/** Everyone Slack reported deactivated, in each of several workspaces. */
export async function listDepartedOf(db: Db, teamIds: readonly string[]): Promise<Map<string, Set<string>>> {
  const out = new Map<string, Set<string>>(teamIds.map((t) => [t, new Set<string>()]));
  if (teamIds.length === 0) return out;
  const rows = await db
    .selectFrom('departed_users')
    .select(['team_id', 'user_id'])
    .where('team_id', 'in', [...new Set(teamIds)])
    .execute();
  for (const r of rows) out.get(r.team_id)?.add(r.user_id);
  return out;
}
