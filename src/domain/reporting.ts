import type { Checkin, Confidence } from './metric.js';
import { type Cadence, lastDayOf, periodOf, previousPeriod } from './periods.js';

// When a metric's value is asked for, and what the team is told about the values it gets.
//
// Each metric is asked for on its own cadence: its value for a period is asked for at the last
// check-in prompt within that period, so a weekly metric at every weekly prompt and a monthly one
// at the month's last prompt, whatever the prompt's own cadence. A value is for the period it is
// reported in, so a period is reported while it lasts; once a later period has begun, the one
// asked for last is the one still owed.

/**
 * The period whose value is asked for at `at`: the current one once the last prompt within it has
 * come (the next prompt falls in a later period), otherwise the one before. Without a prompt
 * (switched off) a period is owed once it is over.
 */
export function askedPeriod(
  cadence: Cadence,
  at: Date,
  timeZone: string,
  nextPromptAt: Date | undefined,
): string {
  const current = periodOf(at, timeZone, cadence);
  if (nextPromptAt && periodOf(nextPromptAt, timeZone, cadence) !== current) return current;
  return previousPeriod(current);
}

/** A metric whose value for its current period is asked for now and not reported yet. */
export interface DueCheckin {
  metricId: string;
  name: string;
  ownerId: string;
  period: string;
}

export interface DueInput {
  metric: { id: string; name: string; ownerId: string; cadence: Cadence };
  /** The periods this metric has a value for. */
  reported: ReadonlySet<string>;
}

/** The metrics a check-in prompt at `at` asks for: their current period is asked for and still empty. */
export function dueCheckins(
  metrics: DueInput[],
  at: Date,
  timeZone: string,
  nextPromptAt: Date | undefined,
): DueCheckin[] {
  const due: DueCheckin[] = [];
  for (const { metric, reported } of metrics) {
    const period = periodOf(at, timeZone, metric.cadence);
    if (askedPeriod(metric.cadence, at, timeZone, nextPromptAt) !== period || reported.has(period)) continue;
    due.push({ metricId: metric.id, name: metric.name, ownerId: metric.ownerId, period });
  }
  return due;
}

/** What the digest tells of one metric beyond its trend. */
export interface MetricReport {
  /** The latest value and what its reporter added to it. */
  latest?: { period: string; value: number; comment: string | null; confidence: Confidence | null };
  /** How the latest value differs from the one reported before it, and whether towards the target. */
  change?: { since: string; delta: number; towards: boolean };
  /** The period asked for last, when it has no value yet: its owner has not reported. */
  missing?: { period: string; ownerId: string };
}

export interface ReportInput {
  metric: { ownerId: string; baseline: number; target: number };
  checkins: Pick<Checkin, 'period' | 'value' | 'comment' | 'confidence'>[];
  /** The local date the metric was added: a period over before it is owed nothing. */
  createdOn: string;
  /** The period asked for last (askedPeriod). */
  asked: string;
}

export function metricReport(input: ReportInput): MetricReport {
  const { metric, asked } = input;
  const sorted = [...input.checkins].sort((a, b) => a.period.localeCompare(b.period));
  const latest = sorted.at(-1);
  const before = sorted.at(-2);
  const report: MetricReport = {};
  if (latest) {
    const { period, value, comment, confidence } = latest;
    report.latest = { period, value, comment, confidence };
  }
  if (latest && before) {
    const delta = latest.value - before.value;
    report.change = { since: before.period, delta, towards: delta * (metric.target - metric.baseline) > 0 };
  }
  const owed = lastDayOf(asked) >= input.createdOn;
  if (owed && !sorted.some((c) => c.period === asked))
    report.missing = { period: asked, ownerId: metric.ownerId };
  return report;
}
