import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * Tests that run the app or the CLI as a process of its own run the JavaScript `npm start` runs,
 * compiled once here for the whole run: starting it costs about half of starting the TypeScript
 * through tsx, and a suite starts dozens. It is compiled inside the project, so that its imports
 * find the project's packages, and removed when the run is over.
 */
function compileEntryPoints(run: string): () => void {
  const out = join(ROOT, '.test-build', run);
  const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  execFileSync(
    process.execPath,
    [
      tsc,
      '-p',
      'tsconfig.build.json',
      '--outDir',
      out,
      '--incremental',
      'false',
      '--tsBuildInfoFile',
      'null',
      '--sourceMap',
      'false',
    ],
    {
      cwd: ROOT,
      stdio: 'inherit',
    },
  );
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
