import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BOT_TOKEN, freePort } from '../support/harness.js';
import { PROCESS_TEST_MS, spawnApp } from '../support/process.js';
import { SIGNING_SECRET, signedPost } from '../support/signing.js';
import { SlackStandIn } from '../support/slack-stand-in.js';

let standIn: SlackStandIn;
let cwd: string;

beforeEach(async () => {
  standIn = await SlackStandIn.start();
  cwd = mkdtempSync(join(tmpdir(), 'smstrategy-proc-'));
});
afterEach(async () => {
  await standIn.stop();
  rmSync(cwd, { recursive: true, force: true });
});

describe('the process', () => {
  it(
    'starts with only tokens set, creates the SQLite database, is healthy, answers help, and stops on SIGTERM',
    async () => {
      const port = await freePort();
      const app = spawnApp(
        {
          SLACK_BOT_TOKEN: BOT_TOKEN,
          SLACK_SIGNING_SECRET: SIGNING_SECRET,
          SLACK_API_URL: standIn.apiUrl,
          PORT: String(port),
        },
        cwd,
      );
      try {
        console.log(`process: up in ${await app.up} ms`);
        expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
        expect(existsSync(join(cwd, 'data', 'smstrategy.db'))).toBe(true);

        const responseUrl = standIn.responseUrl();
        const command = {
          team_id: 'T1',
          channel_id: 'C1',
          channel_name: 'marketing',
          user_id: 'U1',
          command: '/smstrategy',
          text: 'help',
          response_url: responseUrl,
          trigger_id: 't.1',
        };
        const res = await signedPost(
          `http://127.0.0.1:${port}/slack/events`,
          new URLSearchParams(command).toString(),
          'application/x-www-form-urlencoded',
        );
        expect(res.status).toBe(200);
        const ack = await res.text();
        if (ack) standIn.commandAnswered(command, JSON.parse(ack));
        const reply = await standIn.waitForReply(responseUrl);
        expect(reply.args.text).toContain('Build your social media strategy together');
      } finally {
        app.child.kill('SIGTERM');
      }
      expect(await app.exited).toBe(0);
      expect(app.stdout()).toContain('smstrategy stopped');
      expect(app.stdout() + app.stderr()).not.toContain(BOT_TOKEN);
    },
    PROCESS_TEST_MS,
  );

  it(
    'takes its tokens from .env in the working directory',
    async () => {
      const port = await freePort();
      writeFileSync(
        join(cwd, '.env'),
        [
          '# as copied from .env.example and filled in',
          `SLACK_BOT_TOKEN=${BOT_TOKEN}`,
          `SLACK_SIGNING_SECRET=${SIGNING_SECRET}`,
          `SLACK_API_URL=${standIn.apiUrl}`,
          `PORT=${port}`,
        ].join('\n'),
      );
      const app = spawnApp({}, cwd);
      try {
        console.log(`process with .env: up in ${await app.up} ms`);
        expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
        expect(standIn.callsOf('auth.test')[0]!.token).toBe(BOT_TOKEN);
      } finally {
        app.child.kill('SIGTERM');
      }
      expect(await app.exited).toBe(0);
    },
    PROCESS_TEST_MS,
  );

  it.concurrent.each([
    [
      'SLACK_SIGNING_SECRET missing in HTTP mode',
      { SLACK_BOT_TOKEN: BOT_TOKEN },
      /^smstrategy: SLACK_SIGNING_SECRET is missing: .*Signing Secret.*\n$/,
    ],
    [
      'a malformed DATABASE_URL',
      { SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, DATABASE_URL: 'mysql://db/x' },
      /^smstrategy: DATABASE_URL must be file:PATH for SQLite .* or a postgres:\/\/ URL\n$/,
    ],
    [
      'a bot token that is not one',
      { SLACK_BOT_TOKEN: 'xoxp-user-token', SLACK_SIGNING_SECRET: SIGNING_SECRET },
      /^smstrategy: SLACK_BOT_TOKEN must be a bot token starting with xoxb- .*\n$/,
    ],
  ])(
    'refuses to start with %s: one line naming it, exit code 1',
    async (_name, env, line) => {
      const app = spawnApp(env, cwd);
      expect(await app.exited).toBe(1);
      expect(app.stderr()).toMatch(line);
      expect(app.stdout()).toBe('');
      expect(existsSync(join(cwd, 'data'))).toBe(false);
    },
    PROCESS_TEST_MS,
  );
});
