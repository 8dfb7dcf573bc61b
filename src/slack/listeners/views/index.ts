import type { App } from '@slack/bolt';
import type { SlackDeps } from '../../deps.js';
import { ASSESSMENT_IDS, PHASE_IDS } from '../../ids.js';
import { makeAssessmentClosed } from './assessment-closed.js';
import { makeAssessmentSubmitted } from './assessment-submitted.js';
import { makePhaseModalSubmit } from './phase-modal.js';

export function register(app: App, deps: SlackDeps): void {
  app.view({ callback_id: ASSESSMENT_IDS.view, type: 'view_submission' }, makeAssessmentSubmitted(deps));
  app.view({ callback_id: ASSESSMENT_IDS.view, type: 'view_closed' }, makeAssessmentClosed(deps));
  app.view(PHASE_IDS.modal, makePhaseModalSubmit(deps));
}
