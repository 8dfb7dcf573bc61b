import { randomUUID } from 'node:crypto';
import type { Metric } from '../domain/metric.js';
import { type ImportRow, parseImport, type RefusedRow } from '../domain/metric-import.js';
import { comparePeriods } from '../domain/periods.js';
import type { Strategy } from '../domain/strategy.js';
import {
  deleteStaleImports,
  findImport,
  insertImport,
  latestAwaitingFile,
  type MetricImport,
  moveImport,
  supersedeAwaitingFiles,
} from '../storage/metric-imports.js';
import { listCheckins } from '../storage/metrics.js';
import type { ServiceDeps } from './deps.js';
import { activeMetric, currentPeriod, recordCheckin } from './metrics.js';
import { strategyNamed } from './strategies.js';

// Importing a metric's history: the rows are read and shown first, and written only once the
// person confirms, through the same check-in service as every other value (its period rules,
// its audit trail, "a later value for a period replaces the earlier").

/** A preview not confirmed within a day is read again from the file rather than trusted. */
export const IMPORT_VALID_MS = 24 * 60 * 60 * 1000;
/** How long after "Import history" a file sent to the app's DM is taken as that import's. */
export const FILE_WAIT_MS = 30 * 60 * 1000;

/** A period whose stored value the import would change. */
export interface Replacement {
  period: string;
  before: number;
  after: number;
}

export interface ImportPreview {
  importId: string;
  metric: Metric;
  /** Rows to import, oldest period first. */
  rows: ImportRow[];
  refused: RefusedRow[];
  replaced: Replacement[];
  /** Rows whose period already holds that same value: importing them changes nothing. */
  unchanged: number;
}

export type PreviewResult =
  | { kind: 'preview'; preview: ImportPreview }
  | { kind: 'empty' }
  | { kind: 'too_many_rows'; count: number }
  | { kind: 'unreadable'; line: number };

/**
 * Reads pasted or uploaded CSV for one metric and keeps what it understood for the confirmation;
 * nothing is written to the metric's history.
 */
export async function previewImport(
  deps: ServiceDeps,
  input: { strategy: Strategy; metric: Metric; userId: string; text: string; label?: string },
): Promise<PreviewResult> {
  const { strategy, metric } = input;
  const scope = { teamId: strategy.teamId };
  const now = deps.clock.now();
  // The check-in service's own "now": an import and the check-in window agree on the current period.
  const current = currentPeriod(strategy, metric, now);
  const parsed = parseImport(input.text, metric.cadence, current);
  if (parsed.kind !== 'parsed') return parsed;
  const rows = [...parsed.rows].sort((a, b) => comparePeriods(a.period, b.period));
  const stored = new Map(
    (await listCheckins(deps.db, scope, [metric.id])).map((c) => [c.period, c.value] as const),
  );
  const replaced: Replacement[] = [];
  let unchanged = 0;
  for (const row of rows) {
    const before = stored.get(row.period);
    if (before === undefined) continue;
    if (before === row.value) unchanged += 1;
    else replaced.push({ period: row.period, before, after: row.value });
  }
  const importId = randomUUID();
  const at = now.getTime();
  await deleteStaleImports(deps.db, scope, at - IMPORT_VALID_MS);
  await insertImport(deps.db, scope, {
    id: importId,
    strategyId: strategy.id,
    metricId: metric.id,
    userId: input.userId,
    state: 'previewed',
    label: input.label ?? null,
    rows: rows.map((r) => [r.period, r.value]),
    at,
  });
  return {
    kind: 'preview',
    preview: { importId, metric, rows, refused: parsed.refused, replaced, unchanged },
  };
}

export type ConfirmResult =
  | { kind: 'imported'; metric: Metric; strategy: Strategy; saved: number; replaced: number }
  /** Already confirmed (a double click, a replayed request): nothing written again. */
  | { kind: 'already' }
  | { kind: 'cancelled' }
  | { kind: 'expired' }
  /** No such import of this person, or its strategy or metric is gone. */
  | { kind: 'not_found' };

/** Writes a previewed import, once, as one check-in of many values. */
export async function confirmImport(
  deps: ServiceDeps,
  input: { teamId: string; userId: string; importId: unknown },
): Promise<ConfirmResult> {
  const pending = await pendingImport(deps, input);
  if (!pending.ok) return pending.result;
  const { found, strategy, metric } = pending;
  const scope = { teamId: input.teamId };
  const result = await recordCheckin(deps, {
    strategy,
    reportedBy: input.userId,
    at: deps.clock.now(),
    values: found.rows.map(([period, value]) => ({ metricId: metric.id, value, period })),
    // The import's own id stands for the confirmation: a second one finds it done.
    submission: { viewId: `import:${found.id}`, hash: 'confirm' },
    source: found.label === null ? { kind: 'import' } : { kind: 'import', label: found.label },
  });
  // The preview applied the same rules row by row; a refusal here means the rules changed under
  // it, and the import stays previewed rather than half written.
  if (result.kind === 'invalid')
    throw new Error(`import ${found.id} refused on confirmation: ${JSON.stringify(result.problems)}`);
  await moveImport(deps.db, scope, found.id, 'previewed', 'imported', deps.clock.now().getTime());
  if (result.kind === 'replayed') return { kind: 'already' };
  const replaced = result.saved.filter((s) => s.replaced !== undefined).length;
  return { kind: 'imported', metric, strategy, saved: result.saved.length, replaced };
}

/** Drops a previewed import: nothing of it is written. */
export async function cancelImport(
  deps: ServiceDeps,
  input: { teamId: string; userId: string; importId: unknown },
): Promise<ConfirmResult> {
  const pending = await pendingImport(deps, input);
  if (!pending.ok) return pending.result;
  const moved = await moveImport(
    deps.db,
    { teamId: input.teamId },
    pending.found.id,
    'previewed',
    'cancelled',
    deps.clock.now().getTime(),
  );
  return moved ? { kind: 'cancelled' } : { kind: 'already' };
}

type Pending =
  | { ok: true; found: MetricImport; strategy: Strategy; metric: Metric }
  | { ok: false; result: ConfirmResult };

async function pendingImport(
  deps: ServiceDeps,
  input: { teamId: string; userId: string; importId: unknown },
): Promise<Pending> {
  const scope = { teamId: input.teamId };
  const notFound = { ok: false, result: { kind: 'not_found' } } as const;
  if (typeof input.importId !== 'string') return notFound;
  const found = await findImport(deps.db, scope, input.importId);
  // Only the person who previewed an import confirms it: the rows are theirs to vouch for.
  if (!found || found.userId !== input.userId) return notFound;
  if (found.state === 'imported') return { ok: false, result: { kind: 'already' } };
  if (found.state === 'cancelled') return { ok: false, result: { kind: 'cancelled' } };
  if (found.state !== 'previewed') return notFound;
  if (deps.clock.now().getTime() - found.updatedAt > IMPORT_VALID_MS)
    return { ok: false, result: { kind: 'expired' } };
  const strategy = await strategyNamed(deps, input.teamId, found.strategyId);
  if (!strategy) return notFound;
  const metric = await activeMetric(deps, strategy, found.metricId);
  if (!metric) return notFound;
  return { ok: true, found, strategy, metric };
}

/**
 * "Import history" with a file: the next file the person sends to the app's DM (within
 * FILE_WAIT_MS) is read for this metric.
 */
export async function awaitImportFile(
  deps: ServiceDeps,
  input: { strategy: Strategy; metric: Metric; userId: string },
): Promise<void> {
  const at = deps.clock.now().getTime();
  const scope = { teamId: input.strategy.teamId };
  // Only the latest "Import history" waits for a file: the file is for the metric last chosen.
  await supersedeAwaitingFiles(deps.db, scope, input.userId, at);
  await insertImport(deps.db, scope, {
    id: randomUUID(),
    strategyId: input.strategy.id,
    metricId: input.metric.id,
    userId: input.userId,
    state: 'awaiting_file',
    label: null,
    rows: null,
    at,
  });
}

/** The strategy and metric a file sent to the app's DM is for; undefined when none was asked for. */
export async function awaitedImport(
  deps: ServiceDeps,
  input: { teamId: string; userId: string },
): Promise<{ strategy: Strategy; metric: Metric; importId: string } | undefined> {
  const scope = { teamId: input.teamId };
  const at = deps.clock.now().getTime();
  const found = await latestAwaitingFile(deps.db, scope, input.userId, at - FILE_WAIT_MS);
  if (!found) return undefined;
  const strategy = await strategyNamed(deps, input.teamId, found.strategyId);
  const metric = strategy && (await activeMetric(deps, strategy, found.metricId));
  if (!strategy || !metric) return undefined;
  return { strategy, metric, importId: found.id };
}

/** The file has come (read or not): a second file needs "Import history" again. */
export async function fileReceived(deps: ServiceDeps, teamId: string, importId: string): Promise<boolean> {
  return moveImport(deps.db, { teamId }, importId, 'awaiting_file', 'cancelled', deps.clock.now().getTime());
}
