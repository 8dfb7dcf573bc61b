import type { KnownBlock } from '@slack/types';
import { formatDateIn } from '../domain/dates.js';
import type { Phase } from '../domain/phases.js';
import type { ReadinessSummary } from '../domain/readiness.js';
import type { Language, Strategy } from '../domain/strategy.js';
import { messages } from '../i18n/index.js';
import type { MetricOverview } from '../services/metrics.js';
import type { SelfPaused } from '../services/schedules.js';
import { actions, button, context, divider, header, type Message, section } from './blocks.js';
import { escapeMrkdwn } from './escape.js';
import { SCHEDULE_IDS, STRATEGY_IDS } from './ids.js';
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
  /** The schedules that stopped themselves on a Slack error; they show with a Resume button. */
  stopped?: SelfPaused[];
}

/** Why each stopped schedule stopped, and the button that resumes them once the cause is fixed. */
function stoppedBlocks(language: Language, strategy: Strategy, stopped: SelfPaused[]): KnownBlock[] {
  if (stopped.length === 0) return [];
  const m = messages(language).schedule;
  const lines = stopped.map((s) =>
    m.stoppedLine(m.kindName[s.kind] ?? s.kind, strategy.channelId, m.errorReason[s.reason] ?? s.reason),
  );
  return [
    {
      ...section([m.stoppedHeading, ...lines, m.stoppedHint].join('\n')),
      accessory: button(m.resume, SCHEDULE_IDS.resumePaused, strategy.id, 'primary'),
    } as KnownBlock,
  ];
}

/** The strategy at a glance, in the language of whoever asked. */
export function statusMessage(
  strategy: Strategy,
  language = strategy.language,
  parts: StatusParts = {},
): Message {
  const m = messages(language);
  const started = formatDateIn(language, strategy.createdAt, strategy.timeZone);
  const stopped = parts.stopped ?? [];
  // Stopped on its own, the strategy is not running, whatever its state says.
  const state = strategy.state === 'active' && stopped.length > 0 ? 'paused' : strategy.state;
  return {
    text: m.status.title(escapeMrkdwn(strategy.name)),
    blocks: [
      header(m.status.title(strategy.name)),
      context(
        m.status.started(strategy.createdBy, started),
        m.status.admins(strategy.admins.map((u) => `<@${u}>`).join(', ')),
        m.status.settings(m.languageName[strategy.language], strategy.timeZone, m.stateName[state]),
      ),
      actions([button(m.settings.button, STRATEGY_IDS.statusSettings, strategy.id)]),
      ...stoppedBlocks(language, strategy, stopped),
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
