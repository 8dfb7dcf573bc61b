import { localDate } from '../domain/dates.js';
import { type ExportTable, exportTables, exportUserIds } from '../domain/export.js';
import { FORMER_MEMBER } from '../domain/people.js';
import type { Strategy } from '../domain/strategy.js';
import { listWholeAudit } from '../storage/audit.js';
import { listDeparted } from '../storage/departures.js';
import { listCheckins, listMetrics } from '../storage/metrics.js';
import { listPhases } from '../storage/phases.js';
import { findUserNames, saveUserNames } from '../storage/plan.js';
import type { ServiceDeps } from './deps.js';
import { phaseContentOf } from './phase-content.js';

export interface StrategyExport {
  /** The local date of the export, in the strategy's time zone. */
  date: string;
  strategy: { name: string; channelId: string; language: string; timeZone: string; state: string };
  tables: ExportTable[];
}

export interface ExportOptions {
  /** Looks up display names where it can (the app asks Slack); they are recorded, as for the plan. */
  learnNames?: (userIds: string[]) => Promise<{ id: string; name: string }[]>;
}

/**
 * Everything the strategy holds, as tables. The app and the command line both come through
 * here, so the same data at the same moment gives the same files.
 */
export async function strategyExport(
  deps: ServiceDeps,
  strategy: Strategy,
  options: ExportOptions = {},
): Promise<StrategyExport> {
  const scope = { teamId: strategy.teamId };
  const [phases, metrics, audit, content, departed] = await Promise.all([
    listPhases(deps.db, scope, strategy.id),
    listMetrics(deps.db, scope, strategy.id, { includeArchived: true }),
    listWholeAudit(deps.db, scope, strategy.id),
    phaseContentOf(deps, strategy),
    listDeparted(deps.db, scope),
  ]);
  const checkins = await listCheckins(
    deps.db,
    scope,
    metrics.map((m) => m.id),
  );
  const input = { strategy, phases, metrics, checkins, content, audit, departed };
  const ids = exportUserIds(input);
  if (options.learnNames) {
    const learned = await options.learnNames(ids.filter((id) => !departed.has(id) && id !== FORMER_MEMBER));
    await saveUserNames(deps.db, scope, learned, deps.clock.now().getTime());
  }
  const names = await findUserNames(deps.db, scope, ids);
  return {
    date: localDate(deps.clock.now(), strategy.timeZone),
    strategy: {
      name: strategy.name,
      channelId: strategy.channelId,
      language: strategy.language,
      timeZone: strategy.timeZone,
      state: strategy.state,
    },
    tables: exportTables({ ...input, names }),
  };
}
