import type { App } from '@slack/bolt';
import type { SlackDeps } from '../../deps.js';
import { ACTIONS, METRIC_IDS } from '../../ids.js';
import { helpStart, helpStatus } from './help-buttons.js';
import {
  metricListAdd,
  metricListArchive,
  metricListChart,
  metricListCheckin,
  metricListEdit,
} from './metric-buttons.js';
import { makeMetricHomeCheckin } from './metric-home-checkin.js';

export function register(app: App, deps: SlackDeps): void {
  app.action(ACTIONS.helpStart, helpStart(deps));
  app.action(ACTIONS.helpStatus, helpStatus(deps));
  app.action(METRIC_IDS.listAdd, metricListAdd(deps));
  app.action(METRIC_IDS.listCheckin, metricListCheckin(deps));
  app.action(METRIC_IDS.listEdit, metricListEdit(deps));
  app.action(METRIC_IDS.listArchive, metricListArchive(deps));
  app.action(METRIC_IDS.listChart, metricListChart(deps));
  app.action(METRIC_IDS.homeCheckin, makeMetricHomeCheckin(deps));
}
