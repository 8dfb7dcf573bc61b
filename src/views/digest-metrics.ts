import type { DigestMetricItem } from '../domain/digest.js';
import type { Confidence } from '../domain/metric.js';
import { formatNumber } from '../domain/numbers.js';
import type { Language } from '../domain/strategy.js';
import { messages } from '../i18n/index.js';
import { escapeMrkdwn } from './escape.js';
import { metricSummary } from './metrics-status.js';
import { formatPeriod } from './periods.js';

const CONFIDENCE_MARKS: Record<Confidence, string> = {
  on_track: ':large_green_circle:',
  at_risk: ':large_yellow_circle:',
  off_track: ':red_circle:',
};

/** A change as a signed number with the metric's unit: `+340 subs`, `−850` (a true minus sign). */
export function signedChange(delta: number, unit: string, language: Language): string {
  const sign = delta > 0 ? '+' : delta < 0 ? '−' : '';
  return `${sign}${formatNumber(Math.abs(delta), language)}${unit ? ` ${escapeMrkdwn(unit)}` : ''}`;
}

/**
 * One metric in the digest: its trend (as in status), then the change since the value before,
 * the latest comment and confidence, and who has not reported the period asked for last.
 */
export function digestMetric(item: DigestMetricItem, language: Language): string {
  const c = messages(language).checkins;
  const lines = [metricSummary(item, item.trend, language)];
  const { change, latest, missing } = item.report ?? {};
  if (change) {
    const since = formatPeriod(language, change.since);
    lines.push(
      change.delta === 0
        ? c.noChange(since)
        : c.change(since, signedChange(change.delta, item.unit, language), change.towards),
    );
  }
  if (latest && (latest.confidence || latest.comment)) {
    const parts: string[] = [];
    if (latest.confidence)
      parts.push(`${CONFIDENCE_MARKS[latest.confidence]} ${c.confidenceName[latest.confidence]}`);
    // A comment that came with line breaks (from outside the modal) stays on its line here.
    if (latest.comment) parts.push(c.quoted(escapeMrkdwn(latest.comment.replace(/\s+/g, ' ').trim())));
    lines.push(parts.join(' · '));
  }
  if (missing)
    lines.push(
      `:hourglass_flowing_sand: ${c.notReported(formatPeriod(language, missing.period), missing.ownerId)}`,
    );
  return lines.join('\n');
}
