import type { KnownBlock } from '@slack/types';
import { formatNumber } from '../domain/numbers.js';
import type { Language } from '../domain/strategy.js';
import { progressBar } from '../domain/trend.js';
import { messages } from '../i18n/index.js';
import type { MetricOverview } from '../services/metrics.js';
import { context, section } from './blocks.js';
import { localDateText } from './metric-format.js';

// Each metric takes one section; the cap keeps a status message well inside 50 blocks.
export const STATUS_MAX_METRICS = 12;

/** One metric in two lines: latest vs target, then the progress bar, sparkline and verdict. */
export function metricSummary(o: MetricOverview, language: Language): string {
  const m = messages(language).metrics;
  const unit = o.metric.unit ? ` ${o.metric.unit}` : '';
  const latest = o.trend.latest ? `${formatNumber(o.trend.latest.value, language)}${unit}` : m.noValue;
  const target = `${formatNumber(o.metric.target, language)}${unit}`;
  const percent = o.trend.percent === undefined ? '–' : `${Math.round(o.trend.percent)} %`;
  return [
    m.statusLine(o.metric.name, latest, target, localDateText(language, o.metric.targetDate)),
    m.statusTrend(progressBar(o.trend.percent), percent, o.trend.sparkline, m.trendName[o.trend.status]),
  ].join('\n');
}

/** The metrics part of `status`. */
export function metricsStatusSection(overviews: MetricOverview[], language: Language): KnownBlock[] {
  const m = messages(language).metrics;
  if (overviews.length === 0) return [section(m.statusNone)];
  const shown = overviews.slice(0, STATUS_MAX_METRICS);
  const blocks: KnownBlock[] = [section(m.statusHeading)];
  for (const o of shown) blocks.push(section(metricSummary(o, language)));
  if (overviews.length > shown.length) blocks.push(context(m.moreMetrics(overviews.length - shown.length)));
  return blocks;
}
