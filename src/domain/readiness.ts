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

/**
 * The questions in the order the modal asks them, a few per step. The last step asks none of the
 * ten: it holds the three judgements (JUDGEMENT_STEP), made once every answer is in.
 */
export const ASSESSMENT_STEPS: readonly (readonly QuestionKey[])[] = [
  ['why', 'goals', 'pitch'],
  ['audience', 'whereabouts'],
  ['costs', 'content_strategy', 'ownership'],
  ['risks', 'measurement'],
  [],
];
export const JUDGEMENT_STEP = ASSESSMENT_STEPS.length - 1;

/**
 * The judgements the method calls for besides how settled each answer is: a realistic picture of
 * whether the audience can be reached at all, whether the resources the costs answer names are
 * really there, and whether someone really takes ownership.
 */
export const JUDGEMENT_KEYS = ['reach', 'resources', 'commitment'] as const;
export type JudgementKey = (typeof JUDGEMENT_KEYS)[number];
export const JUDGEMENT_VALUES = ['yes', 'partly', 'no'] as const;
export type JudgementValue = (typeof JUDGEMENT_VALUES)[number];
/** A judgement not made yet is absent. */
export type Judgements = Partial<Record<JudgementKey, JudgementValue>>;

/** The answer each judgement rests on, shown beside it. */
export const JUDGEMENT_RESTS_ON: Record<JudgementKey, QuestionKey> = {
  reach: 'whereabouts',
  resources: 'costs',
  commitment: 'ownership',
};

export function isJudgementValue(value: unknown): value is JudgementValue {
  return typeof value === 'string' && (JUDGEMENT_VALUES as readonly string[]).includes(value);
}

/** Reads stored judgements back, keeping only well-formed ones. */
export function parseJudgements(value: unknown): Judgements {
  const out: Judgements = {};
  if (!value || typeof value !== 'object') return out;
  for (const key of JUDGEMENT_KEYS) {
    const raw = (value as Record<string, unknown>)[key];
    if (isJudgementValue(raw)) out[key] = raw;
  }
  return out;
}

/**
 * Scoring: a clear answer is worth 2 points, a partial one 1, a missing one 0 (20 at most). The
 * judgements add no points: they decide whether the effort makes sense at all.
 */
export const POINTS: Record<Rating, number> = { clear: 2, partial: 1, missing: 0 };
export const MAX_SCORE = QUESTION_KEYS.length * POINTS.clear;
export const NOT_READY_BELOW = MAX_SCORE / 2;
export const PARTIALS_FOR_GROUNDWORK = 3;

/**
 * `not_now`: going by the team's own judgements, social media does not serve the goal at the
 * moment (the audience cannot be reached there, or the time and money are not there). It is a
 * valid outcome of the analysis, not a failure.
 */
export type Verdict = 'ready' | 'groundwork_needed' | 'not_ready' | 'not_now';
export const VERDICTS: readonly Verdict[] = ['ready', 'groundwork_needed', 'not_ready', 'not_now'];

export type Reason =
  | { code: 'why_missing' }
  | { code: 'reach_no' }
  | { code: 'resources_no' }
  | { code: 'low_score'; score: number; threshold: number }
  | { code: 'commitment_no' }
  | { code: 'missing_answers'; questions: QuestionKey[] }
  | { code: 'many_partials'; questions: QuestionKey[] }
  | { code: 'reach_partly' }
  | { code: 'resources_partly' }
  | { code: 'commitment_partly' }
  | { code: 'judgements_missing' }
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

/** What the verdict rules look at: the ratings counted, the score and the three judgements. */
export interface ReadinessFacts {
  missing: QuestionKey[];
  partial: QuestionKey[];
  score: number;
  judgements: Judgements;
}

export function readinessFacts(answers: Partial<Answers>, judgements: Judgements = {}): ReadinessFacts {
  return {
    missing: QUESTION_KEYS.filter((k) => ratingOf(answers, k) === 'missing'),
    partial: QUESTION_KEYS.filter((k) => ratingOf(answers, k) === 'partial'),
    score: QUESTION_KEYS.reduce((sum, k) => sum + POINTS[ratingOf(answers, k)], 0),
    judgements,
  };
}

/** One verdict rule: the verdict it gives, and its reasons (none: it does not apply). */
export interface VerdictRule {
  verdict: Exclude<Verdict, 'ready'>;
  reasons(facts: ReadinessFacts): Reason[];
}

/** "Why" comes before "what" and "how": without it there is no goal to serve or fail to serve. */
export const whyFirst: VerdictRule = {
  verdict: 'not_ready',
  reasons: (f) => (f.missing.includes('why') ? [{ code: 'why_missing' }] : []),
};

/** The team judges that its audience is not on social media, or that the resources are not there. */
export const doesNotServeNow: VerdictRule = {
  verdict: 'not_now',
  reasons: (f) => [
    ...(f.judgements.reach === 'no' ? [{ code: 'reach_no' } as const] : []),
    ...(f.judgements.resources === 'no' ? [{ code: 'resources_no' } as const] : []),
  ],
};

/** Less than half of the points: too much is open to build on. */
export const tooLittleSettled: VerdictRule = {
  verdict: 'not_ready',
  reasons: (f) =>
    f.score < NOT_READY_BELOW ? [{ code: 'low_score', score: f.score, threshold: NOT_READY_BELOW }] : [],
};

/** Nobody takes ownership: an account no one looks after does more harm than none. */
export const nobodyOwnsIt: VerdictRule = {
  verdict: 'not_ready',
  reasons: (f) => (f.judgements.commitment === 'no' ? [{ code: 'commitment_no' }] : []),
};

/** Work left before starting: answers missing, several half settled, a judgement hesitant or not made. */
export const groundworkLeft: VerdictRule = {
  verdict: 'groundwork_needed',
  reasons: (f) => {
    const j = f.judgements;
    const reasons: Reason[] = [];
    if (f.missing.length > 0) reasons.push({ code: 'missing_answers', questions: f.missing });
    if (f.partial.length >= PARTIALS_FOR_GROUNDWORK)
      reasons.push({ code: 'many_partials', questions: f.partial });
    if (j.reach === 'partly') reasons.push({ code: 'reach_partly' });
    if (j.resources === 'partly') reasons.push({ code: 'resources_partly' });
    if (j.commitment === 'partly') reasons.push({ code: 'commitment_partly' });
    if (JUDGEMENT_KEYS.some((k) => j[k] === undefined)) reasons.push({ code: 'judgements_missing' });
    return reasons;
  },
};

/**
 * The verdict is the first rule that applies, in this order; `ready` when none does. A verdict
 * that stops the work (`not_ready`, `not_now`) names every stopping reason that applies, and the
 * missing answers.
 */
export const VERDICT_RULES: readonly VerdictRule[] = [
  whyFirst,
  doesNotServeNow,
  tooLittleSettled,
  nobodyOwnsIt,
  groundworkLeft,
];

export function decideVerdict(facts: ReadinessFacts): { verdict: Verdict; reasons: Reason[] } {
  const first = VERDICT_RULES.find((rule) => rule.reasons(facts).length > 0);
  if (!first)
    return {
      verdict: 'ready',
      reasons: [
        facts.partial.length === 0
          ? { code: 'all_clear' }
          : { code: 'few_partials', questions: facts.partial },
      ],
    };
  if (first === groundworkLeft) return { verdict: first.verdict, reasons: first.reasons(facts) };
  const reasons = VERDICT_RULES.filter((rule) => rule !== groundworkLeft).flatMap((rule) =>
    rule.reasons(facts),
  );
  // `why_missing` already says that why is missing.
  const missing = facts.missing.filter(
    (k) => !(k === 'why' && reasons.some((r) => r.code === 'why_missing')),
  );
  if (missing.length > 0) reasons.push({ code: 'missing_answers', questions: missing });
  return { verdict: first.verdict, reasons };
}

export function computeReadiness(answers: Partial<Answers>, judgements: Judgements = {}): Readiness {
  const facts = readinessFacts(answers, judgements);
  const { verdict, reasons } = decideVerdict(facts);
  const gaps: Gap[] = [
    ...facts.missing.map((question) => ({
      question,
      rating: 'missing' as const,
      phase: QUESTION_FEEDS_PHASE[question],
    })),
    ...facts.partial.map((question) => ({
      question,
      rating: 'partial' as const,
      phase: QUESTION_FEEDS_PHASE[question],
    })),
  ];
  return { score: facts.score, maxScore: MAX_SCORE, verdict, reasons, gaps };
}

/**
 * Per question: whether the phase that closes its gap was already done when the answer was last
 * changed. A gap counts as addressed only by a phase finished after that: a team that re-rates an
 * answer once the phase is done has said the gap is still there.
 */
export type GapBasis = Partial<Record<QuestionKey, boolean>>;

function sameAnswer(a: Answer | undefined, b: Answer | undefined): boolean {
  return (
    (a?.text ?? '') === (b?.text ?? '') &&
    (a?.rating ?? 'missing') === (b?.rating ?? 'missing') &&
    (a?.owner ?? null) === (b?.owner ?? null)
  );
}

/** The basis of a new revision: answers that did not change keep theirs, changed ones look at the phases now. */
export function nextGapBasis(
  previous: { answers: Partial<Answers>; basis: GapBasis } | undefined,
  answers: Partial<Answers>,
  donePhases: readonly PhaseKey[],
): GapBasis {
  const basis: GapBasis = {};
  for (const question of QUESTION_KEYS) {
    basis[question] =
      previous && sameAnswer(previous.answers[question], answers[question])
        ? (previous.basis[question] ?? false)
        : donePhases.includes(QUESTION_FEEDS_PHASE[question]);
  }
  return basis;
}

/** The gaps whose phase is done and was not when their answer last changed, in the gaps' order. */
export function addressedGaps(
  gaps: readonly Gap[],
  donePhases: readonly PhaseKey[],
  basis: GapBasis,
): QuestionKey[] {
  return gaps.filter((g) => donePhases.includes(g.phase) && !basis[g.question]).map((g) => g.question);
}

/** Reads a stored basis back; anything unreadable reads as "no phase was done". */
export function parseGapBasis(value: unknown): GapBasis {
  const out: GapBasis = {};
  if (!value || typeof value !== 'object') return out;
  for (const key of QUESTION_KEYS) if ((value as Record<string, unknown>)[key] === true) out[key] = true;
  return out;
}

/** The gaps grouped by the phase that closes them, in the phases' own order. */
export function gapsByPhase<G extends Gap>(gaps: readonly G[]): { phase: PhaseKey; gaps: G[] }[] {
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
  judgements: Judgements;
  /** Questions whose gap a finished phase has addressed since the answer was last changed. */
  addressed: QuestionKey[];
  revision: number;
  updatedBy: string;
  updatedAt: Date;
}
