import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config.js';
import { openDatabase } from '../../src/storage/db.js';
import { BOT_TOKEN, freePort, TestApp, UFI } from '../support/harness.js';
import { PROCESS_TEST_MS, spawnApp } from '../support/process.js';
import { SIGNING_SECRET } from '../support/signing.js';

// The SQLite file under a running app: deleted, replaced or made read-only, it is reported by
// /healthz and writes are refused with a "try again" reply, never acknowledged and then lost.
// A file SQLite cannot use stops start-up with one line naming DATABASE_URL.

let t: TestApp | undefined;
let dir: string | undefined;
afterEach(async () => {
  await t?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
  t = undefined;
  dir = undefined;
});

async function appOnFile(): Promise<{ t: TestApp; path: string }> {
  dir = mkdtempSync(join(tmpdir(), 'smstrategy-file-'));
  const path = join(dir, 'app.db');
  t = await TestApp.start({ databaseUrl: `file:${path}`, users: [UFI] });
  return { t, path };
}

const strategies = async (path: string) => {
  const db = openDatabase({ kind: 'sqlite', path });
  try {
    return (await db.selectFrom('strategies').select('name').execute()).map((r) => r.name);
  } finally {
    await db.destroy();
  }
};

describe('the SQLite file while the app runs', () => {
  it('deleted: /healthz says "missing", a change is refused with "try again", nothing is acknowledged', async () => {
    const { t, path } = await appOnFile();
    expect((await t.reply('start Alpha')).text).toContain('started *Alpha*');
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });

    expect(await t.health()).toEqual({
      status: 503,
      body: expect.objectContaining({ ok: false, database: 'missing' }),
    });
    const reply = await t.reply('start Beta', { channel: 'C2' });
    expect(reply.text).toBe(
      "I couldn't reach my database just now, so this wasn't done. Please try again in a minute.",
    );
    expect(t.logs.join('\n')).toContain('request failed: the database is unavailable');
  });

  it('replaced by another file: /healthz says "replaced", writes are refused', async () => {
    const { t, path } = await appOnFile();
    await t.reply('start Alpha');
    await sql`pragma wal_checkpoint(truncate)`.execute(t.app.db);
    copyFileSync(path, `${path}.restored`);
    renameSync(`${path}.restored`, path);

    expect((await t.health()).body).toMatchObject({ ok: false, database: 'replaced' });
    const reply = await t.reply('start Beta', { channel: 'C2', user: 'UFI' });
    expect(reply.text).toBe(
      'En saanut juuri nyt yhteyttä tietokantaani, joten tämä jäi tekemättä. Yritä uudelleen hetken päästä.',
    );
    expect(await strategies(path)).toEqual(['Alpha']);
  });

  it('made read-only: /healthz says "read_only" and writes wait; writable again, both recover', async () => {
    const { t, path } = await appOnFile();
    chmodSync(path, 0o444);
    expect((await t.health()).body).toMatchObject({ ok: false, database: 'read_only' });
    expect((await t.reply('start Alpha')).text).toContain('try again in a minute');

    chmodSync(path, 0o644);
    expect((await t.health()).status).toBe(200);
    expect((await t.reply('start Alpha')).text).toContain('started *Alpha*');
    expect(await strategies(path)).toEqual(['Alpha']);
  });

  it('a modal submitted meanwhile stays open with what was entered, told to submit again', async () => {
    const { t, path } = await appOnFile();
    await t.reply('start Alpha');
    await t.command('metric add');
    const view = (await t.standIn.waitFor('views.open')).result!.view;
    chmodSync(path, 0o444);
    const input = view.blocks.find((b: { type: string }) => b.type === 'input').block_id;
    const text = (value: string) => ({ metric_value: { type: 'plain_text_input', value } });
    const radio = (value: string) => ({
      metric_value: { type: 'radio_buttons', selected_option: { value } },
    });
    const { status, body } = await t.submit(view, {
      metric_name: text('Newsletter subscribers'),
      metric_unit: text('subs'),
      metric_baseline: text('1 000'),
      metric_target: text('2 000'),
      metric_target_date: { metric_value: { type: 'datepicker', selected_date: '2027-11-26' } },
      metric_owner: { metric_value: { type: 'users_select', selected_user: 'U1' } },
      metric_direction: radio('up'),
      metric_cadence: radio('weekly'),
    });
    expect(status).toBe(200);
    expect(body).toEqual({
      response_action: 'errors',
      errors: {
        [input]:
          "Not saved: I couldn't reach my database just now. Everything you entered is still here; submit again in a minute.",
      },
    });
  });

  it('is synced at every commit (synchronous=FULL in WAL mode): acknowledged writes survive power loss', async () => {
    const { t } = await appOnFile();
    const { rows } = await sql<{ synchronous: number }>`pragma synchronous`.execute(t.app.db);
    const { rows: mode } = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(t.app.db);
    expect(rows).toEqual([{ synchronous: 2 }]);
    expect(mode).toEqual([{ journal_mode: 'wal' }]);
  });
});

describe('a SQLite file that cannot be used at start', () => {
  it.each([
    [
      'not a database',
      (path: string) => writeFileSync(path, 'this is a text file, not a database'.repeat(200)),
    ],
    ['a directory', (path: string) => mkdirSync(path)],
  ])('%s: one line naming DATABASE_URL', (_name, make) => {
    dir = mkdtempSync(join(tmpdir(), 'smstrategy-file-'));
    const path = join(dir, 'app.db');
    make(path);
    const error = (() => {
      try {
        openDatabase({ kind: 'sqlite', path });
      } catch (err) {
        return err;
      }
    })();
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(
      new RegExp(`^DATABASE_URL names ${path}, which cannot be used as a SQLite database \\(.+\\): `),
    );
    expect((error as Error).message).not.toContain('\n');
  });

  it(
    'the process exits 1 with that one line and no stack trace',
    async () => {
      dir = mkdtempSync(join(tmpdir(), 'smstrategy-file-'));
      writeFileSync(join(dir, 'app.db'), 'garbage'.repeat(1000));
      const app = spawnApp(
        {
          SLACK_BOT_TOKEN: BOT_TOKEN,
          SLACK_SIGNING_SECRET: SIGNING_SECRET,
          SLACK_API_URL: 'http://127.0.0.1:9/api/',
          DATABASE_URL: 'file:./app.db',
          PORT: String(await freePort()),
        },
        dir,
      );
      expect(await app.exited).toBe(1);
      expect(app.stderr()).toMatch(
        /^smstrategy: DATABASE_URL names \.\/app\.db, which cannot be used as a SQLite database \(file is not a database\): .*\n$/,
      );
    },
    PROCESS_TEST_MS,
  );
});
