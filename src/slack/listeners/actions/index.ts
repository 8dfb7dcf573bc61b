import type { App } from '@slack/bolt';
import type { SlackDeps } from '../../deps.js';
import { ACTIONS, ASSESSMENT_IDS } from '../../ids.js';
import { makeAssessmentAssignOwners } from './assessment-assign-owners.js';
import { makeAssessmentBack } from './assessment-back.js';
import { helpStart, helpStatus } from './help-buttons.js';

export function register(app: App, deps: SlackDeps): void {
  app.action(ACTIONS.helpStart, helpStart(deps));
  app.action(ACTIONS.helpStatus, helpStatus(deps));
  app.action(ASSESSMENT_IDS.back, makeAssessmentBack(deps));
  app.action(ASSESSMENT_IDS.assignOwners, makeAssessmentAssignOwners(deps));
}
