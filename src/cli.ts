import { parseArgs } from 'node:util';
import { systemClock } from './clock.js';
import {
  ConfigError,
  type DatabaseTarget,
  loadDatabaseTarget,
  loadEncryptionKeys,
  readDotEnv,
} from './config.js';
import { exportCommand } from './export-cli.js';
import { forgetUserCommand } from './forget-cli.js';
import { plurals } from './i18n/plural.js';
import { createLogger } from './logger.js';
import { clockFromEnv, planCommand } from './plan-cli.js';
import { previewCommand } from './preview-cli.js';
import { backupSqlite } from './storage/backup.js';
import { type Db, migrateToLatest, openDatabase } from './storage/db.js';
import { resealInstallations } from './storage/installations.js';
import { resealKeyCheck } from './storage/key-check.js';
import { Sealer } from './storage/sealer.js';

// Operator commands that work on the database directly, without Slack. They speak English only:
// they are for whoever runs the servers, not for the team in Slack.

const plural = plurals('en');

const USAGE = `usage: npm run cli -- <command>

commands:
  migrate            apply every pending migration to DATABASE_URL and exit
  backup --to FILE   copy the SQLite database DATABASE_URL names to FILE while the app keeps running
  reseal             seal every stored installation (and the key check) again under ENCRYPTION_KEY
  plan --team T --channel C [--format md|json]
                     print a channel's documented plan
  export --team T --channel C --out DIR
                     write a channel's data into DIR: a CSV per table, README.txt, export.json
  forget-user --team T --user U
                     remove a person's personal data; their authorship becomes "former member"
  preview --at TIME [--team T [--channel C]]
                     print every message a scheduler pass at TIME (ISO 8601) would send, sending nothing`;

/** Opens the database for one command, runs it and closes the database whatever happened. */
async function withDatabase(target: DatabaseTarget, run: (db: Db) => Promise<number>): Promise<number> {
  const db = openDatabase(target);
  try {
    return await run(db);
  } finally {
    await db.destroy();
  }
}

type Outcome<T> = ({ code: 0 } & T) | { code: 1 | 2; error: string };

/** A command's outcome: its error on stderr with its exit code, or its output (`show`) and 0. */
function report<T>(result: Outcome<T>, show: (done: T) => void): number {
  if (result.code !== 0) {
    console.error(result.error);
    return result.code;
  }
  show(result);
  return 0;
}

/** The arguments after the command's own name. */
const argsAfter = (argv: string[], command: string) => argv.slice(argv.indexOf(command) + 1);

/** Warnings and errors of the services a command runs, on stderr (stdout carries the output). */
const cliLogger = () => createLogger('warn', process.stderr);

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: false,
    options: { to: { type: 'string' } },
  });
  const [command] = positionals;
  readDotEnv();
  // The CLI needs only the database: Slack variables may be absent.
  const database = loadDatabaseTarget(process.env);
  switch (command) {
    case 'migrate':
      return withDatabase(database, async (db) => {
        const applied = await migrateToLatest(db);
        console.log(applied.length ? `applied: ${applied.join(', ')}` : 'the database is up to date');
        return 0;
      });
    case 'backup': {
      const to = typeof values.to === 'string' ? values.to.trim() : '';
      if (!to) {
        console.error(`backup needs a destination: npm run cli -- backup --to FILE\n${USAGE}`);
        return 2;
      }
      if (database.kind === 'postgres') {
        console.error(
          'DATABASE_URL is a PostgreSQL database: back it up with pg_dump, e.g. pg_dump --format=custom --file=FILE "$DATABASE_URL"',
        );
        return 2;
      }
      const { pages } = await backupSqlite(database.path, to);
      console.log(
        `backed up ${database.path} to ${to} (${plural(pages, { one: '1 page', other: `${pages} pages` })})`,
      );
      return 0;
    }
    case 'reseal': {
      const keys = loadEncryptionKeys(process.env);
      return withDatabase(database, async (db) => {
        const sealer = new Sealer(keys.current, keys.previous);
        const count = await resealInstallations(db, sealer, Date.now());
        // The start-up check of the key moves with the tokens, so the new key alone then starts.
        await resealKeyCheck(db, sealer, Date.now());
        console.log(
          `resealed ${plural(count, { one: '1 installation', other: `${count} installations` })} under the current key`,
        );
        return 0;
      });
    }
    case 'plan':
      return withDatabase(database, async (db) => {
        const result = await planCommand(db, argsAfter(argv, 'plan'), clockFromEnv(process.env), cliLogger());
        return report(result, (done) => process.stdout.write(done.output));
      });
    case 'export':
      return withDatabase(database, async (db) => {
        const result = await exportCommand(
          db,
          argsAfter(argv, 'export'),
          clockFromEnv(process.env),
          cliLogger(),
        );
        return report(result, (done) => console.log(`wrote ${done.written.join(', ')}`));
      });
    case 'forget-user':
      return withDatabase(database, async (db) => {
        const result = await forgetUserCommand(db, argsAfter(argv, 'forget-user'), systemClock, cliLogger());
        return report(result, (done) => process.stdout.write(done.output));
      });
    case 'preview':
      return withDatabase(database, async (db) => {
        const result = await previewCommand(db, argsAfter(argv, 'preview'), cliLogger());
        return report(result, (done) => process.stdout.write(done.output));
      });
    default:
      console.error(command ? `unknown command: ${command}\n${USAGE}` : USAGE);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    console.error(`smstrategy: ${err instanceof ConfigError ? err.message : String(err)}`);
    process.exitCode = 1;
  },
);
