import { QUESTION_KEYS } from '../domain/method.js';
import { type Actor, canManageStrategy } from '../domain/permissions.js';
import {
  type AnswerProblem,
  type Answers,
  computeReadiness,
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
import { findStrategyForUpdate } from '../storage/strategies.js';
import type { ServiceDeps } from './deps.js';
import { firstSubmission, type SubmissionId } from './submissions.js';

export interface OpenResult {
  canEdit: boolean;
  /** The caller's draft when there is one, else the current revision's answers. */
  answers: Partial<Answers>;
  source: 'draft' | 'revision' | 'empty';
  current: ReadinessSummary | undefined;
}

/** The readiness picture of a saved revision, with who saved it and when. */
export function summaryOf(revision: AssessmentRevision): ReadinessSummary {
  return {
    readiness: computeReadiness(revision.answers),
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
  const latest = await findLatestRevision(deps.db, scope, strategy.id);
  // Someone who may not edit sees what the team agreed, never a draft.
  const draft = canEdit ? await findDraft(deps.db, scope, strategy.id, input.actor.userId) : undefined;
  const answers = draft?.answers ?? latest?.answers ?? {};
  const source = draft ? 'draft' : latest ? 'revision' : 'empty';
  return { canEdit, answers, source, current: latest && summaryOf(latest) };
}

/** The readiness picture of the strategy's current revision, if it has been analysed. */
export async function currentAssessment(
  deps: ServiceDeps,
  scope: { teamId: string },
  strategyId: string,
): Promise<ReadinessSummary | undefined> {
  const latest = await findLatestRevision(deps.db, scope, strategyId);
  return latest && summaryOf(latest);
}

export interface EditInput {
  teamId: string;
  strategyId: string;
  actor: Actor;
  /** The answers of the step just shown; they replace those questions' earlier answers. */
  answers: Partial<Answers>;
  /** The modal submission that sent them, when the final step did. */
  submission?: SubmissionId;
}

type Refusal = { kind: 'not_found' } | { kind: 'forbidden'; strategy: Strategy };

/**
 * The strategy, if the actor may edit its answers. It is held until the transaction ends: of two
 * steps saved at once (two windows), the second merges its answers into the draft the first left,
 * and two final saves never take the same revision number.
 */
async function editable(db: Db, input: EditInput): Promise<Refusal | { kind: 'ok'; strategy: Strategy }> {
  const strategy = await findStrategyForUpdate(db, { teamId: input.teamId }, input.strategyId);
  if (!strategy) return { kind: 'not_found' };
  if (!canManageStrategy(strategy, input.actor)) return { kind: 'forbidden', strategy };
  return { kind: 'ok', strategy };
}

/** The draft (or, without one, the current revision) with the step's answers laid over it. */
async function merged(db: Db, input: EditInput) {
  const scope = { teamId: input.teamId };
  const draft = await findDraft(db, scope, input.strategyId, input.actor.userId);
  const base = draft?.answers ?? (await findLatestRevision(db, scope, input.strategyId))?.answers ?? {};
  // Without a draft, the saved revision is what the user started from: no change, no draft.
  return { draft, before: base, answers: ordered({ ...base, ...input.answers }) };
}

function ordered(answers: Partial<Answers>): Partial<Answers> {
  const out: Partial<Answers> = {};
  for (const key of QUESTION_KEYS) if (answers[key]) out[key] = answers[key];
  return out;
}

async function keepDraft(
  deps: ServiceDeps,
  trx: Db,
  input: EditInput,
  current: { draft: { answers: Partial<Answers> } | undefined; before: Partial<Answers> },
  answers: Partial<Answers>,
): Promise<void> {
  if (JSON.stringify(current.before) === JSON.stringify(answers)) return;
  const before = current.draft?.answers;
  const at = deps.clock.now().getTime();
  await upsertDraft(
    trx,
    { teamId: input.teamId },
    {
      strategyId: input.strategyId,
      userId: input.actor.userId,
      answers,
      at,
    },
  );
  await recordAudit(trx, {
    teamId: input.teamId,
    strategyId: input.strategyId,
    actorId: input.actor.userId,
    action: 'assessment.draft_saved',
    subject: input.actor.userId,
    before: before ?? null,
    after: answers,
    at,
  });
}

export type DraftResult = Refusal | { kind: 'saved'; strategy: Strategy; answers: Partial<Answers> };

/** Keeps what the user typed in a step (Next, Back, or closing the modal) as their draft. */
export async function saveDraft(deps: ServiceDeps, input: EditInput): Promise<DraftResult> {
  return deps.db.transaction().execute(async (trx) => {
    const allowed = await editable(trx, input);
    if (allowed.kind !== 'ok') return allowed;
    const { answers, ...current } = await merged(trx, input);
    await keepDraft(deps, trx, input, current, answers);
    return { kind: 'saved', strategy: allowed.strategy, answers };
  });
}

export type SubmitResult =
  | Refusal
  | { kind: 'invalid'; strategy: Strategy; answers: Partial<Answers>; problems: AnswerProblem[] }
  | {
      kind: 'revised';
      strategy: Strategy;
      answers: Partial<Answers>;
      revision: number;
      readiness: Readiness;
      at: Date;
    }
  /** The same final submission came again; it had saved its revision already. */
  | { kind: 'replayed' };

/** The final step: every answer checked, then kept as the strategy's next revision. */
export async function submitAssessment(deps: ServiceDeps, input: EditInput): Promise<SubmitResult> {
  return deps.db.transaction().execute(async (trx): Promise<SubmitResult> => {
    const allowed = await editable(trx, input);
    if (allowed.kind !== 'ok') return allowed;
    const scope = { teamId: input.teamId };
    const { answers, ...current } = await merged(trx, input);
    const problems = validateAnswers(answers, QUESTION_KEYS);
    if (problems.length > 0) {
      await keepDraft(deps, trx, input, current, answers);
      return { kind: 'invalid', strategy: allowed.strategy, answers, problems };
    }
    const complete: Partial<Answers> = {};
    for (const key of QUESTION_KEYS) complete[key] = answers[key] ?? { text: '', rating: 'missing' };
    const latest = await findLatestRevision(trx, scope, input.strategyId);
    const revision = (latest?.revision ?? 0) + 1;
    const now = deps.clock.now();
    const at = now.getTime();
    if (!(await firstSubmission(trx, scope.teamId, input.submission, at))) return { kind: 'replayed' };
    await insertRevision(trx, scope, {
      strategyId: input.strategyId,
      revision,
      answers: complete,
      createdBy: input.actor.userId,
      at,
    });
    await deleteDraft(trx, scope, input.strategyId, input.actor.userId);
    const readiness = computeReadiness(complete);
    await recordAudit(trx, {
      teamId: input.teamId,
      strategyId: input.strategyId,
      actorId: input.actor.userId,
      action: 'assessment.revised',
      subject: `revision ${revision}`,
      before: latest ? { revision: latest.revision, answers: latest.answers } : null,
      after: { revision, answers: complete, score: readiness.score, verdict: readiness.verdict },
      at,
    });
    return { kind: 'revised', strategy: allowed.strategy, answers: complete, revision, readiness, at: now };
  });
}
