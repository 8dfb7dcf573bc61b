import { randomBytes } from 'node:crypto';
import { App } from '@slack/bolt';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { COMMANDS } from '../../src/domain/commands.js';
import { TestApp } from '../support/harness.js';
import type { Json } from '../support/slack-stand-in.js';

// A payload names its workspace in several places: `team.id`, `user.team_id`, `view.team_id`,
// `view.app_installed_team_id`, `team_id`, `authorizations`. Bolt picks the installation (and so
// the token) from some of them; the app reads and changes data of exactly that workspace. Every
// listener the app registers gets payloads whose other fields name the other workspace, and the
// other workspace's rows stay as they were, its token is never used, and nothing of its data
// shows in anything the app sends.

const TOKENS = { TA: 'xoxb-9001-aaaa-workspaceA', TB: 'xoxb-9002-bbbb-workspaceB' } as const;
type Team = keyof typeof TOKENS;
const OWN = {
  TA: { user: 'UA', strategy: 'Alpha-Strategy', metric: 'AlphaMetric' },
  TB: { user: 'UB', strategy: 'Beta-Strategy', metric: 'BetaMetric' },
};

const registered = {
  command: new Set<string>(),
  action: new Set<string>(),
  view: new Set<string>(),
  event: new Set<string>(),
};
let t: TestApp;
/** Per workspace: its strategy and metric ids, and the modals the app opened in it. */
const data: Record<Team, { strategyId: string; metricId: string; views: Record<string, Json> }> = {
  TA: { strategyId: '', metricId: '', views: {} },
  TB: { strategyId: '', metricId: '', views: {} },
};

function record(kind: keyof typeof registered, key: (c: any) => string) {
  const original = App.prototype[kind] as (...a: any[]) => unknown;
  vi.spyOn(App.prototype, kind).mockImplementation(function (this: App, ...args: any[]) {
    registered[kind].add(key(args[0]));
    return original.apply(this, args);
  } as never);
}

async function install(code: string, teamId: Team): Promise<void> {
  t.standIn.grantInstall(code, teamId, TOKENS[teamId]);
  const start = await fetch(`${t.url}/slack/install`, { redirect: 'manual' });
  const state = new URL(start.headers.get('location')!).searchParams.get('state')!;
  const cookie = start.headers.get('set-cookie')!.split(';')[0]!;
  const done = await fetch(`${t.url}/slack/oauth_redirect?code=${code}&state=${encodeURIComponent(state)}`, {
    headers: { cookie },
  });
  expect(done.status).toBe(200);
}

async function opened(text: string, team: Team): Promise<Json> {
  const { payload } = await t.command(text, { team, user: OWN[team].user, channel: 'C1' });
  return (await t.standIn.waitFor('views.open', (a) => a.trigger_id === payload.trigger_id)).args.view;
}

beforeAll(async () => {
  record('command', (c) => String(c));
  record('action', (c) => (typeof c === 'string' ? c : String(c.action_id)));
  record('view', (c) => (typeof c === 'string' ? `${c}:view_submission` : `${c.callback_id}:${c.type}`));
  record('event', (c) => String(c));
  t = await TestApp.start({
    env: {
      SLACK_BOT_TOKEN: undefined,
      SLACK_CLIENT_ID: '1111.2222',
      SLACK_CLIENT_SECRET: 'client-secret-xyz',
      SLACK_STATE_SECRET: 'state-secret-0123456789',
      ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    },
    users: [
      { id: 'UA', team_id: 'TA', is_admin: true },
      { id: 'UB', team_id: 'TB', is_admin: true },
    ],
  });
  vi.restoreAllMocks();
  for (const [code, team] of [
    ['code-a', 'TA'],
    ['code-b', 'TB'],
  ] as const) {
    await install(code, team);
    const who = { team, user: OWN[team].user, channel: 'C1' };
    await t.reply(`start ${OWN[team].strategy}`, who);
    const addView = await opened('metric add', team);
    const typed = (value: string) => ({ metric_value: { type: 'plain_text_input', value } });
    const added = await t.submit(
      addView,
      {
        metric_name: typed(OWN[team].metric),
        metric_unit: typed('subs'),
        metric_baseline: typed('10'),
        metric_target: typed('20'),
        metric_target_date: { metric_value: { type: 'datepicker', selected_date: '2030-01-01' } },
        metric_owner: { metric_value: { type: 'users_select', selected_user: OWN[team].user } },
        metric_direction: { metric_value: { type: 'radio_buttons', selected_option: { value: 'up' } } },
        metric_cadence: { metric_value: { type: 'radio_buttons', selected_option: { value: 'weekly' } } },
      },
      who,
    );
    expect(added.body).toEqual({});
    const strategy = await t.app.db
      .selectFrom('strategies')
      .select('id')
      .where('team_id', '=', team)
      .executeTakeFirstOrThrow();
    const metric = await t.app.db
      .selectFrom('metrics')
      .select('id')
      .where('team_id', '=', team)
      .executeTakeFirstOrThrow();
    data[team].strategyId = strategy.id;
    data[team].metricId = metric.id;
    for (const [name, command] of [
      ['assessment', 'assess'],
      ['phase_modal', 'phase 1'],
      ['metric_add', 'metric add'],
      ['metric_edit', `metric edit ${OWN[team].metric}`],
      ['metric_checkin', 'checkin'],
      ['schedule_modal', 'schedule'],
      ['strategy_settings', 'settings'],
      ['strategy_delete', 'delete'],
    ] as const)
      data[team].views[name] = await opened(command, team);
    // An entry's window (here an action of the action plan) is pushed over the phase window.
    const pushed = await t.action('phase_item_add', {
      ...who,
      value: JSON.stringify({ s: strategy.id, t: 'action' }),
      view: { ...data[team].views.phase_modal, id: `VPHASE${team}` },
    });
    expect(pushed.status).toBe(200);
    data[team].views.phase_item = (
      await t.standIn.waitFor(
        'views.push',
        (a) => a.view?.callback_id === 'phase_item' && JSON.parse(a.view.private_metadata).s === strategy.id,
      )
    ).args.view;
    // The window that revises one answer alone opens from a button, not a command.
    const revise = await t.action('assessment_revise', {
      ...who,
      value: JSON.stringify({ s: strategy.id, q: 'why' }),
    });
    expect(revise.status).toBe(200);
    data[team].views.assessment_revise_view = (
      await t.standIn.waitFor(
        'views.open',
        (a) =>
          a.view?.callback_id === 'assessment_revise_view' &&
          JSON.parse(a.view.private_metadata).strategyId === strategy.id,
      )
    ).args.view;
    // The import window opens from the metric list's button; its preview replaces it.
    const importing = await t.action('metric_list_import', { ...who, value: metric.id });
    expect(importing.status).toBe(200);
    const importView = (
      await t.standIn.waitFor(
        'views.open',
        (a) =>
          a.view?.callback_id === 'metric_import' &&
          JSON.parse(a.view.private_metadata).metricId === metric.id,
      )
    ).args.view;
    data[team].views.metric_import = importView;
    const previewed = await t.submit(
      importView,
      { metric_import_text: { metric_import_csv: { type: 'plain_text_input', value: '2026-W40;12' } } },
      who,
    );
    expect(previewed.body.response_action).toBe('update');
    data[team].views.metric_import_preview = previewed.body.view;
  }
  await t.app.idle();
  // Two installs and a window of every kind in each workspace: more requests than one test makes.
}, 60_000);
afterAll(async () => {
  await t?.stop();
});

const TABLES = [
  'workspaces',
  'strategies',
  'strategy_admins',
  'audit_events',
  'processed_events',
  'installations',
  'assessment_revisions',
  'assessment_drafts',
  'phases',
  'metrics',
  'checkins',
  'schedules',
  'deliveries',
  'user_names',
  'plan_canvases',
  'plan_versions',
  'phase_fields',
  'phase_goals',
  'register_channels',
  'channel_activity',
  'action_items',
  'departed_users',
  'user_time_zones',
  'phase_nudges',
  'owner_notices',
  'metric_imports',
] as const;

/** Every row of one workspace, in every table. */
async function rowsOf(team: Team): Promise<string> {
  const all = await Promise.all(
    TABLES.map((table) =>
      t.app.db
        .selectFrom(table as 'strategies')
        .selectAll()
        .where('team_id', '=', team)
        .execute(),
    ),
  );
  return JSON.stringify(all);
}

let seq = 0;

/** What a user of `theirs` typing in the view would send: values that would change something. */
function filledState(callback: string, theirs: Team): Json {
  const typed = (value: string) => ({ type: 'plain_text_input', value });
  const pick = (value: string) => ({ type: 'static_select', selected_option: { value } });
  switch (callback) {
    case 'assessment':
    case 'assessment_revise_view':
      return {
        assessment_answer_why: { answer: typed('Because') },
        assessment_answer_goals: { answer: typed('Goals') },
        assessment_answer_pitch: { answer: typed('Pitch') },
        assessment_rating_why: { rating: { type: 'radio_buttons', selected_option: { value: 'clear' } } },
      };
    case 'phase_modal':
      return {
        phase_status: { status: pick('done') },
        phase_notes: { notes: typed('Changed by a forged payload') },
      };
    case 'metric_add':
    case 'metric_edit':
      return {
        metric_name: { metric_value: typed('Forged metric') },
        metric_unit: { metric_value: typed('x') },
        metric_baseline: { metric_value: typed('1') },
        metric_target: { metric_value: typed('2') },
        metric_target_date: { metric_value: { type: 'datepicker', selected_date: '2031-01-01' } },
        metric_owner: { metric_value: { type: 'users_select', selected_user: OWN[theirs].user } },
        metric_direction: { metric_value: { type: 'radio_buttons', selected_option: { value: 'up' } } },
        metric_cadence: { metric_value: { type: 'radio_buttons', selected_option: { value: 'weekly' } } },
      };
    case 'metric_checkin':
      return { [data[theirs].metricId]: { metric_checkin_value: typed('15') } };
    case 'phase_item':
      return { item_what: { item_value: typed('Forged action') } };
    case 'strategy_settings':
      return {
        strategy_settings_name: { name: typed('Forged name') },
        strategy_settings_language: { language: { type: 'radio_buttons', selected_option: { value: 'fi' } } },
        strategy_settings_time_zone: { time_zone: pick('Asia/Tokyo') },
        strategy_settings_working_days: {
          working_days: { type: 'checkboxes', selected_options: [{ value: '6' }] },
        },
      };
    case 'strategy_delete':
      return { strategy_delete_name: { name: typed(OWN[theirs].strategy) } };
    case 'metric_import':
      return { metric_import_text: { metric_import_csv: typed('2026-W41;99') } };
    case 'metric_import_preview':
      return {};
    default:
      return {
        schedule_digest_day: { digest_day: pick('5') },
        schedule_digest_time: { digest_time: pick('16:00') },
        schedule_checkin_day: { checkin_day: pick('5') },
        schedule_checkin_time: { checkin_time: pick('16:30') },
        schedule_time_zone: { time_zone: typed('Asia/Tokyo') },
        schedule_nudges: { nudges: { type: 'radio_buttons', selected_option: { value: 'off' } } },
      };
  }
}

/** Button values as the app writes them, naming the other workspace's strategy, metric or phase. */
function valueFor(actionId: string, theirs: Team): string {
  if (actionId.startsWith('phase_item') || actionId === 'home_action_done')
    return JSON.stringify({ s: data[theirs].strategyId, t: 'action' });
  if (actionId.startsWith('phase_')) return JSON.stringify({ s: data[theirs].strategyId, k: 'listening' });
  if (actionId.startsWith('nudge_'))
    return JSON.stringify({ s: data[theirs].strategyId, k: 'listening', ks: ['listening'] });
  if (actionId.startsWith('metric_list_')) return data[theirs].metricId;
  if (actionId.startsWith('assessment_revise'))
    return JSON.stringify({ s: data[theirs].strategyId, q: 'why' });
  return data[theirs].strategyId;
}

const sent = {
  command: new Set<string>(),
  action: new Set<string>(),
  view: new Set<string>(),
  event: new Set<string>(),
};

/**
 * Sends every kind of request with `ours` where Bolt looks for the workspace and `theirs` in every
 * other team field, the user being one of `theirs`.
 */
async function sendMixed(ours: Team, theirs: Team, events: string[]): Promise<void> {
  const user = { id: OWN[theirs].user, username: 'forger', team_id: theirs };
  for (const name of COMMANDS) {
    const text =
      {
        start: 'start Forged',
        assign: `assign 1 <@${OWN[theirs].user}>`,
        due: 'due 1 2031-01-01',
        phase: 'phase 1',
        metric: 'metric edit Something',
        api: 'api token create Forged',
      }[name as string] ?? name;
    const res = await t.postForm({
      ...t.commandPayload(text, { team: ours, user: OWN[theirs].user, channel: 'C1' }),
    });
    expect(res.status).toBe(200);
    sent.command.add('/smstrategy');
  }
  for (const actionId of registered.action) {
    seq += 1;
    const fromView = actionId === 'assessment_back';
    const view = {
      ...data[theirs].views.assessment,
      id: `VX${seq}`,
      team_id: theirs,
      app_installed_team_id: theirs,
      state: { values: filledState('assessment', theirs) },
      hash: 'h',
    };
    const res = await t.interaction({
      type: 'block_actions',
      team: { id: ours, domain: 'ours' },
      user,
      api_app_id: 'A1',
      trigger_id: `trigger.mixed.${seq}`,
      ...(fromView
        ? { container: { type: 'view', view_id: view.id }, view }
        : {
            container: { type: 'message', message_ts: '1.000001', channel_id: 'C1' },
            channel: { id: 'C1', name: 'marketing' },
            message: { ts: '1.000001', text: '' },
            response_url: t.standIn.responseUrl(),
          }),
      actions: [
        {
          action_id: actionId,
          ...(actionId === 'owner_left_reassign' || actionId === 'nudge_reassign'
            ? {
                // A picker's block names the item; the person picked is one of theirs.
                block_id:
                  actionId === 'owner_left_reassign'
                    ? JSON.stringify({ s: data[theirs].strategyId, k: 'phase', i: 'listening' })
                    : JSON.stringify({ s: data[theirs].strategyId, k: 'listening' }),
                type: 'users_select',
                selected_user: OWN[theirs].user,
              }
            : { block_id: 'b', type: 'button', value: valueFor(actionId, theirs) }),
          action_ts: '1',
        },
      ],
    });
    expect(res.status).toBe(200);
    sent.action.add(actionId);
  }
  for (const key of registered.view) {
    const [callback, type] = key.split(':') as [string, string];
    seq += 1;
    const res = await t.interaction({
      type,
      team: { id: theirs, domain: 'theirs' },
      user,
      api_app_id: 'A1',
      trigger_id: `trigger.mixed.${seq}`,
      view: {
        ...data[theirs].views[callback],
        id: `VX${seq}`,
        team_id: theirs,
        app_installed_team_id: ours,
        state: { values: filledState(callback, theirs) },
        hash: 'h',
      },
      ...(type === 'view_closed' ? { is_cleared: false } : { response_urls: [] }),
    });
    expect(res.status).toBe(200);
    await res.text();
    sent.view.add(key);
  }
  for (const type of events) {
    seq += 1;
    const res = await t.postJson({
      token: 'unused',
      team_id: theirs,
      api_app_id: 'A1',
      type: 'event_callback',
      event_id: `EvMixed${seq}`,
      event_time: Math.floor(Date.now() / 1000),
      event: {
        type,
        // user_change carries the whole user, as Slack sends it; the others name the user by id.
        user:
          type === 'user_change'
            ? { id: OWN[theirs].user, team_id: theirs, deleted: true }
            : OWN[theirs].user,
        tab: 'home',
        channel: 'D1',
        tokens: { bot: [`UBOT${ours}`] },
        event_ts: '1.000001',
      },
      authorizations: [{ team_id: ours, user_id: `UBOT${ours}`, is_bot: true, is_enterprise_install: false }],
    });
    expect(res.status).toBe(200);
    sent.event.add(type);
  }
  // The Workflow Builder step (before ours uninstalls): its event names the other workspace
  // wherever Bolt does not look.
  if (!events.includes('app_uninstalled')) await runStepMixed(ours, theirs);
  await t.app.idle();
}

async function runStepMixed(ours: Team, theirs: Team): Promise<void> {
  seq += 1;
  const step = t.standIn.functionExecuted(
    'record_metric_value',
    { strategy_channel: 'C1', metric: OWN[ours].metric, value: String(seq) },
    ours,
  );
  const ran = await t.postJson({
    token: 'unused',
    team_id: theirs,
    api_app_id: 'A1',
    type: 'event_callback',
    event_id: `EvMixed${seq}`,
    event_time: Math.floor(Date.now() / 1000),
    event: step,
    authorizations: [{ team_id: ours, user_id: `UBOT${ours}`, is_bot: true, is_enterprise_install: false }],
  });
  expect(ran.status).toBe(200);
  await t.standIn.waitFor(
    'functions.completeSuccess',
    (a) => a.function_execution_id === step.function_execution_id,
  );
}

describe('mismatched team fields', () => {
  const uninstalling = ['app_uninstalled', 'tokens_revoked'];

  it.each([
    ['TB', 'TA'],
    ['TA', 'TB'],
  ] as const)(
    'reach only the workspace Bolt authorizes (%s), nothing of %s',
    async (ours, theirs) => {
      const before = await rowsOf(theirs);
      const from = t.standIn.calls.length;
      const events = [...registered.event].filter((e) => !uninstalling.includes(e));
      // Uninstalling ours last: it ends what the other handlers may do in it.
      await sendMixed(ours, theirs, events);
      await sendMixed(
        ours,
        theirs,
        uninstalling.filter((e) => registered.event.has(e)),
      );
      expect(await rowsOf(theirs)).toBe(before);
      const calls = t.standIn.calls.slice(from);
      expect(calls.filter((c) => c.token === TOKENS[theirs]).map((c) => c.method)).toEqual([]);
      const leaked = calls.filter((c) =>
        [OWN[theirs].strategy, OWN[theirs].metric].some((secret) => JSON.stringify(c.args).includes(secret)),
      );
      expect(leaked.map((c) => `${c.method} ${JSON.stringify(c.args).slice(0, 200)}`)).toEqual([]);
      // Ours did the work: the mismatched requests were not simply all refused.
      expect(calls.some((c) => c.token === TOKENS[ours])).toBe(true);
    },
    90_000,
  );

  it('went through every listener the app registers', () => {
    for (const kind of ['command', 'action', 'view', 'event'] as const) {
      expect(registered[kind].size, kind).toBeGreaterThan(0);
      expect(
        [...registered[kind]].filter((k) => !sent[kind].has(k)),
        kind,
      ).toEqual([]);
    }
  });
});
