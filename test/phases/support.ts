import { PHASE_IDS } from '../../src/views/ids.js';
import { type TestApp, type TestUser, U1, UFI } from '../support/harness.js';
import type { Json } from '../support/slack-stand-in.js';

// U1 starts the strategies (their admin); U2 and U3 are team members; UADMIN is a workspace admin.
export const USERS: TestUser[] = [
  U1,
  { id: 'U2', locale: 'en-US', tz: 'Europe/Helsinki', name: 'maria' },
  { id: 'U3', locale: 'en-US', tz: 'Europe/Helsinki', name: 'olli' },
  UFI,
  { id: 'UADMIN', locale: 'en-US', tz: 'Europe/Helsinki', is_admin: true },
  { id: 'UBOT', is_bot: true },
  { id: 'UGONE', deleted: true },
];

export { textOf } from '../support/harness.js';

export async function phaseRows(t: TestApp, channel = 'C1') {
  return t.app.db
    .selectFrom('phases')
    .innerJoin('strategies', 'strategies.id', 'phases.strategy_id')
    .select([
      'phases.key',
      'phases.owner_id',
      'phases.due_date',
      'phases.status',
      'phases.notes',
      'phases.deliverable_url',
    ])
    .where('strategies.channel_id', '=', channel)
    .execute();
}

export async function phaseRow(t: TestApp, key: string, channel = 'C1') {
  const row = (await phaseRows(t, channel)).find((r) => r.key === key);
  if (!row) throw new Error(`no phase ${key} in ${channel}`);
  return row;
}

/** Direct messages the app sent to one user. */
export function dmsTo(t: TestApp, user: string) {
  return t.standIn.callsOf('chat.postMessage').filter((c) => c.args.channel === user);
}

/** The last App Home published for a user. */
export function lastHome(t: TestApp, user: string): Json {
  const calls = t.standIn.callsOf('views.publish').filter((c) => c.args.user_id === user);
  const last = calls.at(-1);
  if (!last) throw new Error(`no App Home published for ${user}`);
  return { ...last.args.view, id: last.result?.view?.id };
}

/** The state values Slack would send for the phase modal. */
export function modalValues(v: {
  owner?: string | null;
  due?: string | null;
  status?: string;
  notes?: string | null;
  link?: string | null;
  withOwner?: boolean;
}): Json {
  return {
    ...(v.withOwner === false
      ? {}
      : {
          [PHASE_IDS.ownerBlock]: {
            [PHASE_IDS.ownerAction]: { type: 'users_select', selected_user: v.owner ?? null },
          },
        }),
    [PHASE_IDS.dueBlock]: { [PHASE_IDS.dueAction]: { type: 'datepicker', selected_date: v.due ?? null } },
    [PHASE_IDS.statusBlock]: {
      [PHASE_IDS.statusAction]: {
        type: 'radio_buttons',
        selected_option: { value: v.status ?? 'not_started', text: { type: 'plain_text', text: 'x' } },
      },
    },
    [PHASE_IDS.notesBlock]: { [PHASE_IDS.notesAction]: { type: 'plain_text_input', value: v.notes ?? null } },
    [PHASE_IDS.deliverableBlock]: {
      [PHASE_IDS.deliverableAction]: { type: 'plain_text_input', value: v.link ?? null },
    },
  };
}

/** Runs `/smstrategy phase <name>` and returns the modal the app opened. */
export async function openPhaseModal(
  t: TestApp,
  name: string,
  who: { user?: string; channel?: string } = {},
) {
  const before = t.standIn.callsOf('views.open').length;
  const { status } = await t.command(`phase ${name}`, who);
  if (status !== 200) throw new Error(`phase ${name} answered ${status}`);
  await t.app.idle();
  const opened = t.standIn.callsOf('views.open');
  if (opened.length === before) throw new Error(`phase ${name} opened no modal`);
  return opened.at(-1)!.args.view as Json;
}
