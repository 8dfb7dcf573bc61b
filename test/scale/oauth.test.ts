import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { appForEachTest } from '../support/app-per-test.js';

const TOKEN_A = 'xoxb-9001-aaaa-workspaceA';
const TOKEN_B = 'xoxb-9002-bbbb-workspaceB';

const t = appForEachTest({
  env: {
    SLACK_BOT_TOKEN: undefined,
    SLACK_CLIENT_ID: '1111.2222',
    SLACK_CLIENT_SECRET: 'client-secret-xyz',
    SLACK_STATE_SECRET: 'state-secret-0123456789',
    ENCRYPTION_KEY: randomBytes(32).toString('base64'),
  },
});

/** The browser's part of the OAuth install: /slack/install, Slack's consent, the redirect back. */
async function install(code: string, teamId: string, token: string): Promise<Response> {
  t.standIn.grantInstall(code, teamId, token);
  const start = await fetch(`${t.url}/slack/install`, { redirect: 'manual' });
  expect(start.status).toBe(302);
  const state = new URL(start.headers.get('location')!).searchParams.get('state')!;
  const cookie = start.headers.get('set-cookie')!.split(';')[0]!;
  return fetch(`${t.url}/slack/oauth_redirect?code=${code}&state=${encodeURIComponent(state)}`, {
    headers: { cookie },
  });
}

async function everyStoredValue(): Promise<string> {
  const tables = [
    'workspaces',
    'strategies',
    'strategy_admins',
    'audit_events',
    'processed_events',
    'installations',
  ];
  const rows = await Promise.all(
    tables.map((table) =>
      t.app.db
        .selectFrom(table as 'workspaces')
        .selectAll()
        .execute(),
    ),
  );
  return JSON.stringify(rows);
}

describe('multi-workspace OAuth install', () => {
  it('stores the installation sealed, and serves each workspace with its own token', async () => {
    const done = await install('code-a', 'TA', TOKEN_A);
    expect(done.status).toBe(200);
    expect(t.standIn.callsOf('oauth.v2.access')[0]!.args).toMatchObject({
      code: 'code-a',
      client_id: '1111.2222',
    });
    expect(await t.app.db.selectFrom('installations').select('team_id').execute()).toEqual([
      { team_id: 'TA' },
    ]);

    await t.reply('start Alpha', { team: 'TA', channel: 'C1' });
    const used = t.standIn.callsOf('users.info').map((c) => c.token);
    expect(new Set(used)).toEqual(new Set([TOKEN_A]));

    expect(await everyStoredValue()).not.toContain(TOKEN_A);
    expect(await everyStoredValue()).not.toContain('aaaa-workspaceA');
    expect(t.logs.join('\n')).not.toContain('aaaa-workspaceA');
  });

  it('never mixes two workspaces, even on the same channel id', async () => {
    await install('code-a', 'TA', TOKEN_A);
    await install('code-b', 'TB', TOKEN_B);
    await t.reply('start Alpha', { team: 'TA', channel: 'C1' });

    const fromB = await t.reply('status', { team: 'TB', channel: 'C1' });
    expect(fromB.text).toContain('This channel has no strategy yet');
    const startB = await t.reply('start Beta', { team: 'TB', channel: 'C1' });
    expect(startB.text).toContain('started *Beta*');
    expect((await t.reply('status', { team: 'TA', channel: 'C1' })).text).toBe('Alpha');
    expect((await t.reply('status', { team: 'TB', channel: 'C1' })).text).toBe('Beta');

    const tokensByTeam = new Map<string, Set<string>>();
    for (const c of t.standIn.callsOf('users.info')) {
      const team = c.token === TOKEN_A ? 'TA' : c.token === TOKEN_B ? 'TB' : 'other';
      tokensByTeam.set(team, (tokensByTeam.get(team) ?? new Set()).add(String(c.args.user)));
    }
    expect([...tokensByTeam.keys()].sort()).toEqual(['TA', 'TB']);
    // Bolt's clients of the two workspaces are held in the bounded cache (web-clients.ts).
    expect(Object.keys(Reflect.get(t.app.bolt, 'clients') as object).sort()).toEqual(['TA', 'TB']);
  });

  it('refuses to reach across: buttons naming another workspace’s strategy find nothing', async () => {
    await install('code-a', 'TA', TOKEN_A);
    await install('code-b', 'TB', TOKEN_B);
    await t.reply('start Alpha', { team: 'TA', channel: 'C1' });
    const alpha = await t.app.db.selectFrom('strategies').select('id').executeTakeFirstOrThrow();
    const before = t.standIn.calls.length;

    // A workspace admin of TB (who may change any strategy of TB) replays buttons carrying TA's
    // strategy id.
    t.standIn.addUser({ id: 'U9', team_id: 'TB', is_admin: true });
    await t.action('phase_done', {
      team: 'TB',
      user: 'U9',
      value: JSON.stringify({ s: alpha.id, k: 'listening' }),
    });
    await t.action('metric_home_checkin', { team: 'TB', user: 'U9', value: alpha.id });
    await t.action('digest_report_metrics', { team: 'TB', user: 'U9', value: alpha.id });
    await t.app.idle();

    const phase = await t.app.db
      .selectFrom('phases')
      .select('status')
      .where('strategy_id', '=', alpha.id)
      .where('key', '=', 'listening')
      .executeTakeFirstOrThrow();
    expect(phase.status).toBe('not_started');
    const after = t.standIn.calls.slice(before);
    expect(after.filter((c) => ['views.open', 'chat.postMessage'].includes(c.method))).toEqual([]);
    expect(after.some((c) => c.token === TOKEN_A)).toBe(false);
  });

  it('saves a schedule modal only in the sender’s workspace, whatever workspace its view names', async () => {
    await install('code-a', 'TA', TOKEN_A);
    await install('code-b', 'TB', TOKEN_B);
    await t.reply('start Alpha', { team: 'TA', channel: 'C1' });
    await t.command('schedule', { team: 'TA', channel: 'C1' });
    const view = (await t.standIn.waitFor('views.open')).args.view;
    const schedules = () =>
      t.app.db
        .selectFrom('schedules')
        .select(['kind', 'weekday', 'local_time', 'time_zone'])
        .orderBy('kind')
        .execute();
    const before = await schedules();
    const calls = t.standIn.calls.length;

    // A workspace admin of TB submits TA's schedule modal, its view claiming to be TA's.
    t.standIn.addUser({ id: 'U9', team_id: 'TB', is_admin: true });
    const pick = (value: string) => ({ type: 'static_select', selected_option: { value } });
    const res = await t.interaction({
      type: 'view_submission',
      team: { id: 'TB', domain: 'beta' },
      user: { id: 'U9', username: 'u9', team_id: 'TB' },
      api_app_id: 'A1',
      token: 'verification-token-unused',
      trigger_id: 'trigger.forged',
      view: {
        ...view,
        id: 'V9',
        team_id: 'TA',
        hash: 'h',
        state: {
          values: {
            schedule_digest_day: { digest_day: pick('5') },
            schedule_digest_time: { digest_time: pick('16:00') },
            schedule_checkin_day: { checkin_day: pick('5') },
            schedule_checkin_time: { checkin_time: pick('16:30') },
            schedule_time_zone: { time_zone: { type: 'plain_text_input', value: 'Asia/Tokyo' } },
            schedule_nudges: { nudges: { type: 'radio_buttons', selected_option: { value: 'off' } } },
          },
        },
      },
      response_urls: [],
    });
    expect(res.status).toBe(200);
    await t.app.idle();

    expect(await schedules()).toEqual(before);
    const audit = await t.app.db.selectFrom('audit_events').select('action').execute();
    expect(audit.map((a) => a.action)).not.toContain('schedule.updated');
    const after = t.standIn.calls.slice(calls);
    expect(after.filter((c) => c.method === 'chat.postEphemeral')).toEqual([]);
    expect(after.some((c) => c.token === TOKEN_A)).toBe(false);
  });

  it('deletes the token on app_uninstalled; later requests from that workspace reach no Web API', async () => {
    await install('code-a', 'TA', TOKEN_A);
    await t.reply('start Alpha', { team: 'TA', channel: 'C1' });
    await t.event({ type: 'app_uninstalled' }, { team: 'TA' });
    await t.app.idle();
    expect(await t.app.db.selectFrom('installations').selectAll().execute()).toEqual([]);

    const before = t.standIn.calls.length;
    const reply = await t.reply('status', { team: 'TA', channel: 'C1' });
    expect(reply.text).toContain('smstrategy is not installed in this workspace any more');
    expect(t.standIn.calls.slice(before).filter((c) => c.token === TOKEN_A)).toEqual([]);
    // The strategy itself is kept for a reinstall.
    expect(await t.app.db.selectFrom('strategies').select('name').execute()).toEqual([{ name: 'Alpha' }]);
  });

  it('posts scheduled messages with the workspace’s own token; uninstall stops them, a reinstall resumes', async () => {
    await install('code-a', 'TA', TOKEN_A);
    await t.reply('start Alpha', { team: 'TA', channel: 'C1' });
    const digests = () =>
      t.standIn
        .callsOf('chat.postMessage')
        .filter((c) => c.result?.ok && c.args.text === 'Weekly digest: Alpha');

    t.clock.set('2026-11-30T07:00:00Z'); // Monday 09:00 in Helsinki
    await t.app.scheduler.tick();
    expect(digests().map((c) => c.token)).toEqual([TOKEN_A]);

    await t.event({ type: 'app_uninstalled' }, { team: 'TA' });
    await t.app.idle();
    expect(await t.app.db.selectFrom('installations').selectAll().execute()).toEqual([]);
    t.clock.set('2026-12-07T07:00:00Z');
    await t.app.scheduler.tick();
    t.clock.set('2026-12-09T12:00:00Z');
    await t.app.scheduler.tick();
    expect(digests()).toHaveLength(1);
    const paused = await t.app.db.selectFrom('schedules').select(['paused', 'pause_reason']).execute();
    expect(paused.every((s) => s.paused === 1 && s.pause_reason === 'uninstalled')).toBe(true);

    await install('code-a2', 'TA', TOKEN_A);
    t.clock.set('2026-12-14T07:00:00Z');
    await t.app.scheduler.tick();
    expect(digests()).toHaveLength(2);
  });

  it('deletes the token when the bot token is revoked', async () => {
    await install('code-a', 'TA', TOKEN_A);
    await t.event({ type: 'tokens_revoked', tokens: { bot: ['UBOTTA'] } }, { team: 'TA' });
    await t.app.idle();
    expect(await t.app.db.selectFrom('installations').selectAll().execute()).toEqual([]);
  });
});

describe('repeated deliveries', () => {
  it('handles the same event once, even when Slack retries it', async () => {
    await install('code-a', 'TA', TOKEN_A);
    const event = { type: 'app_home_opened', user: 'U1', tab: 'home', channel: 'D1' };
    await t.event(event, { team: 'TA', eventId: 'Ev-same' });
    await t.standIn.waitFor('views.publish');
    const retry = await t.event(event, { team: 'TA', eventId: 'Ev-same', retryNum: 1 });
    expect(retry.status).toBe(200);
    await t.app.idle();
    expect(t.standIn.callsOf('views.publish')).toHaveLength(1);
    await t.event(event, { team: 'TA', eventId: 'Ev-other' });
    await t.app.idle();
    expect(t.standIn.callsOf('views.publish')).toHaveLength(2);
  });
});
