import type { KnownBlock } from '@slack/types';
import type { Language } from '../domain/strategy.js';
import { messages } from '../i18n/index.js';
import type { MetricOverview } from '../services/metrics.js';
import { actions, button, context, divider, section } from './blocks.js';
import { METRIC_IDS } from './ids.js';
import { metricSummary } from './metrics-status.js';

// App Home holds 100 blocks; the metrics part stays small so other sections keep their room.
export const HOME_MAX_METRICS = 10;

/** The metrics the user owns, across strategies, for App Home; nothing when they own none. */
export function homeMetricsSection(language: Language, overviews: MetricOverview[]): KnownBlock[] {
  if (overviews.length === 0) return [];
  const m = messages(language).metrics;
  const shown = overviews.slice(0, HOME_MAX_METRICS);
  // One check-in button per strategy the user reports for (an actions block holds 25 elements).
  const strategies = [...new Map(overviews.map((o) => [o.strategy.id, o.strategy])).values()].slice(0, 5);
  return [
    divider(),
    section(m.homeHeading),
    ...shown.map((o) =>
      section(`<#${o.strategy.channelId}> · ${metricSummary(o.metric, o.trend, language)}`),
    ),
    ...(overviews.length > shown.length ? [context(m.moreMetrics(overviews.length - shown.length))] : []),
    actions(strategies.map((s) => button(m.homeCheckinButton(s.name), METRIC_IDS.homeCheckin, s.id))),
  ];
}
