import type { Checkin, Metric } from '../domain/metric.js';
import type { Phase } from '../domain/phases.js';
import {
  type AssessmentDraft,
  type AssessmentRevision,
  draftRow,
  latestRevisionRow,
  toDraft,
  toRevision,
} from './assessments.js';
import type { Db } from './db.js';
import { activeMetricCheckinRows, metricRows, toCheckin, toMetric } from './metrics.js';
import { nested, rowOf, rowsOf } from './nested.js';
import { phaseRows, phasesOf } from './phases.js';
import { type Schedule, scheduleRows, toSchedule } from './schedules.js';
import type { Scope } from './strategies.js';

// What one command shows, read in one statement: each part is the query its own module runs when
// it is read alone, nested here as a JSON column and read back through the same row mapper.

/** Everything the status message shows of a strategy besides the strategy itself. */
export interface StatusReads {
  latest: AssessmentRevision | undefined;
  /** The eight phases in method order. */
  phases: Phase[];
  /** The active metrics, oldest first. */
  metrics: Metric[];
  /** The check-ins of those metrics, by period. */
  checkins: Checkin[];
  schedules: Schedule[];
}

export async function readStatus(db: Db, scope: Scope, strategyId: string): Promise<StatusReads> {
  const row = await db
    .selectNoFrom([
      rowOf(db, latestRevisionRow(db, scope, strategyId)).as('latest'),
      rowsOf(db, phaseRows(db, scope, strategyId)).as('phases'),
      rowsOf(db, metricRows(db, scope, strategyId)).as('metrics'),
      rowsOf(db, activeMetricCheckinRows(db, scope, strategyId)).as('checkins'),
      rowsOf(db, scheduleRows(db, scope, strategyId)).as('schedules'),
    ])
    .executeTakeFirstOrThrow();
  const latest = nested(row.latest);
  return {
    latest: latest ? toRevision(latest) : undefined,
    phases: phasesOf(nested(row.phases), scope, strategyId),
    metrics: nested(row.metrics).map(toMetric),
    checkins: nested(row.checkins).map(toCheckin),
    schedules: nested(row.schedules).map(toSchedule),
  };
}

/** What opening the readiness analysis needs: the latest revision, the phases, the caller's draft. */
export interface AssessmentReads {
  latest: AssessmentRevision | undefined;
  phases: Phase[];
  draft: AssessmentDraft | undefined;
}

export async function readAssessment(
  db: Db,
  scope: Scope,
  strategyId: string,
  userId: string,
): Promise<AssessmentReads> {
  const row = await db
    .selectNoFrom([
      rowOf(db, latestRevisionRow(db, scope, strategyId)).as('latest'),
      rowsOf(db, phaseRows(db, scope, strategyId)).as('phases'),
      rowOf(db, draftRow(db, scope, strategyId, userId)).as('draft'),
    ])
    .executeTakeFirstOrThrow();
  const latest = nested(row.latest);
  const draft = nested(row.draft);
  return {
    latest: latest ? toRevision(latest) : undefined,
    phases: phasesOf(nested(row.phases), scope, strategyId),
    draft: draft ? toDraft(draft) : undefined,
  };
}
