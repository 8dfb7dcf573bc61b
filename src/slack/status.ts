import type { Language, Strategy } from '../domain/strategy.js';
import { currentAssessment } from '../services/assessments.js';
import { strategyMetrics } from '../services/metrics.js';
import { strategyPhases } from '../services/phases.js';
import { selfPausedSchedules } from '../services/schedules.js';
import type { Message } from '../views/blocks.js';
import { statusMessage } from '../views/status.js';
import type { SlackDeps } from './deps.js';

/** Everything status shows, loaded and rendered: for the command and for its buttons' in-place updates. */
export async function renderStatus(
  deps: SlackDeps,
  strategy: Strategy,
  language: Language,
): Promise<Message> {
  const [readiness, phases, metrics, stopped] = await Promise.all([
    currentAssessment(deps, { teamId: strategy.teamId }, strategy.id),
    strategyPhases(deps, strategy),
    strategyMetrics(deps, strategy),
    selfPausedSchedules(deps, strategy),
  ]);
  return statusMessage(strategy, language, { readiness, phases, metrics, stopped });
}
