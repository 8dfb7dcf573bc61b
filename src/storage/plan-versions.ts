import { PLAN_SECTION_KEYS, type PlanSectionKey } from '../domain/plan.js';
import type { RecordedVersion } from '../domain/plan-version.js';
import type { Db } from './db.js';
import { parseStoredJson } from './json.js';
import type { Scope } from './strategies.js';

function sectionKeys(value: unknown): PlanSectionKey[] {
  return Array.isArray(value)
    ? value.filter((k): k is PlanSectionKey => (PLAN_SECTION_KEYS as readonly unknown[]).includes(k))
    : [];
}

/** The latest recorded version of the strategy's plan; its date is the local date it was made. */
export async function findLatestPlanVersion(
  db: Db,
  scope: Scope,
  strategyId: string,
  localDateOf: (at: Date) => string,
): Promise<RecordedVersion | undefined> {
  const row = await db
    .selectFrom('plan_versions')
    .selectAll()
    .where('team_id', '=', scope.teamId)
    .where('strategy_id', '=', strategyId)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!row) return undefined;
  const sections = parseStoredJson(row.sections_json);
  return {
    version: Number(row.version),
    fingerprint: row.fingerprint,
    sections: sections && typeof sections === 'object' ? (sections as RecordedVersion['sections']) : {},
    changed: sectionKeys(parseStoredJson(row.changed_json)),
    date: localDateOf(new Date(Number(row.made_at))),
  };
}

/**
 * Records a version. Two plans made at the same moment may both find the same latest version and
 * both try the next number: the first one wins, the other's content is the same plan or is
 * recorded by the next plan made.
 */
export async function recordPlanVersion(
  db: Db,
  scope: Scope,
  strategyId: string,
  version: {
    version: number;
    fingerprint: string;
    sections: Record<PlanSectionKey, string>;
    changed: PlanSectionKey[];
    madeBy: string | null;
    at: number;
  },
): Promise<void> {
  await db
    .insertInto('plan_versions')
    .values({
      strategy_id: strategyId,
      team_id: scope.teamId,
      version: version.version,
      fingerprint: version.fingerprint,
      sections_json: JSON.stringify(version.sections),
      changed_json: JSON.stringify(version.changed),
      made_by: version.madeBy,
      made_at: version.at,
    })
    .onConflict((oc) => oc.columns(['strategy_id', 'version']).doNothing())
    .execute();
}
