import type { App } from '@slack/bolt';
import type { SlackDeps } from '../../deps.js';
import { ACTIONS, ASSESSMENT_IDS, METRIC_IDS, PHASE_IDS, SCHEDULE_IDS } from '../../../views/ids.js';
import { makeAssessmentAssignOwners } from './assessment-assign-owners.js';
import { makeAssessmentBack } from './assessment-back.js';
import { helpAssess, helpCheckin, helpPlan, helpStart, helpStatus } from './help-buttons.js';
import {
  metricListAdd,
  metricListArchive,
  metricListChart,
  metricListCheckin,
  metricListEdit,
} from './metric-buttons.js';
import { makeMetricHomeCheckin } from './metric-home-checkin.js';
import { makePhaseEditButton, makePhaseStatusButton } from './phase-buttons.js';

export function register(app: App, deps: SlackDeps): void {
  app.action(ACTIONS.helpStart, helpStart(deps));
  app.action(ACTIONS.helpStatus, helpStatus(deps));
  app.action(ACTIONS.helpAssess, helpAssess(deps));
  app.action(ACTIONS.helpCheckin, helpCheckin(deps));
  app.action(ACTIONS.helpPlan, helpPlan(deps));
  app.action(ASSESSMENT_IDS.back, makeAssessmentBack(deps));
  app.action(ASSESSMENT_IDS.assignOwners, makeAssessmentAssignOwners(deps));
  app.action(PHASE_IDS.done, makePhaseStatusButton(deps, 'done'));
  app.action(PHASE_IDS.start, makePhaseStatusButton(deps, 'in_progress'));
  app.action(PHASE_IDS.blocked, makePhaseStatusButton(deps, 'blocked'));
  app.action(PHASE_IDS.edit, makePhaseEditButton(deps));
  app.action(METRIC_IDS.listAdd, metricListAdd(deps));
  app.action(METRIC_IDS.listCheckin, metricListCheckin(deps));
  app.action(METRIC_IDS.listEdit, metricListEdit(deps));
  app.action(METRIC_IDS.listArchive, metricListArchive(deps));
  app.action(METRIC_IDS.listChart, metricListChart(deps));
  // The check-in modal for the strategy a button names: App Home, the digest, the prompt, the reminder.
  const openCheckin = makeMetricHomeCheckin(deps);
  app.action(METRIC_IDS.homeCheckin, openCheckin);
  app.action(SCHEDULE_IDS.digestReportMetrics, openCheckin);
  app.action(SCHEDULE_IDS.checkinOpen, openCheckin);
  app.action(SCHEDULE_IDS.digestOpenStatus, helpStatus(deps));
}
