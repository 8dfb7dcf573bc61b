import type { App } from '@slack/bolt';
import {
  ASSESSMENT_IDS,
  CONTENT_IDS,
  METRIC_IDS,
  PHASE_IDS,
  SCHEDULE_IDS,
  STRATEGY_IDS,
} from '../../../views/ids.js';
import type { SlackDeps } from '../../deps.js';
import { makeAssessmentClosed } from './assessment-closed.js';
import { makeAssessmentRevised } from './assessment-revised.js';
import { makeAssessmentSubmitted } from './assessment-submitted.js';
import { makeCheckinSubmitted } from './checkin-submitted.js';
import { makeImportConfirmed, makeImportSubmitted } from './import-submitted.js';
import { makeItemSubmitted } from './item-submitted.js';
import { makeMetricSubmitted } from './metric-submitted.js';
import { makePhaseSubmitted } from './phase-submitted.js';
import { makeScheduleSubmitted } from './schedule-submitted.js';
import { makeDeleteSubmitted, makeSettingsSubmitted } from './strategy-submitted.js';

export function register(app: App, deps: SlackDeps): void {
  app.view({ callback_id: ASSESSMENT_IDS.view, type: 'view_submission' }, makeAssessmentSubmitted(deps));
  app.view({ callback_id: ASSESSMENT_IDS.view, type: 'view_closed' }, makeAssessmentClosed(deps));
  app.view(ASSESSMENT_IDS.reviseView, makeAssessmentRevised(deps));
  app.view(PHASE_IDS.modal, makePhaseSubmitted(deps));
  app.view(CONTENT_IDS.itemView, makeItemSubmitted(deps));
  const metricSubmitted = makeMetricSubmitted(deps);
  app.view(METRIC_IDS.addView, metricSubmitted);
  app.view(METRIC_IDS.editView, metricSubmitted);
  app.view(METRIC_IDS.checkinView, makeCheckinSubmitted(deps));
  app.view(METRIC_IDS.importView, makeImportSubmitted(deps));
  app.view(METRIC_IDS.importPreviewView, makeImportConfirmed(deps));
  app.view(SCHEDULE_IDS.modal, makeScheduleSubmitted(deps));
  app.view(STRATEGY_IDS.settingsView, makeSettingsSubmitted(deps));
  app.view(STRATEGY_IDS.deleteView, makeDeleteSubmitted(deps));
}
