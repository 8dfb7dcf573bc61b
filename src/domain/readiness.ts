import {
  PHASE_KEYS,
  type PhaseKey,
  PITCH_MAX_LENGTH,
  QUESTION_FEEDS_PHASE,
  QUESTION_KEYS,
  type QuestionKey,
} from './method.js';

// Stage 1 of the method (docs/method.md): ten answers, each rated by how settled it is, turned into a
// realistic readiness picture. The bot is allowed to say "not ready yet" and name why.

export const RATINGS = ['clear', 'partial', 'missing'] as const;
export type Rating = (typeof RATINGS)[number];

export interface Answer {
  text: string;
  rating: Rating;
  /** Only for `ownership`: the Slack user picked as the one responsible. */
  owner?: string | null;
}

export type Answers = Record<QuestionKey, Answer>;

/** The questions in the order the modal asks them, a few per step. */
export const ASSESSMENT_STEPS: readonly (readonly QuestionKey[])[] = [
  ['why', 'goals', 'pitch'],
  ['audience', 'whereabouts'],
  ['costs', 'content_strategy', 'ownership'],
  ['risks', 'measurement'],
];

/**
 * Scoring: a clear answer is worth 2 points, a partial one 1, a missing one 0 (20 at most).
 * Verdict, first rule that applies:
 * - `not_ready` when `why` is missing ("why comes before what and how"), or the score is
 *   below half of the maximum (NOT_READY_BELOW);
 * - `groundwork_needed` when any answer is missing, or PARTIALS_FOR_GROUNDWORK or more are partial;
 * - `ready` otherwise: everything clear, or at most two answers partial.
 */
export const POINTS: Record<Rating, number> = { clear: 2, partial: 1, missing: 0 };
export const MAX_SCORE = QUESTION_KEYS.length * POINTS.clear;
export const NOT_READY_BELOW = MAX_SCORE / 2;
export const PARTIALS_FOR_GROUNDWORK = 3;

export type Verdict = 'ready' | 'groundwork_needed' | 'not_ready';

export type Reason =
  | { code: 'why_missing' }
  | { code: 'low_score'; score: number; threshold: number }
  | { code: 'missing_answers'; questions: QuestionKey[] }
  | { code: 'many_partials'; questions: QuestionKey[] }
  | { code: 'all_clear' }
  | { code: 'few_partials'; questions: QuestionKey[] };

export interface Gap {
  question: QuestionKey;
  rating: Exclude<Rating, 'clear'>;
  /** The phase whose work closes this gap (QUESTION_FEEDS_PHASE). */
  phase: PhaseKey;
}

export interface Readiness {
  score: number;
  maxScore: number;
  verdict: Verdict;
  reasons: Reason[];
  /** Missing answers first, then partial ones, each in question order. */
  gaps: Gap[];
}

/** An unanswered question counts as missing. */
export function ratingOf(answers: Partial<Answers>, key: QuestionKey): Rating {
  return answers[key]?.rating ?? 'missing';
}

export function computeReadiness(answers: Partial<Answers>): Readiness {
  const missing = QUESTION_KEYS.filter((k) => ratingOf(answers, k) === 'missing');
  const partial = QUESTION_KEYS.filter((k) => ratingOf(answers, k) === 'partial');
  const score = QUESTION_KEYS.reduce((sum, k) => sum + POINTS[ratingOf(answers, k)], 0);

  const reasons: Reason[] = [];
  if (missing.includes('why')) reasons.push({ code: 'why_missing' });
  if (score < NOT_READY_BELOW) reasons.push({ code: 'low_score', score, threshold: NOT_READY_BELOW });
  let verdict: Verdict;
  if (reasons.length > 0) {
    verdict = 'not_ready';
    if (missing.length > 0 && !(missing.length === 1 && missing[0] === 'why'))
      reasons.push({ code: 'missing_answers', questions: missing.filter((k) => k !== 'why') });
  } else if (missing.length > 0 || partial.length >= PARTIALS_FOR_GROUNDWORK) {
    verdict = 'groundwork_needed';
    if (missing.length > 0) reasons.push({ code: 'missing_answers', questions: missing });
    if (partial.length >= PARTIALS_FOR_GROUNDWORK)
      reasons.push({ code: 'many_partials', questions: partial });
  } else {
    verdict = 'ready';
    reasons.push(partial.length === 0 ? { code: 'all_clear' } : { code: 'few_partials', questions: partial });
  }

  const gaps: Gap[] = [
    ...missing.map((question) => ({
      question,
      rating: 'missing' as const,
      phase: QUESTION_FEEDS_PHASE[question],
    })),
    ...partial.map((question) => ({
      question,
      rating: 'partial' as const,
      phase: QUESTION_FEEDS_PHASE[question],
    })),
  ];
  return { score, maxScore: MAX_SCORE, verdict, reasons, gaps };
}

/** The gaps grouped by the phase that closes them, in the phases' own order. */
export function gapsByPhase(gaps: readonly Gap[]): { phase: PhaseKey; gaps: Gap[] }[] {
  return PHASE_KEYS.map((phase) => ({ phase, gaps: gaps.filter((g) => g.phase === phase) })).filter(
    (g) => g.gaps.length > 0,
  );
}

export type AnswerProblem =
  | { question: QuestionKey; problem: 'pitch_too_long'; length: number; max: number }
  | { question: QuestionKey; problem: 'empty_clear' };

/** What the modal must refuse among the given questions' answers. */
export function validateAnswers(answers: Partial<Answers>, keys: readonly QuestionKey[]): AnswerProblem[] {
  const problems: AnswerProblem[] = [];
  for (const question of keys) {
    const answer = answers[question];
    if (!answer) continue;
    const text = answer.text.trim();
    // Counted in code points, as a person counts characters (an emoji is one).
    const length = [...text].length;
    if (question === 'pitch' && length > PITCH_MAX_LENGTH)
      problems.push({ question, problem: 'pitch_too_long', length, max: PITCH_MAX_LENGTH });
    // A picked owner is an answer to `ownership` even without words.
    const answered = text.length > 0 || (question === 'ownership' && Boolean(answer.owner));
    if (answer.rating === 'clear' && !answered) problems.push({ question, problem: 'empty_clear' });
  }
  return problems;
}

/** The step (0-based) that asks a question. */
export function stepOf(question: QuestionKey): number {
  return ASSESSMENT_STEPS.findIndex((keys) => keys.includes(question));
}

/** Reads stored answers back, keeping only well-formed ones (the JSON may predate a change). */
export function parseAnswers(value: unknown): Partial<Answers> {
  const out: Partial<Answers> = {};
  if (!value || typeof value !== 'object') return out;
  for (const key of QUESTION_KEYS) {
    const raw = (value as Record<string, unknown>)[key];
    if (!raw || typeof raw !== 'object') continue;
    const { text, rating, owner } = raw as Record<string, unknown>;
    if (typeof text !== 'string' || !RATINGS.includes(rating as Rating)) continue;
    out[key] = { text, rating: rating as Rating, ...(typeof owner === 'string' && owner ? { owner } : {}) };
  }
  return out;
}

/** The current readiness picture with who saved the revision it comes from, and when. */
export interface ReadinessSummary {
  readiness: Readiness;
  revision: number;
  updatedBy: string;
  updatedAt: Date;
}
