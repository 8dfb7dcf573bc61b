import type { App } from '@slack/bolt';
import type { SlackDeps } from '../../deps.js';
import { PHASE_IDS } from '../../ids.js';
import { makePhaseModalSubmit } from './phase-modal.js';

export function register(app: App, deps: SlackDeps): void {
  app.view(PHASE_IDS.modal, makePhaseModalSubmit(deps));
}
