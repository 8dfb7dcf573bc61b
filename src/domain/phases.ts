import { addDays } from './dates.js';
import { PHASE_KEYS, type PhaseKey } from './method.js';
import type { Strategy } from './strategy.js';
import { closest, fold } from './text.js';

// The eight phases of the method's stage 2 (docs/method.md): names, dates and links as typed by people, checked here
// so the Slack edge and the services agree on what is valid.

export const PHASE_STATUSES = ['not_started', 'in_progress', 'done', 'blocked'] as const;
export type PhaseStatus = (typeof PHASE_STATUSES)[number];

/**
 * Notes are capped so that status (eight phases in one message) and App Home stay inside Block
 * Kit limits; views show a shorter preview, the phase modal the whole text.
 */
export const NOTES_MAX_LENGTH = 2000;
/** How much of the notes status and App Home show for each phase. */
export const NOTES_PREVIEW_LENGTH = 200;
export const DELIVERABLE_MAX_LENGTH = 500;

export interface Phase {
  strategyId: string;
  teamId: string;
  key: PhaseKey;
  ownerId: string | null;
  /** A local calendar date, YYYY-MM-DD, in the strategy's time zone. */
  dueDate: string | null;
  status: PhaseStatus;
  notes: string | null;
  deliverableUrl: string | null;
  updatedAt: Date | null;
}

export type PhaseFields = Pick<Phase, 'ownerId' | 'dueDate' | 'status' | 'notes' | 'deliverableUrl'>;

export function emptyPhase(strategyId: string, teamId: string, key: PhaseKey): Phase {
  return {
    strategyId,
    teamId,
    key,
    ownerId: null,
    dueDate: null,
    status: 'not_started',
    notes: null,
    deliverableUrl: null,
    updatedAt: null,
  };
}

/** 1-based position of the phase in the method. */
export function phaseNumber(key: PhaseKey): number {
  return PHASE_KEYS.indexOf(key) + 1;
}

export function isPhaseStatus(value: unknown): value is PhaseStatus {
  return typeof value === 'string' && (PHASE_STATUSES as readonly string[]).includes(value);
}

export function isPhaseKey(value: unknown): value is PhaseKey {
  return typeof value === 'string' && (PHASE_KEYS as readonly string[]).includes(value);
}

/** The names a phase answers to besides its key and number, e.g. its English and Finnish names. */
export type PhaseNames = Readonly<Record<PhaseKey, readonly string[]>>;

export type PhaseLookup =
  | { kind: 'found'; key: PhaseKey }
  | { kind: 'unknown'; suggestion: PhaseKey | undefined };

/** A phase named by key, by any of its names (case and diacritics ignored) or by its number 1–8. */
export function resolvePhase(input: string, names: PhaseNames): PhaseLookup {
  const word = fold(input).replace(/\s+/g, ' ');
  if (/^[1-8]$/.test(word)) return { kind: 'found', key: PHASE_KEYS[Number(word) - 1]! };
  const candidates: Array<[string, PhaseKey]> = [];
  for (const key of PHASE_KEYS) {
    candidates.push([key, key], [key.replace(/_/g, ' '), key]);
    for (const name of names[key]) candidates.push([fold(name), key]);
  }
  const exact = candidates.find(([text]) => text === word || text === word.replace(/ /g, '_'));
  if (exact) return { kind: 'found', key: exact[1] };
  const near = closest(
    word,
    candidates.map(([text]) => text),
  );
  return { kind: 'unknown', suggestion: candidates.find(([text]) => text === near)?.[1] };
}

/** An unfinished phase due between today and this many days from today shows as due soon. */
export const DUE_SOON_DAYS = 7;

export type PhaseTiming = 'overdue' | 'due_soon' | 'later' | 'none';

/** Whether an unfinished phase is overdue or due within a week, given today's local date. */
export function phaseTiming(phase: Pick<Phase, 'dueDate' | 'status'>, today: string): PhaseTiming {
  if (!phase.dueDate || phase.status === 'done') return 'none';
  if (phase.dueDate < today) return 'overdue';
  if (phase.dueDate <= addDays(today, DUE_SOON_DAYS)) return 'due_soon';
  return 'later';
}

/** An http(s) link with a host; the trimmed link, or undefined when it is not one. */
export function parseDeliverableUrl(text: string): string | undefined {
  const trimmed = text.trim();
  if (trimmed.length > DELIVERABLE_MAX_LENGTH || /\s/.test(trimmed)) return undefined;
  try {
    const url = new URL(trimmed);
    if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !url.hostname) return undefined;
    return trimmed;
  } catch {
    return undefined;
  }
}

/** The fields that differ between two versions of a phase, for the audit trail and notices. */
export function changedFields(before: PhaseFields, after: PhaseFields): Array<keyof PhaseFields> {
  return (['ownerId', 'dueDate', 'status', 'notes', 'deliverableUrl'] as const).filter(
    (f) => before[f] !== after[f],
  );
}

/** A phase someone owns, with its strategy and today's date in the strategy's time zone. */
export interface OwnedPhase {
  phase: Phase;
  strategy: Strategy;
  today: string;
}
