import { localDate } from '../domain/dates.js';
import { FORMER_MEMBER } from '../domain/people.js';
import { buildPlan, type PlanDocument, planMetricIds, planSections, planUserIds } from '../domain/plan.js';
import { fingerprintSections, planVersion } from '../domain/plan-version.js';
import type { Strategy } from '../domain/strategy.js';
import { findLatestRevision } from '../storage/assessments.js';
import { listAudit } from '../storage/audit.js';
import { findMetric } from '../storage/metrics.js';
import { listPhases } from '../storage/phases.js';
import { findPlanCanvas, findUserNames, savePlanCanvas, saveUserNames } from '../storage/plan.js';
import { findLatestPlanVersion, recordPlanVersion } from '../storage/plan-versions.js';
import { listSchedules } from '../storage/schedules.js';
import { summaryOf } from './assessments.js';
import type { ServiceDeps } from './deps.js';
import { strategyMetrics } from './metrics.js';
import { phaseContentOf } from './phase-content.js';
import { settingsOf } from './schedules.js';

/** How many audit entries are read to find the plan's latest changes (private ones are left out). */
const AUDIT_WINDOW = 50;

export interface PlanOptions {
  /**
   * Looks up the display names of these users where it can (the app asks Slack); they are
   * recorded, so the command line, which has no Slack, names people the same way.
   */
  learnNames?: (userIds: string[]) => Promise<{ id: string; name: string }[]>;
}

/**
 * The strategy's documented plan as of the deps' clock. The app and the command line both come
 * through here, so the same data and the same moment give the same document.
 */
export async function strategyPlan(
  deps: ServiceDeps,
  strategy: Strategy,
  options: PlanOptions = {},
): Promise<PlanDocument> {
  const scope = { teamId: strategy.teamId };
  const [revision, phases, metrics, schedules, audit, content] = await Promise.all([
    findLatestRevision(deps.db, scope, strategy.id),
    listPhases(deps.db, scope, strategy.id),
    strategyMetrics(deps, strategy),
    listSchedules(deps.db, scope, strategy.id),
    listAudit(deps.db, scope, strategy.id, AUDIT_WINDOW),
    phaseContentOf(deps, strategy),
  ]);
  const input = {
    strategy,
    readiness: revision && {
      summary: summaryOf(
        revision,
        phases.filter((p) => p.status === 'done').map((p) => p.key),
      ),
      answers: revision.answers,
    },
    phases,
    metrics: metrics.map(({ metric, trend }) => ({ metric, trend })),
    schedule: {
      settings: settingsOf(strategy, schedules),
      paused: strategy.state !== 'active' || schedules.some((s) => s.paused),
    },
    audit,
    content,
  };
  const ids = planUserIds(input);
  if (options.learnNames) {
    const learned = await options.learnNames(ids.filter((id) => id !== FORMER_MEMBER));
    await saveUserNames(deps.db, scope, learned, deps.clock.now().getTime());
  }
  const names = await findUserNames(deps.db, scope, ids);
  const active = new Set(metrics.map((o) => o.metric.id));
  const metricNames = new Map<string, string>();
  for (const id of planMetricIds(input.audit)) {
    if (active.has(id)) continue;
    const archived = await findMetric(deps.db, scope, id);
    if (archived) metricNames.set(id, archived.name);
  }
  const now = deps.clock.now();
  const doc = buildPlan({ ...input, now, names, metricNames });
  const current = fingerprintSections(planSections(doc));
  const latest = await findLatestPlanVersion(deps.db, scope, strategy.id, (at) =>
    localDate(at, strategy.timeZone),
  );
  const { isNew: _, ...version } = planVersion(latest, current, doc.date);
  return { ...doc, version };
}

/**
 * Records a plan that was shared as its version, when it is a new one. Only a plan people received
 * counts: one Slack refused to post keeps no number.
 */
export async function recordPlanShared(
  deps: ServiceDeps,
  strategy: Strategy,
  doc: PlanDocument,
  madeBy: string,
): Promise<void> {
  const scope = { teamId: strategy.teamId };
  const current = fingerprintSections(planSections(doc));
  const latest = await findLatestPlanVersion(deps.db, scope, strategy.id, (at) =>
    localDate(at, strategy.timeZone),
  );
  if (latest?.fingerprint === current.fingerprint) return;
  await recordPlanVersion(deps.db, scope, strategy.id, {
    version: doc.version.number,
    fingerprint: current.fingerprint,
    sections: current.sections,
    changed: doc.version.changed,
    madeBy,
    at: deps.clock.now().getTime(),
  });
}

/** The canvas the plan was last written to, if any. */
export async function planCanvas(deps: ServiceDeps, strategy: Strategy): Promise<string | undefined> {
  return findPlanCanvas(deps.db, { teamId: strategy.teamId }, strategy.id);
}

export async function rememberPlanCanvas(
  deps: ServiceDeps,
  strategy: Strategy,
  canvasId: string,
): Promise<void> {
  await savePlanCanvas(
    deps.db,
    { teamId: strategy.teamId },
    strategy.id,
    canvasId,
    deps.clock.now().getTime(),
  );
}
