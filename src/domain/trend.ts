import { daysBetween } from './dates.js';
import type { CheckinSourceMark, Direction } from './metric.js';
import { lastDayOf, periodsEndingWith } from './periods.js';

export const SPARK_BARS = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'] as const;
/** Shown in the sparkline for a period nobody reported. */
export const SPARK_GAP = '·';
export const SPARK_PERIODS = 8;

/** `moving_away`: the latest value is further from the target than the baseline was. */
export type TrendStatus = 'no_data' | 'reached' | 'on_track' | 'behind' | 'moving_away';

export interface TrendInput {
  baseline: number;
  target: number;
  direction: Direction;
  /** The local date the metric started from (its creation), YYYY-MM-DD. */
  startDate: string;
  targetDate: string;
  /** Reported values, any order; where each came from, when known. */
  checkins: { period: string; value: number; source?: CheckinSourceMark }[];
}

export interface Trend {
  status: TrendStatus;
  /** The latest value; `source` only when it came by another route than the check-in window. */
  latest: { period: string; value: number; source?: CheckinSourceMark } | undefined;
  /**
   * How far from baseline to target the latest value is: 0 at the baseline, 100 at the target,
   * below 0 when it has moved away from the target, over 100 past it; undefined without data.
   */
  percent: number | undefined;
  /** Where the straight line from baseline to target stands on the latest value's period. */
  expected: number | undefined;
  sparkline: string;
}

/** The straight line from baseline (on the start date) to target (on the target date), at `date`. */
export function targetPathAt(input: Omit<TrendInput, 'checkins'>, date: string): number {
  const span = daysBetween(input.startDate, input.targetDate);
  if (span <= 0) return input.target;
  const share = Math.min(1, Math.max(0, daysBetween(input.startDate, date) / span));
  return input.baseline + (input.target - input.baseline) * share;
}

/** Whether `value` is at least as good as `than`, for this direction. */
function atLeastAsGood(direction: Direction, value: number, than: number): boolean {
  return direction === 'up' ? value >= than : value <= than;
}

export function sparkline(values: (number | undefined)[]): string {
  const known = values.filter((v): v is number => v !== undefined);
  if (known.length === 0) return '';
  const min = Math.min(...known);
  const max = Math.max(...known);
  return values
    .map((v) => {
      if (v === undefined) return SPARK_GAP;
      if (max === min) return SPARK_BARS[3];
      return SPARK_BARS[Math.round(((v - min) / (max - min)) * (SPARK_BARS.length - 1))];
    })
    .join('');
}

export function computeTrend(input: TrendInput): Trend {
  const sorted = [...input.checkins].sort((a, b) => a.period.localeCompare(b.period));
  const latest = sorted.at(-1);
  if (!latest)
    return { status: 'no_data', latest: undefined, percent: undefined, expected: undefined, sparkline: '' };
  const byPeriod = new Map(sorted.map((c) => [c.period, c.value]));
  const spark = sparkline(periodsEndingWith(latest.period, SPARK_PERIODS).map((p) => byPeriod.get(p)));
  const distance = input.target - input.baseline;
  const percent = distance === 0 ? 100 : ((latest.value - input.baseline) / distance) * 100;
  const expected = targetPathAt(input, lastDayOf(latest.period));
  const status: TrendStatus = atLeastAsGood(input.direction, latest.value, input.target)
    ? 'reached'
    : atLeastAsGood(input.direction, latest.value, expected)
      ? 'on_track'
      : percent < 0
        ? 'moving_away'
        : 'behind';
  return {
    status,
    latest: {
      period: latest.period,
      value: latest.value,
      ...(latest.source && latest.source.kind !== 'modal' ? { source: latest.source } : {}),
    },
    percent,
    expected,
    sparkline: spark,
  };
}

/** Marks a bar whose value lies before its start (moved away from the target) or past its end. */
export const BAR_BEFORE = '◂';
export const BAR_PAST = '▸';

/**
 * A text progress bar for Block Kit, e.g. `▰▰▰▱▱▱▱▱▱▱`. A value moved away from the target gets
 * an empty bar with a mark before it (`◂▱▱▱▱▱▱▱▱▱▱`), one past the target a full bar with a mark
 * after it (`▰▰▰▰▰▰▰▰▰▰▸`): the bar stays one width, and the percentage beside it says how far.
 */
export function progressBar(percent: number | undefined, width = 10): string {
  const p = percent ?? 0;
  const filled = Math.min(width, Math.max(0, Math.round((p / 100) * width)));
  const bar = '▰'.repeat(filled) + '▱'.repeat(width - filled);
  if (p < 0) return `${BAR_BEFORE}${bar}`;
  if (p > 100) return `${bar}${BAR_PAST}`;
  return bar;
}
