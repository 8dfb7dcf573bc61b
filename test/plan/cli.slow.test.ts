import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { clockFromEnv, PLAN_USAGE, planCommand } from '../../src/plan-cli.js';
import { TestApp } from '../support/harness.js';
import { PROCESS_TEST_MS, runCli } from '../support/process.js';
import { expectGolden, fillStrategy, lastFile, lastUpload, pdfText, USERS } from './support.js';

// The CLI runs as its own process against the SQLite file (or PostgreSQL schema) the app used.

let t: TestApp;
let cwd: string;
let env: Record<string, string>;

beforeAll(async () => {
  t = await TestApp.start({ users: USERS });
  cwd = mkdtempSync(join(tmpdir(), 'smstrategy-cli-'));
  await t.reply('start Renovation 2027', { user: 'U1' });
  await fillStrategy(t, 'C1', 'U1');
  await t.reply('plan', { user: 'U1' });
  env = { DATABASE_URL: t.databaseUrl, SMSTRATEGY_NOW: t.clock.now().toISOString() };
}, PROCESS_TEST_MS);
afterAll(async () => {
  await t.stop();
  rmSync(cwd, { recursive: true, force: true });
});

describe('npm run cli -- plan', () => {
  it(
    'prints the same bytes as the file /smstrategy plan posted',
    async () => {
      const run = await runCli(['plan', '--team', 'T1', '--channel', 'C1'], env, cwd);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(run.stdout.equals(lastFile(t, 'md').bytes)).toBe(true);
      expect(run.stdout.toString('utf8')).toBe(lastUpload(t).text);
    },
    PROCESS_TEST_MS,
  );

  it(
    'prints the same document as JSON with --format json, names included',
    async () => {
      const run = await runCli(['plan', '--team', 'T1', '--channel', 'C1', '--format', 'json'], env, cwd);
      expect(run.code).toBe(0);
      const doc = JSON.parse(run.stdout.toString('utf8'));
      expect(doc.date).toBe('2026-12-02');
      expect(doc.strategy.name).toBe('Renovation 2027');
      expect(doc.readiness.verdict).toBe('groundwork_needed');
      expect(doc.readiness.answers).toHaveLength(10);
      expect(doc.phases).toHaveLength(8);
      expect(doc.phases[0]).toMatchObject({
        key: 'listening',
        owner: { id: 'U2', name: 'Olli' },
        timing: 'due_soon',
      });
      expect(doc.metrics[0]).toMatchObject({ name: 'Newsletter subscribers', latest: { value: 1340.5 } });
      expect(doc.schedule).toMatchObject({ digest: { weekday: 2, localTime: '08:30' }, nudges: false });
      expect(doc.changes[0].change).toEqual({ kind: 'schedule_updated' });
      expectGolden('posted-full.en.json', run.stdout.toString('utf8'));
    },
    PROCESS_TEST_MS,
  );

  it(
    'writes the same PDF as the one /smstrategy plan posted with --format pdf',
    async () => {
      const run = await runCli(['plan', '--team', 'T1', '--channel', 'C1', '--format', 'pdf'], env, cwd);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(run.stdout.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      // Same data, same moment (SMSTRATEGY_NOW is the moment of the posted plan): same bytes.
      expect(run.stdout.equals(lastFile(t, 'pdf').bytes)).toBe(true);
      const { text } = await pdfText(run.stdout);
      expect(text).toContain('Renovation 2027: social media strategy');
      expect(text).toContain('8. Still open');
    },
    PROCESS_TEST_MS,
  );

  it('reads a fixed instant from SMSTRATEGY_NOW and refuses one that is not an instant', () => {
    expect(clockFromEnv({ SMSTRATEGY_NOW: '2026-12-02T10:00:00Z' }).now().toISOString()).toBe(
      '2026-12-02T10:00:00.000Z',
    );
    expect(() => clockFromEnv({ SMSTRATEGY_NOW: 'tomorrow' })).toThrow('SMSTRATEGY_NOW is not an instant');
    const before = Date.now();
    expect(clockFromEnv({}).now().getTime()).toBeGreaterThanOrEqual(before);
  });

  it('explains its usage and a channel without a strategy', async () => {
    // In-process: the same function the CLI entry calls, without paying for another process.
    const clock = { now: () => new Date(env.SMSTRATEGY_NOW!) };
    const logger = createLogger('silent');
    expect(await planCommand(t.app.db, ['--team', 'T1'], clock, logger)).toEqual({
      code: 2,
      error: PLAN_USAGE,
    });
    expect(
      await planCommand(t.app.db, ['--team', 'T1', '--channel', 'C1', '--format', 'docx'], clock, logger),
    ).toEqual({
      code: 2,
      error: `unknown format: docx\n${PLAN_USAGE}`,
    });
    expect(await planCommand(t.app.db, ['--team', 'T2', '--channel', 'C1'], clock, logger)).toEqual({
      code: 1,
      error: 'no strategy in channel C1 of workspace T2',
    });
  });
});
