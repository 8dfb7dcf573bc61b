import { Resvg } from '@resvg/resvg-js';
import { daysBetween, formatLocalDate } from '../domain/dates.js';
import type { Checkin, Metric } from '../domain/metric.js';
import { formatNumber, formatPercent } from '../domain/numbers.js';
import { lastDayOf } from '../domain/periods.js';
import type { Language } from '../domain/strategy.js';
import { computeTrend } from '../domain/trend.js';
import { messages } from '../i18n/index.js';
import { sourceMark } from './metrics-status.js';
import { formatPeriod } from './periods.js';

// A metric's history against its target path, drawn as SVG and rasterised to PNG by resvg (a
// Rust renderer shipped as prebuilt npm packages: no system libraries, nothing fetched at run
// time). Labels use whatever fonts the machine has; without any, the lines still render.

export interface ChartInput {
  metric: Metric;
  checkins: Checkin[];
  /** The local date the target path starts from (the metric's creation), YYYY-MM-DD. */
  startDate: string;
  language: Language;
}

const WIDTH = 800;
const HEIGHT = 420;
const PAD = { left: 80, right: 30, top: 60, bottom: 60 };
const COLOURS = { history: '#1264a3', path: '#e01e5a', grid: '#dddddd', text: '#1d1c1d', muted: '#616061' };

function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * Where the latest value stands, in words: its period and how far along from baseline to target
 * (below 0 % when it has moved away from the target, over 100 % past it). Empty without values.
 */
export function chartProgress(input: ChartInput): string {
  const { metric, language } = input;
  const trend = computeTrend({
    baseline: metric.baseline,
    target: metric.target,
    direction: metric.direction,
    startDate: input.startDate,
    targetDate: metric.targetDate,
    checkins: input.checkins,
  });
  if (!trend.latest || trend.percent === undefined) return '';
  const unit = metric.unit ? ` ${metric.unit}` : '';
  const progress = messages(language).metrics.chartProgress(
    `${formatNumber(trend.latest.value, language)}${unit}`,
    formatPeriod(language, trend.latest.period),
    formatPercent(trend.percent, language),
  );
  // Plain text here: whoever shows it escapes it for where it goes.
  const source = sourceMark(trend.latest.source, language, (text) => text);
  return source ? `${progress} · ${source}` : progress;
}

export function metricChartSvg(input: ChartInput): string {
  const { metric, language } = input;
  const m = messages(language).metrics;
  const points = [...input.checkins]
    .sort((a, b) => a.period.localeCompare(b.period))
    .map((c) => ({ date: lastDayOf(c.period), value: c.value }));
  const dates = [input.startDate, metric.targetDate, ...points.map((p) => p.date)].sort();
  const first = dates[0]!;
  const last = dates.at(-1)!;
  const span = Math.max(1, daysBetween(first, last));
  const values = [metric.baseline, metric.target, ...points.map((p) => p.value)];
  let low = Math.min(...values);
  let high = Math.max(...values);
  const margin = (high - low || Math.abs(high) || 1) * 0.1;
  low -= margin;
  high += margin;
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const x = (date: string) => PAD.left + (daysBetween(first, date) / span) * plotW;
  const y = (value: number) => PAD.top + (1 - (value - low) / (high - low)) * plotH;
  const f = (n: number) => n.toFixed(1);

  const grid: string[] = [];
  for (let i = 0; i <= 4; i++) {
    const v = low + ((high - low) * i) / 4;
    grid.push(
      `<line x1="${PAD.left}" x2="${WIDTH - PAD.right}" y1="${f(y(v))}" y2="${f(y(v))}" stroke="${COLOURS.grid}"/>`,
      `<text x="${PAD.left - 8}" y="${f(y(v) + 4)}" font-size="12" text-anchor="end" fill="${COLOURS.muted}">${escapeXml(formatNumber(v, language))}</text>`,
    );
  }
  const path = `<line x1="${f(x(input.startDate))}" y1="${f(y(metric.baseline))}" x2="${f(x(metric.targetDate))}" y2="${f(y(metric.target))}" stroke="${COLOURS.path}" stroke-width="2" stroke-dasharray="8 6"/>`;
  const target = `<circle cx="${f(x(metric.targetDate))}" cy="${f(y(metric.target))}" r="6" fill="none" stroke="${COLOURS.path}" stroke-width="2"/>`;
  const history =
    points.length > 1
      ? `<polyline points="${points.map((p) => `${f(x(p.date))},${f(y(p.value))}`).join(' ')}" fill="none" stroke="${COLOURS.history}" stroke-width="3" stroke-linejoin="round"/>`
      : '';
  const dots = points
    .map((p) => `<circle cx="${f(x(p.date))}" cy="${f(y(p.value))}" r="4" fill="${COLOURS.history}"/>`)
    .join('');
  const unit = metric.unit ? ` (${metric.unit})` : '';
  const title = `${metric.name}${unit}`;
  const progress = chartProgress(input);
  const legend = `${m.chartLegendHistory} — ${m.chartLegendPath}: ${formatNumber(metric.baseline, language)} → ${formatNumber(metric.target, language)}`;
  const axis = [
    `<text x="${PAD.left}" y="${HEIGHT - PAD.bottom + 22}" font-size="12" fill="${COLOURS.muted}">${formatLocalDate(language, first)}</text>`,
    `<text x="${WIDTH - PAD.right}" y="${HEIGHT - PAD.bottom + 22}" font-size="12" text-anchor="end" fill="${COLOURS.muted}">${formatLocalDate(language, last)}</text>`,
  ];
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif">`,
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="#ffffff"/>`,
    `<text x="${PAD.left}" y="30" font-size="20" font-weight="bold" fill="${COLOURS.text}">${escapeXml(title)}</text>`,
    progress
      ? `<text x="${PAD.left}" y="50" font-size="13" fill="${COLOURS.muted}">${escapeXml(progress)}</text>`
      : '',
    `<text x="${PAD.left}" y="${HEIGHT - 18}" font-size="13" fill="${COLOURS.muted}">${escapeXml(legend)}</text>`,
    ...grid,
    ...axis,
    path,
    target,
    history,
    dots,
    '</svg>',
  ].join('');
}

export function renderPng(svg: string): Buffer {
  return Buffer.from(new Resvg(svg, { font: { loadSystemFonts: true } }).render().asPng());
}

export function metricChartPng(input: ChartInput): Buffer {
  return renderPng(metricChartSvg(input));
}
