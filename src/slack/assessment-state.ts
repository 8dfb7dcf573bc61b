import type { View } from '@slack/types';
import type { WebClient } from '@slack/web-api';
import type { QuestionKey } from '../domain/method.js';
import {
  type AnswerProblem,
  type Answers,
  ASSESSMENT_STEPS,
  isJudgementValue,
  JUDGEMENT_KEYS,
  JUDGEMENT_STEP,
  type Judgements,
  RATINGS,
  type Rating,
} from '../domain/readiness.js';
import type { Language } from '../domain/strategy.js';
import type { Messages } from '../i18n/index.js';
import type { EditInput } from '../services/assessments.js';
import { assessmentStepView, type StepViewInput } from '../views/assessment.js';
import { ASSESSMENT_IDS } from '../views/ids.js';
import type { SlackDeps } from './deps.js';
import { inputValue, readMetadata, type ViewValues } from './view-state.js';

/** What the readiness modal carries between steps; the answers themselves stay in the draft. */
export interface AssessmentMetadata {
  strategyId: string;
  channelId: string;
  step: number;
}

export function assessmentMetadata(m: AssessmentMetadata): string {
  return JSON.stringify(m);
}

export function readAssessmentMetadata(text: string | undefined): AssessmentMetadata | undefined {
  const m = readMetadata<AssessmentMetadata>(text);
  if (typeof m.strategyId !== 'string' || typeof m.channelId !== 'string') return undefined;
  const step = Number.isInteger(m.step) ? Math.min(Math.max(m.step!, 0), ASSESSMENT_STEPS.length - 1) : 0;
  return { strategyId: m.strategyId, channelId: m.channelId, step };
}

/** The answers of one step as submitted; a question whose inputs are absent is left out. */
export function readStepAnswers(values: ViewValues, keys: readonly QuestionKey[]): Partial<Answers> {
  const out: Partial<Answers> = {};
  for (const key of keys) {
    const answerBlock = ASSESSMENT_IDS.answerBlock(key);
    const ratingBlock = ASSESSMENT_IDS.ratingBlock(key);
    if (!values[answerBlock] && !values[ratingBlock]) continue;
    const text = inputValue(values, answerBlock, ASSESSMENT_IDS.answerAction) ?? '';
    const raw = inputValue(values, ratingBlock, ASSESSMENT_IDS.ratingAction);
    const rating: Rating = RATINGS.includes(raw as Rating) ? (raw as Rating) : 'missing';
    const owner =
      key === 'ownership'
        ? inputValue(values, ASSESSMENT_IDS.ownerBlock, ASSESSMENT_IDS.ownerAction)
        : undefined;
    out[key] = { text, rating, ...(owner ? { owner } : {}) };
  }
  return out;
}

/** The judgements picked in a window; one left unpicked is left out (it keeps what it was). */
export function readJudgements(values: ViewValues): Judgements {
  const out: Judgements = {};
  for (const key of JUDGEMENT_KEYS) {
    const raw = inputValue(values, ASSESSMENT_IDS.judgementBlock(key), ASSESSMENT_IDS.judgementAction);
    if (isJudgementValue(raw)) out[key] = raw;
  }
  return out;
}

/** The step on screen as an edit of the strategy's answers by whoever sent it (Next, Back, closing). */
export async function stepEdit(
  deps: SlackDeps,
  client: WebClient,
  sent: { teamId: string; userId: string; values: ViewValues; meta: AssessmentMetadata },
): Promise<EditInput> {
  return {
    teamId: sent.teamId,
    strategyId: sent.meta.strategyId,
    actor: await deps.users.actor(client, sent.teamId, sent.userId),
    answers: readStepAnswers(sent.values, ASSESSMENT_STEPS[sent.meta.step]!),
    ...(sent.meta.step === JUDGEMENT_STEP ? { judgements: readJudgements(sent.values) } : {}),
  };
}

/** The modal at another step, for the same strategy and channel. */
export function stepView(
  language: Language,
  meta: AssessmentMetadata,
  input: Omit<StepViewInput, 'privateMetadata'>,
): View {
  return assessmentStepView(language, {
    ...input,
    privateMetadata: assessmentMetadata({ ...meta, step: input.step }),
  });
}

/** Each problem on the block it concerns, in the user's language (response_action: errors). */
export function problemErrors(m: Messages, problems: readonly AnswerProblem[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const p of problems) {
    if (p.problem === 'pitch_too_long')
      errors[ASSESSMENT_IDS.answerBlock(p.question)] = m.assessment.pitchTooLong(p.length, p.max);
    else errors[ASSESSMENT_IDS.ratingBlock(p.question)] = m.assessment.emptyClear;
  }
  return errors;
}

export function problemText(m: Messages, problem: AnswerProblem): string {
  return problem.problem === 'pitch_too_long'
    ? `${m.assessment.short[problem.question]}: ${m.assessment.pitchTooLong(problem.length, problem.max)}`
    : `${m.assessment.short[problem.question]}: ${m.assessment.emptyClear}`;
}
