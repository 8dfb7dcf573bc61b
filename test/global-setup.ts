import { randomUUID } from 'node:crypto';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import pg from 'pg';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * Tests that run the app or the CLI as a process of its own run JavaScript, as `npm start` does,
 * made once here for the whole run: starting it costs about half of starting the TypeScript
 * through tsx, and a suite starts dozens. The files are only transpiled, one for one (the type
 * check is `npm run typecheck`'s job), which takes a fraction of a second where a type-checking
 * build takes seconds before any test can start. They are written inside the project, so that
 * their imports find the project's packages, and removed when the run is over.
 */
function compileEntryPoints(run: string): () => void {
  const out = join(ROOT, '.test-build', run);
  const sources = ['src', 'migrations'].flatMap((dir) =>
    readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
      .map((f) => join(ROOT, dir, f)),
  );
  buildSync({
    entryPoints: sources,
    outdir: out,
    outbase: ROOT,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'error',
  });
  process.env.SMSTRATEGY_TEST_BUILD = out;
  return () => rmSync(out, { recursive: true, force: true });
}

// With TEST_DATABASE_URL (`npm run test:pg`), every test app works in a schema of its own, named
// after this run. They are all dropped here, once the run is over: a schema dropped while other
// test files introspect the catalogue (kysely's migrator does) makes those fail at random.
async function dropSchemas(server: string, run: string): Promise<void> {
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
}

export default function setup(): () => Promise<void> {
  const run = randomUUID().replaceAll('-', '').slice(0, 12);
  process.env.SMSTRATEGY_TEST_RUN = run;
  const removeBuild = compileEntryPoints(run);
  return async () => {
    removeBuild();
    const server = process.env.TEST_DATABASE_URL;
    if (server) await dropSchemas(server, run);
  };
}
