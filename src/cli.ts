import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ConfigError, loadDatabaseTarget } from './config.js';
import { migrateToLatest, openDatabase } from './storage/db.js';

// Operator commands that work on the database directly, without Slack.

const USAGE = `usage: npm run cli -- <command>

commands:
  migrate     apply every pending migration to DATABASE_URL and exit`;

async function main(argv: string[]): Promise<number> {
  const { positionals } = parseArgs({ args: argv, allowPositionals: true, strict: false });
  const [command] = positionals;
  if (existsSync('.env')) process.loadEnvFile('.env');
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
    default:
      console.error(command ? `unknown command: ${command}\n${USAGE}` : USAGE);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`smstrategy: ${err instanceof ConfigError ? err.message : String(err)}`);
    process.exit(1);
  },
);
