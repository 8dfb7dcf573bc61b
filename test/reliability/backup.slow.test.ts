import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import SQLite from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrateToLatest, openDatabase } from '../../src/storage/db.js';
import { findStrategyByChannel } from '../../src/storage/strategies.js';
import { PROCESS_TEST_MS, ROOT, runCli } from '../support/process.js';

// SQLite only: the backup command is SQLite's; for PostgreSQL it points at pg_dump.

const TSX = import.meta.resolve('tsx');
const WRITER = fileURLToPath(new URL('./support/writer.ts', import.meta.url));

/** The operator CLI, as `npm run cli -- …` runs it; its output as text. */
async function cli(args: string[], env: Record<string, string>) {
  const { code, stdout, stderr } = await runCli(args, env, ROOT);
  return { code, out: stdout.toString('utf8'), err: stderr };
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'smstrategy-backup-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Every check a restored copy must pass: SQLite's own, then all-or-nothing rows. */
function checkConsistent(path: string): number {
  const db = new SQLite(path, { readonly: true });
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    const count = (q: string) => (db.prepare(q).get() as { n: number }).n;
    const strategies = count('select count(*) as n from strategies');
    // Each strategy was written in one transaction with its admin row and its audit entry.
    expect(count('select count(*) as n from strategy_admins')).toBe(strategies);
    expect(count("select count(*) as n from audit_events where action = 'strategy.created'")).toBe(
      strategies,
    );
    expect(
      count(
        'select count(*) as n from strategies s where not exists (select 1 from audit_events a where a.team_id = s.team_id and a.strategy_id = s.id) or not exists (select 1 from strategy_admins m where m.strategy_id = s.id)',
      ),
    ).toBe(0);
    return strategies;
  } finally {
    db.close();
  }
}

describe('npm run cli -- backup', () => {
  it(
    'copies a database that another process keeps writing to into a consistent, restorable file',
    async () => {
      const live = join(dir, 'live.db');
      const setup = openDatabase({ kind: 'sqlite', path: live });
      await migrateToLatest(setup);
      await setup.destroy();

      const writer = spawn(process.execPath, ['--import', TSX, WRITER, live], { cwd: ROOT });
      let progress = '';
      writer.stdout.on('data', (d) => {
        progress += String(d);
      });
      const writtenSoFar = () => Number(progress.trim().split('\n').at(-1)?.replace('done ', '') || 0);
      const exited = new Promise<void>((r) => writer.on('exit', () => r()));
      try {
        while (writtenSoFar() < 300) {
          if (writer.exitCode !== null) throw new Error(`the writer exited early: ${progress}`);
          await new Promise((r) => setTimeout(r, 20));
        }
        const backups: { file: string; before: number; after: number }[] = [];
        for (const name of ['one.db', 'two.db']) {
          const file = join(dir, name);
          const before = writtenSoFar();
          const result = await cli(['backup', '--to', file], { DATABASE_URL: `file:${live}` });
          expect(result.err).toBe('');
          expect(result.code).toBe(0);
          expect(result.out).toContain(`to ${file}`);
          backups.push({ file, before, after: writtenSoFar() });
        }
        writer.kill('SIGTERM');
        await exited;
        const total = writtenSoFar();

        for (const b of backups) {
          // The writes really went on while the backup ran.
          expect(b.after).toBeGreaterThan(b.before);
          const n = checkConsistent(b.file);
          expect(n).toBeGreaterThanOrEqual(b.before);
          expect(n).toBeLessThanOrEqual(total);
        }
        expect(checkConsistent(live)).toBe(total);

        // Restoring is putting the file in place: the app's own storage layer reads it.
        const restored = join(dir, 'restored.db');
        copyFileSync(backups[1]!.file, restored);
        const db = openDatabase({ kind: 'sqlite', path: restored });
        try {
          expect(await migrateToLatest(db)).toEqual([]);
          const strategy = await findStrategyByChannel(db, { teamId: 'T0' }, 'C0');
          expect(strategy?.name).toMatch(/^Strategy 0 /);
          expect(strategy?.admins).toEqual(['U1']);
        } finally {
          await db.destroy();
        }
      } finally {
        if (writer.exitCode === null) writer.kill('SIGKILL');
      }
    },
    2 * PROCESS_TEST_MS,
  );

  it(
    'refuses to overwrite a file, and says to use pg_dump for PostgreSQL',
    async () => {
      const live = join(dir, 'live.db');
      const setup = openDatabase({ kind: 'sqlite', path: live });
      await migrateToLatest(setup);
      await setup.destroy();
      const taken = join(dir, 'taken.db');
      copyFileSync(live, taken);
      const refused = await cli(['backup', '--to', taken], { DATABASE_URL: `file:${live}` });
      expect(refused.code).toBe(1);
      expect(refused.err).toContain('already exists');

      const pg = await cli(['backup', '--to', join(dir, 'x.dump')], {
        DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none',
      });
      expect(pg.code).toBe(2);
      expect(pg.err).toContain('pg_dump');
      const missing = await cli(['backup'], { DATABASE_URL: `file:${live}` });
      expect(missing.code).toBe(2);
      expect(missing.err).toContain('--to FILE');
    },
    2 * PROCESS_TEST_MS,
  );
});
