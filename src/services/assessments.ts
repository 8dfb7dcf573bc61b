import type { PhaseKey, QuestionKey } from '../domain/method.js';
import { QUESTION_KEYS } from '../domain/method.js';
import { type Actor, canManageStrategy } from '../domain/permissions.js';
import type { Phase } from '../domain/phases.js';
import {
  type Answer,
  type AnswerProblem,
  type Answers,
  addressedGaps,
  computeReadiness,
  type Judgements,
  nextGapBasis,
  type Readiness,
  type ReadinessSummary,
  validateAnswers,
} from '../domain/readiness.js';
import type { Strategy } from '../domain/strategy.js';
import {
  type AssessmentRevision,
  deleteDraft,
  findDraft,
  findLatestRevision,
  insertRevision,
  upsertDraft,
} from '../storage/assessments.js';
import { recordAudit } from '../storage/audit.js';
import type { Db } from '../storage/db.js';
import { readAssessment } from '../storage/overview.js';
import { listPhases } from '../storage/phases.js';
import { findStrategyForUpdate } from '../storage/strategies.js';
import type { ServiceDeps } from './deps.js';
import { firstSubmission, type SubmissionId } from './submissions.js';

export interface OpenResult {
  canEdit: boolean;
  /** The caller's draft when there is one, else the current revision's answers. */
  answers: Partial<Answers>;
  judgements: Judgements;
  source: 'draft' | 'revision' | 'empty';
  current: ReadinessSummary | undefined;
}

/** The phases of the strategy that are done, in method order. */
async function donePhases(db: Db, scope: { teamId: string }, strategyId: string): Promise<PhaseKey[]> {
  return doneOf(await listPhases(db, scope, strategyId));
}

/** Which of the phases (in method order) are done. */
export function doneOf(phases: readonly Phase[]): PhaseKey[] {
  return phases.filter((p) => p.status === 'done').map((p) => p.key);
}

/**
 * The readiness picture of a saved revision, with who saved it and when. A gap counts as
 * addressed when its phase is among `done` and was not yet done when its answer last changed.
 */
export function summaryOf(revision: AssessmentRevision, done: readonly PhaseKey[]): ReadinessSummary {
  const readiness = computeReadiness(revision.answers, revision.judgements);
  return {
    readiness,
    judgements: revision.judgements,
    addressed: addressedGaps(readiness.gaps, done, revision.gapBasis),
    revision: revision.revision,
    updatedBy: revision.createdBy,
    updatedAt: revision.createdAt,
  };
}

/** What `assess` shows: the caller's draft first, else the latest revision, and whether they may edit. */
export async function openAssessment(
  deps: ServiceDeps,
  input: { strategy: Strategy; actor: Actor },
): Promise<OpenResult> {
  const { strategy } = input;
  const scope = { teamId: strategy.teamId };
  const canEdit = canManageStrategy(strategy, input.actor);
  const read = await readAssessment(deps.db, scope, strategy.id, input.actor.userId);
  const { latest } = read;
  // Someone who may not edit sees what the team agreed, never a draft.
  const draft = canEdit ? read.draft : undefined;
  const answers = draft?.answers ?? latest?.answers ?? {};
  const judgements = draft?.judgements ?? latest?.judgements ?? {};
  const source = draft ? 'draft' : latest ? 'revision' : 'empty';
  return { canEdit, answers, judgements, source, current: latest && summaryOf(latest, doneOf(read.phases)) };
}

/** The readiness picture of the strategy's current revision, if it has been analysed. */
export async function currentAssessment(
  deps: ServiceDeps,
  scope: { teamId: string },
  strategyId: string,
): Promise<ReadinessSummary | undefined> {
  const [latest, done] = await Promise.all([
    findLatestRevision(deps.db, scope, strategyId),
    donePhases(deps.db, scope, strategyId),
  ]);
  return latest && summaryOf(latest, done);
}

/** The current revision with its picture: what the analysis overview shows. */
export async function currentAnalysis(
  deps: ServiceDeps,
  strategy: Strategy,
  actor: Actor,
): Promise<{
  canEdit: boolean;
  revision: AssessmentRevision | undefined;
  summary: ReadinessSummary | undefined;
}> {
  const scope = { teamId: strategy.teamId };
  const [latest, done] = await Promise.all([
    findLatestRevision(deps.db, scope, strategy.id),
    donePhases(deps.db, scope, strategy.id),
  ]);
  return {
    canEdit: canManageStrategy(strategy, actor),
    revision: latest,
    summary: latest && summaryOf(latest, done),
  };
}

export interface EditInput {
  teamId: string;
  strategyId: string;
  actor: Actor;
  /** The answers of the step just shown; they replace those questions' earlier answers. */
  answers: Partial<Answers>;
  /** The judgements made in the step just shown; each replaces the earlier one. */
  judgements?: Judgements;
  /** The modal submission that sent them, when the final step did. */
  submission?: SubmissionId;
}

type Refusal = { kind: 'not_found' } | { kind: 'forbidden'; strategy: Strategy };

/**
 * The strategy, if the actor may edit its answers. It is held until the transaction ends: of two
 * steps saved at once (two windows), the second merges its answers into the draft the first left,
 * and two final saves never take the same revision number.
 */
async function editable(
  db: Db,
  input: Pick<EditInput, 'teamId' | 'strategyId' | 'actor'>,
): Promise<Refusal | { kind: 'ok'; strategy: Strategy }> {
  const strategy = await findStrategyForUpdate(db, { teamId: input.teamId }, input.strategyId);
  if (!strategy) return { kind: 'not_found' };
  // An archived strategy is read-only, for its admins too.
  if (!canManageStrategy(strategy, input.actor) || strategy.state === 'archived')
    return { kind: 'forbidden', strategy };
  return { kind: 'ok', strategy };
}

interface Analysis {
  answers: Partial<Answers>;
  judgements: Judgements;
}

/** The draft (or, without one, the current revision) with the step's answers laid over it. */
async function merged(db: Db, input: EditInput) {
  const scope = { teamId: input.teamId };
  const draft = await findDraft(db, scope, input.strategyId, input.actor.userId);
  const latest =
    draft?.judgements != null ? undefined : await findLatestRevision(db, scope, input.strategyId);
  const before: Analysis = {
    answers: draft?.answers ?? latest?.answers ?? {},
    // A draft kept before the judgements were asked stands on the revision's.
    judgements: draft?.judgements ?? latest?.judgements ?? {},
  };
  // Without a draft, the saved revision is what the user started from: no change, no draft.
  const after: Analysis = {
    answers: ordered({ ...before.answers, ...input.answers }),
    judgements: { ...before.judgements, ...input.judgements },
  };
  return { draft, before, after };
}

function ordered(answers: Partial<Answers>): Partial<Answers> {
  const out: Partial<Answers> = {};
  for (const key of QUESTION_KEYS) if (answers[key]) out[key] = answers[key];
  return out;
}

async function keepDraft(
  deps: ServiceDeps,
  trx: Db,
  input: Pick<EditInput, 'teamId' | 'strategyId' | 'actor'>,
  current: { draft: { answers: Partial<Answers> } | undefined; before: Analysis },
  after: Analysis,
): Promise<void> {
  if (JSON.stringify(current.before) === JSON.stringify(after)) return;
  const at = deps.clock.now().getTime();
  await upsertDraft(
    trx,
    { teamId: input.teamId },
    { strategyId: input.strategyId, userId: input.actor.userId, ...after, at },
  );
  await recordAudit(trx, {
    teamId: input.teamId,
    strategyId: input.strategyId,
    actorId: input.actor.userId,
    action: 'assessment.draft_saved',
    subject: input.actor.userId,
    before: current.draft?.answers ?? null,
    after: after.answers,
    at,
  });
}

export type DraftResult =
  | Refusal
  | { kind: 'saved'; strategy: Strategy; answers: Partial<Answers>; judgements: Judgements };

/** Keeps what the user typed in a step (Next, Back, or closing the modal) as their draft. */
export async function saveDraft(deps: ServiceDeps, input: EditInput): Promise<DraftResult> {
  return deps.db.transaction().execute(async (trx) => {
    const allowed = await editable(trx, input);
    if (allowed.kind !== 'ok') return allowed;
    const { after, ...current } = await merged(trx, input);
    await keepDraft(deps, trx, input, current, after);
    return { kind: 'saved', strategy: allowed.strategy, ...after };
  });
}

export type SubmitResult =
  | Refusal
  | {
      kind: 'invalid';
      strategy: Strategy;
      answers: Partial<Answers>;
      judgements: Judgements;
      problems: AnswerProblem[];
    }
  | {
      kind: 'revised';
      strategy: Strategy;
      answers: Partial<Answers>;
      revision: number;
      readiness: Readiness;
      summary: ReadinessSummary;
      at: Date;
    }
  /** The same final submission came again; it had saved its revision already. */
  | { kind: 'replayed' };

type Revised = Extract<SubmitResult, { kind: 'revised' }>;

/**
 * Keeps a complete analysis as the strategy's next revision, with the audit entry. Each answer
 * that changed records whether the phase closing its gap is done now (see GapBasis).
 */
async function addRevision(
  deps: ServiceDeps,
  trx: Db,
  input: Pick<EditInput, 'teamId' | 'strategyId' | 'actor'> & { strategy: Strategy },
  analysis: Analysis,
  revised?: QuestionKey | 'judgements',
): Promise<Revised> {
  const scope = { teamId: input.teamId };
  const complete: Partial<Answers> = {};
  for (const key of QUESTION_KEYS) complete[key] = analysis.answers[key] ?? { text: '', rating: 'missing' };
  const [latest, done] = await Promise.all([
    findLatestRevision(trx, scope, input.strategyId),
    donePhases(trx, scope, input.strategyId),
  ]);
  const revision = (latest?.revision ?? 0) + 1;
  const gapBasis = nextGapBasis(
    latest && { answers: latest.answers, basis: latest.gapBasis },
    complete,
    done,
  );
  const now = deps.clock.now();
  const at = now.getTime();
  const saved: AssessmentRevision = {
    id: '',
    strategyId: input.strategyId,
    revision,
    answers: complete,
    judgements: analysis.judgements,
    gapBasis,
    createdBy: input.actor.userId,
    createdAt: now,
  };
  await insertRevision(trx, scope, { ...saved, at });
  const summary = summaryOf(saved, done);
  const { readiness } = summary;
  await recordAudit(trx, {
    teamId: input.teamId,
    strategyId: input.strategyId,
    actorId: input.actor.userId,
    action: 'assessment.revised',
    subject: `revision ${revision}`,
    before: latest
      ? { revision: latest.revision, answers: latest.answers, judgements: latest.judgements }
      : null,
    after: {
      revision,
      answers: complete,
      judgements: analysis.judgements,
      score: readiness.score,
      verdict: readiness.verdict,
      ...(revised ? { revised } : {}),
    },
    at,
  });
  return {
    kind: 'revised',
    strategy: input.strategy,
    answers: complete,
    revision,
    readiness,
    summary,
    at: now,
  };
}

/** The final step: every answer checked, then kept as the strategy's next revision. */
export async function submitAssessment(deps: ServiceDeps, input: EditInput): Promise<SubmitResult> {
  return deps.db.transaction().execute(async (trx): Promise<SubmitResult> => {
    const allowed = await editable(trx, input);
    if (allowed.kind !== 'ok') return allowed;
    const { after, ...current } = await merged(trx, input);
    const problems = validateAnswers(after.answers, QUESTION_KEYS);
    if (problems.length > 0) {
      await keepDraft(deps, trx, input, current, after);
      return { kind: 'invalid', strategy: allowed.strategy, ...after, problems };
    }
    const at = deps.clock.now().getTime();
    if (!(await firstSubmission(trx, input.teamId, input.submission, at))) return { kind: 'replayed' };
    const result = await addRevision(deps, trx, { ...input, strategy: allowed.strategy }, after);
    await deleteDraft(trx, { teamId: input.teamId }, input.strategyId, input.actor.userId);
    return result;
  });
}

/** One answer's fields as changed in the revise window; a field left out keeps its saved value. */
export type AnswerChange = { [K in keyof Answer]?: Answer[K] | null };

export interface ReviseInput {
  teamId: string;
  strategyId: string;
  actor: Actor;
  /** One answer revised alone, or the three judgements. */
  change: { question: QuestionKey; answer: AnswerChange } | { judgements: Judgements };
  submission?: SubmissionId;
}

export type ReviseResult =
  | Exclude<SubmitResult, { kind: 'invalid' }>
  | { kind: 'invalid'; strategy: Strategy; problems: AnswerProblem[] }
  /** Nothing differs from the current revision: no new revision. */
  | { kind: 'unchanged'; strategy: Strategy };

function changedAnswer(before: Answer | undefined, change: AnswerChange): Answer {
  const owner = change.owner === undefined ? before?.owner : change.owner;
  return {
    text: change.text ?? (change.text === null ? '' : (before?.text ?? '')),
    rating: change.rating ?? before?.rating ?? 'missing',
    ...(owner ? { owner } : {}),
  };
}

/**
 * One answer (or the judgements) revised on its own: the current revision with that part
 * changed becomes the next revision; every other answer stays as it was. The reviser's own draft,
 * if they have one, takes the change too, so finishing that draft later does not undo it.
 */
export async function reviseAnalysis(deps: ServiceDeps, input: ReviseInput): Promise<ReviseResult> {
  return deps.db.transaction().execute(async (trx): Promise<ReviseResult> => {
    const allowed = await editable(trx, input);
    if (allowed.kind !== 'ok') return allowed;
    const scope = { teamId: input.teamId };
    const latest = await findLatestRevision(trx, scope, input.strategyId);
    const before: Analysis = { answers: latest?.answers ?? {}, judgements: latest?.judgements ?? {} };
    const { change } = input;
    const part: Analysis =
      'question' in change
        ? {
            answers: { [change.question]: changedAnswer(before.answers[change.question], change.answer) },
            judgements: {},
          }
        : { answers: {}, judgements: change.judgements };
    const after: Analysis = {
      answers: ordered({ ...before.answers, ...part.answers }),
      judgements: { ...before.judgements, ...part.judgements },
    };
    const problems = validateAnswers(part.answers, Object.keys(part.answers) as QuestionKey[]);
    if (problems.length > 0) return { kind: 'invalid', strategy: allowed.strategy, problems };
    if (latest && JSON.stringify(before) === JSON.stringify(after))
      return { kind: 'unchanged', strategy: allowed.strategy };
    const at = deps.clock.now().getTime();
    if (!(await firstSubmission(trx, input.teamId, input.submission, at))) return { kind: 'replayed' };
    const revised = 'question' in change ? change.question : 'judgements';
    const result = await addRevision(deps, trx, { ...input, strategy: allowed.strategy }, after, revised);
    const draft = await findDraft(trx, scope, input.strategyId, input.actor.userId);
    if (draft) {
      const answers = ordered({ ...draft.answers, ...part.answers });
      const judgements = { ...(draft.judgements ?? before.judgements), ...part.judgements };
      await upsertDraft(trx, scope, {
        strategyId: input.strategyId,
        userId: input.actor.userId,
        answers,
        judgements,
        at,
      });
    }
    return result;
  });
}
