import type { Strategy } from '../domain/strategy.js';
import { formatDate, messages } from '../i18n/index.js';
import type { MetricOverview } from '../services/metrics.js';
import { context, divider, header, type Message, section } from './blocks.js';
import { metricsStatusSection } from './metrics-status.js';

/** The strategy at a glance, in the language of whoever asked. */
export function statusMessage(
  strategy: Strategy,
  language = strategy.language,
  metrics: MetricOverview[] = [],
): Message {
  const m = messages(language);
  const started = formatDate(language, strategy.createdAt, strategy.timeZone);
  return {
    text: m.status.title(strategy.name),
    blocks: [
      header(m.status.title(strategy.name)),
      context(
        m.status.started(strategy.createdBy, started),
        m.status.admins(strategy.admins.map((u) => `<@${u}>`).join(', ')),
        m.status.settings(m.languageName[strategy.language], strategy.timeZone, m.stateName[strategy.state]),
      ),
      divider(),
      section(m.status.readinessNotAssessed),
      divider(),
      ...metricsStatusSection(metrics, language),
    ],
  };
}
