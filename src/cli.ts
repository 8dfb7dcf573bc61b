import { parseArgs } from 'node:util';
import { systemClock } from './clock.js';
import { ConfigError, loadDatabaseTarget, loadEncryptionKeys, readDotEnv } from './config.js';
import { exportCommand } from './export-cli.js';
import { forgetUserCommand } from './forget-cli.js';
import { plurals } from './i18n/plural.js';
import { createLogger } from './logger.js';
import { clockFromEnv, planCommand } from './plan-cli.js';
import { previewCommand } from './preview-cli.js';
import { backupSqlite } from './storage/backup.js';
import { migrateToLatest, openDatabase } from './storage/db.js';
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
    case 'migrate': {
      const db = openDatabase(database);
      try {
        const applied = await migrateToLatest(db);
        console.log(applied.length ? `applied: ${applied.join(', ')}` : 'the database is up to date');
      } finally {
        await db.destroy();
      }
      return 0;
    }
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
      const db = openDatabase(database);
      try {
        const sealer = new Sealer(keys.current, keys.previous);
        const count = await resealInstallations(db, sealer, Date.now());
        // The start-up check of the key moves with the tokens, so the new key alone then starts.
        await resealKeyCheck(db, sealer, Date.now());
        console.log(
          `resealed ${plural(count, { one: '1 installation', other: `${count} installations` })} under the current key`,
        );
      } finally {
        await db.destroy();
      }
      return 0;
    }
    case 'plan': {
      const db = openDatabase(database);
      try {
        const result = await planCommand(
          db,
          argv.slice(argv.indexOf('plan') + 1),
          clockFromEnv(process.env),
          createLogger('warn', process.stderr),
        );
        if (result.code !== 0) {
          console.error(result.error);
          return result.code;
        }
        process.stdout.write(result.output);
      } finally {
        await db.destroy();
      }
      return 0;
    }
    case 'export': {
      const db = openDatabase(database);
      try {
        const result = await exportCommand(
          db,
          argv.slice(argv.indexOf('export') + 1),
          clockFromEnv(process.env),
          createLogger('warn', process.stderr),
        );
        if (result.code !== 0) {
          console.error(result.error);
          return result.code;
        }
        console.log(`wrote ${result.written.join(', ')}`);
      } finally {
        await db.destroy();
      }
      return 0;
    }
    case 'forget-user': {
      const db = openDatabase(database);
      try {
        const result = await forgetUserCommand(
          db,
          argv.slice(argv.indexOf('forget-user') + 1),
          systemClock,
          createLogger('warn', process.stderr),
        );
        if (result.code !== 0) {
          console.error(result.error);
          return result.code;
        }
        process.stdout.write(result.output);
      } finally {
        await db.destroy();
      }
      return 0;
    }
    case 'preview': {
      const db = openDatabase(database);
      try {
        const result = await previewCommand(
          db,
          argv.slice(argv.indexOf('preview') + 1),
          createLogger('warn', process.stderr),
        );
        if (result.code !== 0) {
          console.error(result.error);
          return result.code;
        }
        process.stdout.write(result.output);
      } finally {
        await db.destroy();
      }
      return 0;
    }
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
