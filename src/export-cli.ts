import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Clock } from './clock.js';
import type { Logger } from './logger.js';
import { strategyExport } from './services/export.js';
import type { Db } from './storage/db.js';
import { findStrategyByChannel } from './storage/strategies.js';
import { exportFiles, exportJson } from './views/export.js';

export const EXPORT_USAGE = 'usage: npm run cli -- export --team T --channel C --out DIR';

export type ExportCommandResult = { code: 0; written: string[] } | { code: 1 | 2; error: string };

/**
 * `export`: the same files the ZIP of `/smstrategy export` holds (each CSV and the README), and the
 * same tables as one JSON file, written into a folder. People are named as the app last saw them.
 */
export async function exportCommand(
  db: Db,
  argv: string[],
  clock: Clock,
  logger: Logger,
): Promise<ExportCommandResult> {
  let values: { team?: string; channel?: string; out?: string };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { team: { type: 'string' }, channel: { type: 'string' }, out: { type: 'string' } },
      allowPositionals: false,
    }));
  } catch (err) {
    return { code: 2, error: `${err instanceof Error ? err.message : String(err)}\n${EXPORT_USAGE}` };
  }
  const { team, channel, out } = values;
  if (!team || !channel || !out) return { code: 2, error: EXPORT_USAGE };
  const strategy = await findStrategyByChannel(db, { teamId: team }, channel);
  if (!strategy) return { code: 1, error: `no strategy in channel ${channel} of workspace ${team}` };
  const data = await strategyExport({ db, clock, logger }, strategy);
  const files = [
    ...exportFiles(strategy.language, data.strategy, data.date, data.tables),
    {
      filename: 'export.json',
      bytes: Buffer.from(exportJson(data.strategy, data.date, data.tables), 'utf8'),
    },
  ];
  await mkdir(out, { recursive: true });
  for (const file of files) await writeFile(join(out, file.filename), file.bytes);
  return { code: 0, written: files.map((f) => f.filename) };
}
