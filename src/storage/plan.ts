import type { Db } from './db.js';
import type { Scope } from './strategies.js';

/** Records the display names the app resolved through Slack (the latest name wins). */
export async function saveUserNames(
  db: Db,
  scope: Scope,
  users: { id: string; name: string }[],
  at: number,
): Promise<void> {
  for (const user of users) {
    await db
      .insertInto('user_names')
      .values({ team_id: scope.teamId, user_id: user.id, name: user.name, updated_at: at })
      .onConflict((oc) => oc.columns(['team_id', 'user_id']).doUpdateSet({ name: user.name, updated_at: at }))
      .execute();
  }
}

/** The recorded display names of these users; a user never resolved is absent. */
export async function findUserNames(db: Db, scope: Scope, userIds: string[]): Promise<Map<string, string>> {
  if (userIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('user_names')
    .select(['user_id', 'name'])
    .where('team_id', '=', scope.teamId)
    .where('user_id', 'in', userIds)
    .execute();
  return new Map(rows.map((r) => [r.user_id, r.name]));
}

export async function findPlanCanvas(db: Db, scope: Scope, strategyId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('plan_canvases')
    .select('canvas_id')
    .where('team_id', '=', scope.teamId)
    .where('strategy_id', '=', strategyId)
    .executeTakeFirst();
  return row?.canvas_id;
}

export async function savePlanCanvas(
  db: Db,
  scope: Scope,
  strategyId: string,
  canvasId: string,
  at: number,
): Promise<void> {
  await db
    .insertInto('plan_canvases')
    .values({
      strategy_id: strategyId,
      team_id: scope.teamId,
      canvas_id: canvasId,
      created_at: at,
      updated_at: at,
    })
    .onConflict((oc) => oc.column('strategy_id').doUpdateSet({ canvas_id: canvasId, updated_at: at }))
    .execute();
}
