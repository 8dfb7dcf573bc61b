import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config.js';
import { Sealer } from '../../src/storage/sealer.js';
import { freePort, TestApp } from '../support/harness.js';
import { PROCESS_TEST_MS, runCli, spawnApp } from '../support/process.js';
import { SlackStandIn } from '../support/slack-stand-in.js';

// The secrets of an OAuth deployment: the encryption key is checked at start, a stored token that
// does not open is never taken for an uninstall, and no secret reaches a log at any level.

const CLIENT_SECRET = 'client-secret-5f1e2d3c';
const STATE_SECRET = 'state-secret-0123456789abcdef';
const keyA = randomBytes(32).toString('base64');
const keyB = randomBytes(32).toString('base64');
const oauthEnv = (key: string, extra: Record<string, string> = {}) => ({
  SLACK_BOT_TOKEN: undefined,
  SLACK_CLIENT_ID: '1111.2222',
  SLACK_CLIENT_SECRET: CLIENT_SECRET,
  SLACK_STATE_SECRET: STATE_SECRET,
  ENCRYPTION_KEY: key,
  ...extra,
});

const apps: TestApp[] = [];
let standIn: SlackStandIn;
let dir: string;
afterEach(async () => {
  for (const a of apps.splice(0)) await a.stop();
  await standIn?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function start(env: Record<string, string | undefined>, databaseUrl: string, clockFrom?: TestApp) {
  const t = await TestApp.start({
    standIn,
    env,
    databaseUrl,
    ...(clockFrom ? { clock: clockFrom.clock } : {}),
  });
  apps.push(t);
  return t;
}

/** The browser's part of an OAuth install: /slack/install, Slack's consent, the redirect back. */
async function install(t: TestApp, code: string, teamId: string, token: string): Promise<void> {
  standIn.grantInstall(code, teamId, token);
  const begin = await fetch(`${t.url}/slack/install`, { redirect: 'manual' });
  const state = new URL(begin.headers.get('location')!).searchParams.get('state')!;
  const cookie = begin.headers.get('set-cookie')!.split(';')[0]!;
  const done = await fetch(`${t.url}/slack/oauth_redirect?code=${code}&state=${encodeURIComponent(state)}`, {
    headers: { cookie },
  });
  expect(done.status).toBe(200);
}

async function withInstall(): Promise<{ url: string; first: TestApp }> {
  standIn = await SlackStandIn.start();
  dir = mkdtempSync(join(tmpdir(), 'smstrategy-keys-'));
  const url = `file:${join(dir, 'app.db')}`;
  const first = await start(oauthEnv(keyA), url);
  await install(first, 'code-a', 'TA', 'xoxb-9001-aaaa-workspaceA');
  await first.app.stop();
  apps.splice(apps.indexOf(first), 1);
  return { url, first };
}

const startError = async (env: Record<string, string | undefined>, databaseUrl: string) => {
  const { t, started } = await TestApp.launch({ standIn, env, databaseUrl });
  apps.push(t);
  return started.then(
    () => undefined,
    (err: unknown) => err,
  );
};

describe('a wrong ENCRYPTION_KEY', () => {
  it('stops start-up with one line naming ENCRYPTION_KEY; the right key, or it as the previous one, starts', async () => {
    const { url } = await withInstall();
    const error = await startError(oauthEnv(keyB), url);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(
      /^ENCRYPTION_KEY does not open the secrets this database holds \(sealed with key id [0-9a-f]{12}\): /,
    );
    for (const a of apps.splice(0)) await a.stop();

    // A rotation: B seals, A still opens. The check is sealed again under B, so B alone then starts.
    await start(oauthEnv(keyB, { ENCRYPTION_KEY_PREVIOUS: keyA }), url);
    for (const a of apps.splice(0)) await a.stop();
    const rotated = await start(oauthEnv(keyB), url);
    const check = await rotated.app.db.selectFrom('key_checks').select('key_id').executeTakeFirstOrThrow();
    expect(check.key_id).toBe(new Sealer(Buffer.from(keyB, 'base64')).currentKeyId);
  });

  it('is caught on a database from before the check, by the tokens it already holds', async () => {
    const { url } = await withInstall();
    const t = await start(oauthEnv(keyA), url);
    await t.app.db.deleteFrom('key_checks').execute();
    for (const a of apps.splice(0)) await a.stop();
    expect(await startError(oauthEnv(keyB), url)).toBeInstanceOf(ConfigError);
  });

  it(
    'after `cli reseal` under the new key, the new key alone starts',
    async () => {
      const { url } = await withInstall();
      const resealed = await runCli(
        ['reseal'],
        { DATABASE_URL: url, ENCRYPTION_KEY: keyB, ENCRYPTION_KEY_PREVIOUS: keyA },
        dir,
      );
      expect(resealed.stderr).toBe('');
      expect(resealed.code).toBe(0);
      const t = await start(oauthEnv(keyB), url);
      expect((await t.health()).status).toBe(200);
    },
    PROCESS_TEST_MS,
  );

  it(
    'the process exits 1 with that one line',
    async () => {
      const { url } = await withInstall();
      const app = spawnApp(
        {
          SLACK_CLIENT_ID: '1111.2222',
          SLACK_CLIENT_SECRET: CLIENT_SECRET,
          SLACK_STATE_SECRET: STATE_SECRET,
          SLACK_SIGNING_SECRET: 'a'.repeat(32),
          ENCRYPTION_KEY: keyB,
          SLACK_API_URL: standIn.apiUrl,
          DATABASE_URL: url,
          PORT: String(await freePort()),
        },
        dir,
      );
      expect(await app.exited).toBe(1);
      expect(app.stderr()).toMatch(
        /^smstrategy: ENCRYPTION_KEY does not open the secrets this database holds .*\n$/,
      );
      expect(app.stdout() + app.stderr()).not.toContain(keyB);
    },
    PROCESS_TEST_MS,
  );
});

describe('a stored token that does not open while the app runs', () => {
  it('is never read as uninstalled: the digest waits, /healthz says wrong_key, a request is told to try later', async () => {
    standIn = await SlackStandIn.start();
    dir = mkdtempSync(join(tmpdir(), 'smstrategy-keys-'));
    const t = await start(oauthEnv(keyA), `file:${join(dir, 'app.db')}`);
    await install(t, 'code-b', 'TB', 'xoxb-9002-bbbb-workspaceB');
    await t.reply('start Beta', { team: 'TB', channel: 'CB' });
    // Sealed by a replica configured with another key.
    const { keyId, sealed } = new Sealer(Buffer.from(keyB, 'base64')).seal('{"bot":{"token":"xoxb-x"}}');
    await t.app.db
      .updateTable('installations')
      .set({ key_id: keyId, sealed })
      .where('team_id', '=', 'TB')
      .execute();

    t.clock.set('2026-11-30T07:00:00Z'); // Monday 09:00 in Helsinki: the digest is due
    await t.app.scheduler.tick();
    const delivery = () =>
      t.app.db
        .selectFrom('deliveries')
        .innerJoin('schedules', 'schedules.id', 'deliveries.schedule_id')
        .select(['deliveries.state', 'deliveries.error', 'schedules.paused'])
        .where('schedules.kind', '=', 'digest')
        .execute();
    expect(await delivery()).toEqual([{ state: 'claimed', error: 'token_unopenable', paused: 0 }]);
    expect(standIn.callsOf('chat.postMessage').filter((c) => c.args.channel === 'CB')).toEqual([]);
    expect(await t.health()).toEqual({
      status: 503,
      body: expect.objectContaining({ ok: false, encryption: 'wrong_key' }),
    });
    const reply = await t.reply('status', { team: 'TB', channel: 'CB' });
    expect(reply.text).toContain("I can't use this workspace's stored credentials right now");
    expect(reply.text).not.toContain('not installed');
    const lines = t.logs.filter((l) => l.includes('does not open with ENCRYPTION_KEY'));
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({ teamId: 'TB', keyId });

    // Installed again: healthy, and the waiting digest goes out once its wait is over.
    await install(t, 'code-b2', 'TB', 'xoxb-9002-bbbb-workspaceB');
    expect((await t.health()).status).toBe(200);
    t.clock.advance(6 * 60_000);
    await t.app.scheduler.tick();
    expect(await delivery()).toEqual([{ state: 'sent', error: null, paused: 0 }]);
    expect(
      standIn.callsOf('chat.postMessage').filter((c) => c.args.channel === 'CB' && c.result?.ok),
    ).toHaveLength(1);
  });
});

describe('secrets in the log', () => {
  it('an OAuth install logged at trace level carries no client secret, code, state secret or key', async () => {
    standIn = await SlackStandIn.start();
    dir = mkdtempSync(join(tmpdir(), 'smstrategy-keys-'));
    const t = await start(oauthEnv(keyA, { LOG_LEVEL: 'trace' }), `file:${join(dir, 'app.db')}`);
    const code = 'oauth-code-7f3a9c1e5b';
    await install(t, code, 'TA', 'xoxb-9001-aaaa-workspaceA');
    await t.reply('start Alpha', { team: 'TA', channel: 'C1' });
    const log = t.logs.join('');
    // The exchange itself was logged, its body left out.
    expect(log).toContain('oauth.v2.access');
    expect(log).toContain('http request body: [omitted]');
    for (const secret of [
      CLIENT_SECRET,
      code,
      STATE_SECRET,
      keyA,
      Buffer.from(keyA, 'base64').toString('hex'),
      'aaaa-workspaceA',
    ]) {
      expect(log).not.toContain(secret);
    }
  });
});
