import { accessSync, constants, statfsSync } from 'node:fs';
import { configDefaults, defineConfig } from 'vitest/config';

// Tests named *.slow.test.ts (real app and CLI processes, long fault runs, hundreds of rounds) run
// in `npm run test:reliability`, which CI runs after `npm test`; the rest of the reliability suite
// is part of the default run.
const SLOW = ['test/**/*.slow.test.ts'];

/**
 * The app's SQLite syncs every commit to disk (synchronous=FULL), a few milliseconds each on an
 * ordinary disk and thousands of commits over the suite. A test's database need not survive a
 * power loss: where a memory file system with room to spare exists, the tests' temporary files
 * (their databases among them) go there.
 */
function memoryTmp(): string | undefined {
  const dir = '/dev/shm';
  try {
    accessSync(dir, constants.W_OK);
    const { bavail, bsize } = statfsSync(dir);
    return bavail * bsize > 1024 ** 3 ? dir : undefined;
  } catch {
    return undefined;
  }
}
const tmp = process.env.TMPDIR ? undefined : memoryTmp();

export default defineConfig({
  test: {
    env: tmp ? { TMPDIR: tmp } : {},
    include: ['test/**/*.test.ts'],
    exclude: process.env.SMSTRATEGY_RELIABILITY
      ? configDefaults.exclude
      : [...configDefaults.exclude, ...SLOW],
    setupFiles: ['test/setup.ts'],
    globalSetup: ['test/global-setup.ts'],
    // Deadlines only a hung test reaches: a busy CI machine makes a correct test slow, never this
    // slow. Tests that start processes set their own (test/support/process.ts).
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
    // Most tests wait on sockets and timers rather than the CPU, so one file more than the two
    // cores finishes sooner; a fourth worker costs more (its own copy of the app's modules, and
    // workers crowding each other) than it saves: on two cores 41–44 s with three, 53–59 s with four.
    maxWorkers: 3,
    // Every file boots the same app modules (Bolt, kysely, the views); a worker keeps them loaded
    // between its files instead of importing them again for each. Tests share no module state:
    // each starts its own app, stand-in and database.
    isolate: false,
  },
});
