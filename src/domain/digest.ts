import type { MetricDefinition } from './metric.js';
import type { OwnerLeftItem } from './owner-left.js';
import type { QuietChannel } from './phase-content.js';
import type { MetricReport } from './reporting.js';
import type { Frequency } from './schedule.js';
import type { Language } from './strategy.js';
import type { Trend } from './trend.js';

// What the scheduled messages show, as plain data. The scheduler collects it
// (services/scheduled-content.ts) and the views render it; a section that has no data yet is
// left out rather than shown empty.

export interface DigestPhaseItem {
  /** A key of PHASE_KEYS. */
  phase: string;
  ownerId: string | null;
  /** Local calendar date, YYYY-MM-DD. */
  due: string;
}

export interface DigestMetricItem extends Pick<MetricDefinition, 'name' | 'unit' | 'target' | 'targetDate'> {
  /** Latest value, progress from baseline and on track / behind (domain/trend.ts). */
  trend: Trend;
  /** The change since the value before, the latest comment and confidence, who has not reported. */
  report?: MetricReport;
}

export interface DigestData {
  strategyId: string;
  strategyName: string;
  channelId: string;
  language: Language;
  /** How often the digest goes out, which its title says; weekly unless told. */
  frequency?: Frequency;
  phases?: { done: number; total: number; dueSoon: DigestPhaseItem[]; overdue: DigestPhaseItem[] };
  /**
   * Question keys whose answers are still missing or partial, with the phase closing each;
   * `addressed` when that phase has been finished since the answer last changed.
   */
  readinessGaps?: { question: string; phase: string; addressed: boolean }[];
  metrics?: DigestMetricItem[];
  /** The register's accounts quiet for longer than their posting cadence, each with its owner. */
  quietChannels?: QuietChannel[];
  /** Items whose owner Slack reported deactivated, to reassign. */
  ownerLeft?: OwnerLeftItem[];
}

export interface PhaseDue {
  phase: string;
  ownerId: string | null;
  /** YYYY-MM-DD, local to the strategy. */
  due: string | null;
  done: boolean;
}

export interface OwnerNudge {
  ownerId: string;
  /** The owner's local date the nudge is for (YYYY-MM-DD). */
  date?: string;
  dueSoon: PhaseDue[];
  overdue: PhaseDue[];
}
