import type { App } from '@slack/bolt';
import type { SlackDeps } from '../../deps.js';
import { METRIC_IDS } from '../../ids.js';
import { makeCheckinSubmitted } from './checkin-submitted.js';
import { makeMetricSubmitted } from './metric-submitted.js';

export function register(app: App, deps: SlackDeps): void {
  const metricSubmitted = makeMetricSubmitted(deps);
  app.view(METRIC_IDS.addView, metricSubmitted);
  app.view(METRIC_IDS.editView, metricSubmitted);
  app.view(METRIC_IDS.checkinView, makeCheckinSubmitted(deps));
}
