import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BOT_TOKEN, freePort } from '../support/harness.js';
import { PROCESS_TEST_MS, spawnApp } from '../support/process.js';
import { SIGNING_SECRET } from '../support/signing.js';
import { SlackStandIn } from '../support/slack-stand-in.js';

// The entry point as `npm start` runs it, against a Slack that refuses its token: the process
// itself ends, with one line. (start-up.test.ts shows the same refusals in the app itself.)

describe('the process', () => {
  it(
    'exits 1 with one line and no stack trace when Slack refuses its token',
    async () => {
      const cwd = mkdtempSync(join(tmpdir(), 'smstrategy-start-'));
      const standIn = await SlackStandIn.start();
      try {
        standIn.refusedTokens.set(BOT_TOKEN, 'token_revoked');
        const app = spawnApp(
          {
            SLACK_BOT_TOKEN: BOT_TOKEN,
            SLACK_SIGNING_SECRET: SIGNING_SECRET,
            SLACK_API_URL: standIn.apiUrl,
            PORT: String(await freePort()),
          },
          cwd,
        );
        expect(await app.exited).toBe(1);
        expect(app.stderr()).toMatch(
          /^smstrategy: SLACK_BOT_TOKEN was refused by Slack \(token_revoked\): .*\n$/,
        );
        expect(app.stdout()).not.toContain('smstrategy is up');
        expect(app.stdout() + app.stderr()).not.toContain(BOT_TOKEN);
      } finally {
        await standIn.stop();
        rmSync(cwd, { recursive: true, force: true });
      }
    },
    PROCESS_TEST_MS,
  );
});
