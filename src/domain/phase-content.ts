import type { PhaseKey } from './method.js';

// What each phase's work produces, beside its owner, date and status: the strategy itself.
// Free-text fields are kept per phase under fixed keys; the lists with owners of their own
// (goals, register entries, actions) are items.

/** The free-text fields each phase holds, in the order its window and the plan show them. */
export const PHASE_FIELDS = {
  listening: ['sources', 'competitors', 'findings'],
  goals: [],
  content: ['pillars', 'formats', 'tone', 'rhythm'],
  presence: ['participation', 'response_time', 'house_rules', 'responders'],
  channels: [],
  measurement: ['reporting'],
  organisation: ['roles', 'hours_per_week', 'monthly_budget'],
  action_plan: [],
} as const satisfies Record<PhaseKey, readonly string[]>;

export type PhaseFieldKey<P extends PhaseKey = PhaseKey> = (typeof PHASE_FIELDS)[P][number];

/** A phase's free-text fields as entered; a field never entered is absent. */
export type PhaseFields = { [P in PhaseKey]?: Partial<Record<PhaseFieldKey<P>, string>> };

/** One goal of the goals phase, with the metrics that measure it. */
export interface GoalItem {
  id: string;
  text: string;
  metricIds: string[];
}

/** How often an account in the channel register is expected to post. */
export type PostingCadence = 'daily' | 'weekly' | 'biweekly' | 'monthly';

/** The latest activity its owner confirmed for an account. */
export interface ChannelActivity {
  /** The period it concerns, as the check-ins name periods (`2027-W06`, `2027-01`). */
  period: string;
  posted: boolean;
  count?: number;
  confirmedAt: Date;
}

/** One account in the channel register. */
export interface ChannelEntry {
  id: string;
  service: string;
  handle: string;
  audience: string;
  purpose: string;
  cadence: PostingCadence;
  ownerId?: string;
  lastActivity?: ChannelActivity;
}

/** One action of the action plan. */
export interface ActionItem {
  id: string;
  what: string;
  ownerId?: string;
  /** `YYYY-MM-DD` in the strategy's zone. */
  due?: string;
  done: boolean;
}

/** Everything the phases hold beyond their status: what the plan documents. */
export interface PhaseContent {
  fields: PhaseFields;
  goals: GoalItem[];
  channels: ChannelEntry[];
  actions: ActionItem[];
}

export const EMPTY_PHASE_CONTENT: PhaseContent = { fields: {}, goals: [], channels: [], actions: [] };
