import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestApp } from '../support/harness.js';
import { PROCESS_TEST_MS, runCli } from '../support/process.js';

// `export` and `forget-user` run as their own process against the SQLite file the app used.

let t: TestApp;
let cwd: string;
let env: Record<string, string>;

beforeAll(async () => {
  t = await TestApp.start({
    users: [
      { id: 'U1', locale: 'en-US', tz: 'Europe/Helsinki', name: 'Maria' },
      { id: 'U2', locale: 'en-US', tz: 'Europe/Helsinki', name: 'Olli' },
    ],
  });
  cwd = mkdtempSync(join(tmpdir(), 'smstrategy-people-cli-'));
  await t.reply('start Launch', { user: 'U1' });
  await t.reply('assign listening <@U2>', { user: 'U1' });
  await t.reply('export', { user: 'U1' });
  env = { DATABASE_URL: t.databaseUrl, SMSTRATEGY_NOW: t.clock.now().toISOString() };
}, PROCESS_TEST_MS);
afterAll(async () => {
  await t.stop();
  rmSync(cwd, { recursive: true, force: true });
});

describe('npm run cli', () => {
  it(
    'export writes the CSV files, the README and export.json into the folder',
    async () => {
      const run = await runCli(['export', '--team', 'T1', '--channel', 'C1', '--out', 'out'], env, cwd);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      const files = readdirSync(join(cwd, 'out')).sort();
      expect(files).toEqual(
        [
          'README.txt',
          'action_items.csv',
          'audit_trail.csv',
          'checkins.csv',
          'export.json',
          'goals.csv',
          'metrics.csv',
          'phase_fields.csv',
          'phases.csv',
        ].sort(),
      );
      expect(run.stdout.toString('utf8')).toMatch(/^wrote README\.txt, phases\.csv, .*export\.json\n$/);
      const json = JSON.parse(readFileSync(join(cwd, 'out', 'export.json'), 'utf8'));
      expect(json.phases[0]).toMatchObject({ key: 'listening', owner_id: 'U2', owner_name: 'Olli' });
    },
    PROCESS_TEST_MS,
  );

  it(
    'forget-user says what it did, and explains its usage',
    async () => {
      const run = await runCli(['forget-user', '--team', 'T1', '--user', 'U2'], env, cwd);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(run.stdout.toString('utf8')).toMatch(
        /^forgot U2 in T1: 1 row removed, \d+ cells? now naming a former member\n$/,
      );
      const owner = await t.app.db
        .selectFrom('phases')
        .select('owner_id')
        .where('key', '=', 'listening')
        .executeTakeFirst();
      expect(owner?.owner_id).toBeNull();
      const usage = await runCli(['forget-user', '--team', 'T1'], env, cwd);
      expect(usage.code).toBe(2);
      expect(usage.stderr).toContain('usage: npm run cli -- forget-user --team T --user U');
    },
    PROCESS_TEST_MS,
  );
});
