import { randomUUID } from 'node:crypto';
import pg from 'pg';

// With TEST_DATABASE_URL (`npm run test:pg`), every test app works in a schema of its own, named
// after this run. They are all dropped here, once the run is over: a schema dropped while other
// test files introspect the catalogue (kysely's migrator does) makes those fail at random.
export default function setup(): (() => Promise<void>) | undefined {
  const server = process.env.TEST_DATABASE_URL;
  if (!server) return undefined;
  const run = randomUUID().replaceAll('-', '').slice(0, 12);
  process.env.SMSTRATEGY_TEST_RUN = run;
  return async () => {
    const client = new pg.Client({ connectionString: server });
    await client.connect();
    try {
      const { rows } = await client.query<{ name: string }>(
        'select nspname as name from pg_namespace where nspname like $1',
        [`t_${run}_%`],
      );
      for (const { name } of rows) await client.query(`drop schema ${name} cascade`);
    } finally {
      await client.end();
    }
  };
}
