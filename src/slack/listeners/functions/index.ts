import type { App } from '@slack/bolt';
import { WORKFLOW_IDS } from '../../../views/ids.js';
import type { SlackDeps } from '../../deps.js';
import { makeRecordMetricValue } from './record-metric-value.js';

/** The app's Workflow Builder steps (the manifests' `functions`). */
export function register(app: App, deps: SlackDeps): void {
  app.function(WORKFLOW_IDS.recordValue, makeRecordMetricValue(deps));
}
