import { localDate } from './dates.js';
import type { PhaseKey } from './method.js';
import { type Cadence, firstDayOf, lastDayOf, periodOf, previousPeriod } from './periods.js';
import { type PhaseTiming, phaseTiming } from './phases.js';

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

/**
 * The latest activity its owner confirmed for an account: the latest period with a post when
 * there is one, otherwise the latest period confirmed without a post.
 */
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

// ---- limits ----------------------------------------------------------------------------------
// Each text is cut to what one Block Kit section can show with its label, and each list to what
// the phase window can show in its 100 blocks beside the phase's own inputs (one block per item).

/** The longest text of each free-text field; the short ones are figures, not prose. */
export function fieldMaxLength(field: string): number {
  return field === 'hours_per_week' || field === 'monthly_budget' || field === 'response_time' ? 200 : 1500;
}

export const GOAL_TEXT_MAX = 300;
export const ACTION_WHAT_MAX = 300;
export const CHANNEL_TEXT_MAX = { service: 60, handle: 200, audience: 300, purpose: 300 } as const;
export const MAX_GOALS = 25;
export const MAX_CHANNELS = 25;
export const MAX_ACTIONS = 40;
/** More posts than this in one period is a typing slip, not a channel. */
export const POST_COUNT_MAX = 10_000;

/** The phases whose window holds a list of items rather than (or beside) free-text fields. */
export const ITEM_KINDS = ['goal', 'channel', 'action'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

export const ITEM_PHASE: Record<ItemKind, PhaseKey> = {
  goal: 'goals',
  channel: 'channels',
  action: 'action_plan',
};

/** A register entry as people name it: the service and the account. */
export function channelName(c: { service: string; handle: string }): string {
  return [c.service, c.handle].filter((p) => p !== '').join(' ');
}

export function isItemKind(value: unknown): value is ItemKind {
  return typeof value === 'string' && (ITEM_KINDS as readonly string[]).includes(value);
}

export const POSTING_CADENCES = [
  'daily',
  'weekly',
  'biweekly',
  'monthly',
] as const satisfies readonly PostingCadence[];

export function isPostingCadence(value: unknown): value is PostingCadence {
  return typeof value === 'string' && (POSTING_CADENCES as readonly string[]).includes(value);
}

export function isPhaseField(phase: PhaseKey, field: string): boolean {
  return (PHASE_FIELDS[phase] as readonly string[]).includes(field);
}

// ---- channel activity ------------------------------------------------------------------------

/**
 * The period an owner confirms activity for: the check-in's week, or the month for an account
 * that posts monthly (a week without a monthly post says nothing).
 */
export function activityPeriod(cadence: PostingCadence, at: Date, timeZone: string): string {
  return periodOf(at, timeZone, cadence === 'monthly' ? 'monthly' : 'weekly');
}

/**
 * How long an account may go without a confirmed post before the digest calls it quiet. Activity
 * is confirmed once per check-in (weekly), so a daily account is judged by whole weeks too: a
 * week with no post at all is a daily account gone quiet, whatever the count.
 */
const QUIET_WINDOW: Record<PostingCadence, { cadence: Cadence; periods: number }> = {
  daily: { cadence: 'weekly', periods: 1 },
  weekly: { cadence: 'weekly', periods: 1 },
  biweekly: { cadence: 'weekly', periods: 2 },
  monthly: { cadence: 'monthly', periods: 1 },
};

export interface QuietInput {
  cadence: PostingCadence;
  /** When the account entered the register: an account newer than its window is not judged yet. */
  createdAt: Date;
  /** The periods its owner confirmed a post for. */
  postedPeriods: readonly string[];
}

/**
 * Whether an account has gone quiet for longer than its cadence allows: no post confirmed in the
 * current period nor in the previous one(s) its cadence allows (a daily or weekly account the
 * current or last week, a biweekly one the current or two previous weeks, a monthly one the
 * current or last month). Periods are compared by their days, so confirmations made under an
 * earlier cadence still count.
 */
export function isQuiet(input: QuietInput, now: Date, timeZone: string): boolean {
  const window = QUIET_WINDOW[input.cadence];
  let oldest = periodOf(now, timeZone, window.cadence);
  for (let i = 0; i < window.periods; i++) oldest = previousPeriod(oldest);
  const from = firstDayOf(oldest);
  if (localDate(input.createdAt, timeZone) >= from) return false;
  return !input.postedPeriods.some((p) => lastDayOf(p) >= from);
}

/** An account the digest names as quiet, with its owner. */
export interface QuietChannel {
  service: string;
  handle: string;
  cadence: PostingCadence;
  ownerId?: string;
  /** The latest period with a confirmed post; absent when none was ever confirmed. */
  lastPosted?: string;
}

/** The latest period with a confirmed post, if any. */
export function lastPostedPeriod(postedPeriods: readonly string[]): string | undefined {
  return [...postedPeriods].sort((a, b) => lastDayOf(a).localeCompare(lastDayOf(b))).at(-1);
}

// ---- actions ---------------------------------------------------------------------------------

/** Whether an open action is overdue or due within a week, as phases are (phaseTiming). */
export function actionTiming(action: Pick<ActionItem, 'due' | 'done'>, today: string): PhaseTiming {
  return phaseTiming({ dueDate: action.due ?? null, status: action.done ? 'done' : 'not_started' }, today);
}
