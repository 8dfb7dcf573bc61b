import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type FanOut, fanOut, passes, problems, resetSlot, seconds } from './fanout.js';
import type { Measurement, Row } from './lib.js';
import { SEEDED_AT, seed } from './seed.js';

// Scale: does a slot's fan-out cost the same per digest when the database holds ten times as many
// strategies? On one SQLite file: WORKSPACES × PER_WORKSPACE strategies (those of the fan-out row)
// are seeded and their slot run once by one app process, as in the fan-out row; then the same
// slot is made due again, SCALE_WORKSPACES − WORKSPACES more workspaces are added (written a day
// later, so none of their schedules is due in the slot) and the slot is run again. The time per
// digest of the second run against the first's is the row; it should stay within 1.2×, i.e. the
// pass's work grows with what is due, not with what is stored.
// BENCH_SCALE_WORKSPACES=0 skips it.

const WORKSPACES = Number(process.env.BENCH_FANOUT_WORKSPACES ?? 1_000);
const PER_WORKSPACE = Number(process.env.BENCH_FANOUT_STRATEGIES_PER_WORKSPACE ?? 10);
const SCALE_WORKSPACES = Number(process.env.BENCH_SCALE_WORKSPACES ?? WORKSPACES * 10);
const TARGET_RATIO = 1.2;
const DAY_MS = 24 * 60 * 60 * 1000;

export async function measureScale(): Promise<Row[]> {
  if (SCALE_WORKSPACES <= WORKSPACES) return [];
  const due = WORKSPACES * PER_WORKSPACE;
  const stored = SCALE_WORKSPACES * PER_WORKSPACE;
  const dir = mkdtempSync(join(tmpdir(), 'smstrategy-bench-'));
  try {
    const path = join(dir, 'scale.db');
    const env = { SMSTRATEGY_TEST_DB: path };
    await seed(path, WORKSPACES, PER_WORKSPACE);
    console.error(`  ${due.toLocaleString('en')} strategies stored…`);
    const small = await fanOut(env, 1, due);
    await resetSlot(path);
    const t = performance.now();
    await seed(path, SCALE_WORKSPACES - WORKSPACES, PER_WORKSPACE, {
      from: WORKSPACES,
      at: SEEDED_AT + DAY_MS,
    });
    const seedMs = performance.now() - t;
    console.error(`  ${stored.toLocaleString('en')} strategies stored…`);
    const large = await fanOut(env, 1, due);
    const perDigest = (run: FanOut) => run.ms / Math.max(1, run.posted);
    const ratio = perDigest(large) / perDigest(small);
    const wrong = [...problems(small, due), ...problems(large, due)];
    return [
      {
        measure: `scheduler fan-out: ${stored.toLocaleString('en')} strategies stored, ${due.toLocaleString('en')} due in one slot, SQLite, one process`,
        value: `${ratio.toFixed(2)}× the time per digest with ${due.toLocaleString('en')} stored (${perDigest(large).toFixed(2)} ms against ${perDigest(small).toFixed(2)} ms)`,
        target: `≤ ${TARGET_RATIO}× (linear)`,
        met: ratio <= TARGET_RATIO && wrong.length === 0,
        note: [
          `${SCALE_WORKSPACES.toLocaleString('en')} workspaces; ${seconds(large.ms)} against ${seconds(small.ms)}`,
          `CPU ${seconds(large.passes[0]!.cpuMs)} against ${seconds(small.passes[0]!.cpuMs)}`,
          passes(large),
          `adding ${(stored - due).toLocaleString('en')} strategies took ${seconds(seedMs)}`,
          ...wrong,
        ].join('; '),
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const scale: Measurement = { name: 'scale', run: measureScale };

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const r of await measureScale()) console.log(r);
}
