import { formatDateIn } from '../domain/dates.js';
import type { Phase } from '../domain/phases.js';
import type { ReadinessSummary } from '../domain/readiness.js';
import type { Strategy } from '../domain/strategy.js';
import { messages } from '../i18n/index.js';
import type { MetricOverview } from '../services/metrics.js';
import { actions, button, context, divider, header, type Message, section } from './blocks.js';
import { escapeMrkdwn } from './escape.js';
import { STRATEGY_IDS } from './ids.js';
import { metricsStatusSection } from './metrics-status.js';
import { phaseStatusBlocks } from './phases.js';
import { readinessStatusBlocks } from './readiness.js';

/** The parts of the strategy each feature adds to status; a part left out is not shown. */
export interface StatusParts {
  /** The latest readiness analysis; without it, status says how to run one. */
  readiness?: ReadinessSummary;
  /** The eight phases, with today's date in the strategy's time zone for overdue flags. */
  phases?: { phases: Phase[]; today: string };
  /** The active metrics with their latest values and trends. */
  metrics?: MetricOverview[];
}

/** The strategy at a glance, in the language of whoever asked. */
export function statusMessage(
  strategy: Strategy,
  language = strategy.language,
  parts: StatusParts = {},
): Message {
  const m = messages(language);
  const started = formatDateIn(language, strategy.createdAt, strategy.timeZone);
  return {
    text: m.status.title(escapeMrkdwn(strategy.name)),
    blocks: [
      header(m.status.title(strategy.name)),
      context(
        m.status.started(strategy.createdBy, started),
        m.status.admins(strategy.admins.map((u) => `<@${u}>`).join(', ')),
        m.status.settings(m.languageName[strategy.language], strategy.timeZone, m.stateName[strategy.state]),
      ),
      actions([button(m.settings.button, STRATEGY_IDS.statusSettings, strategy.id)]),
      divider(),
      ...(parts.readiness
        ? readinessStatusBlocks(language, strategy, parts.readiness)
        : [section(m.status.readinessNotAssessed)]),
      ...(parts.phases
        ? [divider(), ...phaseStatusBlocks(language, strategy, parts.phases.phases, parts.phases.today)]
        : []),
      ...(parts.metrics ? [divider(), ...metricsStatusSection(parts.metrics, language)] : []),
    ],
  };
}
