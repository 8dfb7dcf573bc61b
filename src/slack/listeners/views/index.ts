import type { App } from '@slack/bolt';
import type { SlackDeps } from '../../deps.js';
import { SCHEDULE_IDS } from '../../ids.js';
import { makeScheduleSubmitted } from './schedule-submitted.js';

export function register(app: App, deps: SlackDeps): void {
  app.view(SCHEDULE_IDS.modal, makeScheduleSubmitted(deps));
}
