import type { KnownBlock } from '@slack/types';
import { formatLocalDate } from '../domain/dates.js';
import type { CheckinSourceMark, Metric } from '../domain/metric.js';
import { formatNumber, formatPercent } from '../domain/numbers.js';
import type { Language } from '../domain/strategy.js';
import { progressBar, type Trend } from '../domain/trend.js';
import { messages } from '../i18n/index.js';
import type { MetricOverview } from '../services/metrics.js';
import { context, section } from './blocks.js';
import { escapeMrkdwn } from './escape.js';
import { formatPeriod } from './periods.js';

// Each metric takes one section; the cap keeps a status message well inside 50 blocks.
export const STATUS_MAX_METRICS = 12;

/**
 * Where a value came from, when not from the check-in window: `via API · ga4`, `imported`. The
 * token's label is people's text: `escapeLabel` makes it safe where the mark goes (mrkdwn by default).
 */
export function sourceMark(
  source: CheckinSourceMark | undefined,
  language: Language,
  escapeLabel: (text: string) => string = escapeMrkdwn,
): string | undefined {
  const m = messages(language).api;
  switch (source?.kind) {
    case 'api':
      return m.sourceMark(source.label === undefined ? undefined : escapeLabel(source.label));
    case 'import':
      return m.importMark;
    case 'workflow':
      return m.workflowMark;
    default:
      return undefined;
  }
}

/**
 * One metric in two lines: latest vs target, then the progress bar, how far along (below 0 % when
 * the value has moved away from the target, over 100 % past it), sparkline, verdict and the
 * period of the latest value.
 */
export function metricSummary(
  metric: Pick<Metric, 'name' | 'unit' | 'target' | 'targetDate'>,
  trend: Trend,
  language: Language,
): string {
  const m = messages(language).metrics;
  const unit = metric.unit ? ` ${escapeMrkdwn(metric.unit)}` : '';
  const latest = trend.latest ? `${formatNumber(trend.latest.value, language)}${unit}` : m.noValue;
  const target = `${formatNumber(metric.target, language)}${unit}`;
  const percent = trend.percent === undefined ? '–' : formatPercent(trend.percent, language);
  const period = trend.latest ? formatPeriod(language, trend.latest.period) : '';
  const source = sourceMark(trend.latest?.source, language);
  const trendLine = m.statusTrend(
    progressBar(trend.percent),
    percent,
    trend.sparkline,
    m.trendName[trend.status],
    period,
  );
  return [
    m.statusLine(escapeMrkdwn(metric.name), latest, target, formatLocalDate(language, metric.targetDate)),
    source ? `${trendLine} · ${source}` : trendLine,
  ].join('\n');
}

/** The metrics part of `status`. */
export function metricsStatusSection(overviews: MetricOverview[], language: Language): KnownBlock[] {
  const m = messages(language).metrics;
  if (overviews.length === 0) return [section(m.statusNone)];
  const shown = overviews.slice(0, STATUS_MAX_METRICS);
  const blocks: KnownBlock[] = [section(m.statusHeading)];
  for (const o of shown) blocks.push(section(metricSummary(o.metric, o.trend, language)));
  if (overviews.length > shown.length) blocks.push(context(m.moreMetrics(overviews.length - shown.length)));
  return blocks;
}
