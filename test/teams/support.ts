import type { TestApp, Who } from '../support/harness.js';
import type { Json } from '../support/slack-stand-in.js';

export { dmsTo, lastHome, USERS } from '../phases/support.js';

/** Sends the command and returns the window it opened. */
export async function openedBy(t: TestApp, text: string, who: Who = {}): Promise<Json> {
  const { payload } = await t.command(text, who);
  const call = await t.standIn.waitFor('views.open', (a) => a.trigger_id === payload.trigger_id);
  return { ...call.args.view, id: call.result?.view?.id };
}

/** The channel's strategy row. */
export function strategyRow(t: TestApp, channel = 'C1') {
  return t.app.db.selectFrom('strategies').selectAll().where('channel_id', '=', channel).executeTakeFirst();
}

export async function adminsOf(t: TestApp, channel = 'C1'): Promise<string[]> {
  const s = await strategyRow(t, channel);
  if (!s) return [];
  const rows = await t.app.db
    .selectFrom('strategy_admins')
    .select('user_id')
    .where('strategy_id', '=', s.id)
    .orderBy('added_at')
    .orderBy('user_id')
    .execute();
  return rows.map((r) => r.user_id);
}

export function auditActions(t: TestApp) {
  return t.app.db.selectFrom('audit_events').selectAll().orderBy('at').execute();
}
