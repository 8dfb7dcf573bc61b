import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config.js';
import { APP_TOKEN, BOT_TOKEN, TestApp } from '../support/harness.js';
import { SlackStandIn } from '../support/slack-stand-in.js';

// Starting against a real Slack: a token Slack refuses ends start-up with one line naming it; a
// Slack that cannot be reached is waited for, with /healthz saying so, in every mode.

const REFUSALS = ['invalid_auth', 'account_inactive', 'token_revoked', 'not_authed'];

let current: TestApp | undefined;
let extraStandIn: SlackStandIn | undefined;
afterEach(async () => {
  await current?.stop();
  await extraStandIn?.stop();
  current = undefined;
  extraStandIn = undefined;
});

/** Start-up's outcome: the error it ended with, or undefined when it came up. */
async function startOutcome(options: Parameters<typeof TestApp.launch>[0]): Promise<unknown> {
  const { t, started } = await TestApp.launch(options);
  current = t;
  return started.then(
    () => undefined,
    (err: unknown) => err,
  );
}

describe('a token Slack refuses at start', () => {
  it.each(REFUSALS)('bot token, %s: start-up ends with one line naming SLACK_BOT_TOKEN', async (code) => {
    const standIn = await SlackStandIn.start();
    extraStandIn = standIn;
    standIn.refusedTokens.set(BOT_TOKEN, code);
    const error = await startOutcome({ standIn });
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(
      new RegExp(`^SLACK_BOT_TOKEN was refused by Slack \\(${code}\\): `),
    );
    expect((error as Error).message).not.toContain('\n');
    expect(standIn.callsOf('auth.test')).toHaveLength(1);
  });

  it.each(['invalid_auth', 'account_inactive', 'not_authed'])(
    'app-level token, %s from apps.connections.open: start-up ends naming SLACK_APP_TOKEN',
    async (code) => {
      const standIn = await SlackStandIn.start();
      extraStandIn = standIn;
      standIn.refusedTokens.set(APP_TOKEN, code);
      const error = await startOutcome({ standIn, transport: 'socket' });
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as Error).message).toMatch(
        new RegExp(`^SLACK_APP_TOKEN was refused by Slack \\(${code}\\): `),
      );
      // The bot token was fine: auth.test passed before the connection was asked for.
      expect(standIn.callsOf('auth.test')[0]!.result).toMatchObject({ ok: true });
      expect(standIn.callsOf('apps.connections.open')).toHaveLength(1);
    },
  );
});

describe('Slack unreachable at start', () => {
  const oauthEnv = {
    SLACK_BOT_TOKEN: undefined,
    SLACK_CLIENT_ID: '1111.2222',
    SLACK_CLIENT_SECRET: 'client-secret-xyz',
    SLACK_STATE_SECRET: 'state-secret-0123456789',
    ENCRYPTION_KEY: randomBytes(32).toString('base64'),
  };

  it.each([
    ['HTTP', {}],
    ['Socket Mode', { transport: 'socket' as const }],
    ['OAuth', { env: oauthEnv }],
  ])(
    '%s: keeps trying, /healthz answers 503 slack "unreachable" meanwhile, then serves',
    async (_mode, mode) => {
      const standIn = await SlackStandIn.start();
      extraStandIn = standIn;
      await standIn.goOffline();
      const { t, started } = await TestApp.launch({ standIn, ...mode });
      current = t;
      let settled = false;
      void started.finally(() => {
        settled = true;
      });

      const waiting = await t.healthUntil((h) => h.body.slack === 'unreachable');
      expect(waiting).toEqual({
        status: 503,
        body: expect.objectContaining({ ok: false, slack: 'unreachable', database: 'up' }),
      });
      // Still waiting, several tries later: it neither gave up nor exited.
      await t.healthUntil(() =>
        t.logs.filter((l) => l.includes('Slack not reachable at start')).some((l) => l.includes('"tries":2')),
      );
      expect(settled).toBe(false);
      if (!('transport' in mode)) {
        // Requests that come meanwhile are turned away with a status Slack retries, not mishandled.
        const res = await t.postForm(t.commandPayload('help'));
        expect(res.status).toBe(503);
      }

      await standIn.comeBack();
      await started;
      expect(await t.health()).toEqual({
        status: 200,
        body: expect.objectContaining({ ok: true, slack: 'up' }),
      });
      if (!('env' in mode)) {
        const reply = await t.reply('help');
        expect(reply.text).toContain('Build your social media strategy together');
      }
      expect(t.logs.filter((l) => l.includes('smstrategy is up'))).toHaveLength(1);
    },
  );
});

describe('OAuth: a workspace whose token Slack refuses', () => {
  it('is logged once with its team at start; its digest waits, the other workspace’s goes out', async () => {
    const standIn = await SlackStandIn.start();
    extraStandIn = standIn;
    const env = {
      SLACK_BOT_TOKEN: undefined,
      SLACK_CLIENT_ID: '1111.2222',
      SLACK_CLIENT_SECRET: 'client-secret-xyz',
      SLACK_STATE_SECRET: 'state-secret-0123456789',
      ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    };
    const first = await TestApp.start({ standIn, env });
    current = first;
    for (const [code, team, token] of [
      ['code-a', 'TA', 'xoxb-9001-aaaa-workspaceA'],
      ['code-b', 'TB', 'xoxb-9002-bbbb-workspaceB'],
    ] as const) {
      standIn.grantInstall(code, team, token);
      const start = await fetch(`${first.url}/slack/install`, { redirect: 'manual' });
      const state = new URL(start.headers.get('location')!).searchParams.get('state')!;
      const cookie = start.headers.get('set-cookie')!.split(';')[0]!;
      const done = await fetch(
        `${first.url}/slack/oauth_redirect?code=${code}&state=${encodeURIComponent(state)}`,
        {
          headers: { cookie },
        },
      );
      expect(done.status).toBe(200);
      await first.reply('start Alpha', { team, channel: `C${team}` });
    }
    const databaseUrl = first.databaseUrl;
    // Restarted after TB's token was revoked (the uninstall event never reached the app).
    await first.app.stop();
    standIn.refusedTokens.set('xoxb-9002-bbbb-workspaceB', 'token_revoked');
    const t = await TestApp.start({ standIn, env, databaseUrl, clock: first.clock });
    current = t;
    await t.app.idle();
    const refusedLines = () => t.logs.filter((l) => l.includes('Slack refused the bot token of a workspace'));
    expect(refusedLines()).toHaveLength(1);
    expect(JSON.parse(refusedLines()[0]!)).toMatchObject({ teamId: 'TB', error: 'token_revoked' });
    expect((await t.health()).status).toBe(200);

    t.clock.set('2026-11-30T07:00:00Z'); // Monday 09:00 in Helsinki
    await t.app.scheduler.tick();
    const digests = (channel: string) =>
      standIn
        .callsOf('chat.postMessage')
        .filter((c) => c.result?.ok && c.args.channel === channel && c.args.text === 'Weekly digest: Alpha');
    expect(digests('CTA')).toHaveLength(1);
    expect(digests('CTB')).toHaveLength(0);
    const tb = await t.app.db
      .selectFrom('deliveries')
      .innerJoin('schedules', 'schedules.id', 'deliveries.schedule_id')
      .select(['deliveries.state', 'deliveries.error', 'schedules.paused'])
      .where('deliveries.team_id', '=', 'TB')
      .where('schedules.kind', '=', 'digest')
      .execute();
    // Waiting, not skipped as "not installed", not failed, the schedule not paused.
    expect(tb).toEqual([{ state: 'claimed', error: 'token_refused', paused: 0 }]);

    // Slack accepts the token again (reinstalled with the same token): the digest goes out, once.
    standIn.refusedTokens.delete('xoxb-9002-bbbb-workspaceB');
    t.clock.advance(11 * 60_000);
    await t.app.scheduler.tick();
    expect(digests('CTB')).toHaveLength(1);
    expect(refusedLines()).toHaveLength(1);
  });
});
