import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import {
  ASSESSMENT_STEPS,
  JUDGEMENT_KEYS,
  JUDGEMENT_STEP,
  stepOf,
  validateAnswers,
} from '../../../domain/readiness.js';
import { messages } from '../../../i18n/index.js';
import { saveDraft, submitAssessment } from '../../../services/assessments.js';
import { ASSESSMENT_IDS } from '../../../views/ids.js';
import { announceRevision } from '../../analysis.js';
import {
  type AssessmentMetadata,
  problemErrors,
  problemText,
  readAssessmentMetadata,
  stepEdit,
  stepView,
} from '../../assessment-state.js';
import type { SlackDeps } from '../../deps.js';
import { submissionIdOf } from '../../view-state.js';
import { workspaceOf } from '../../workspace.js';
import { answerInTime, close, type Outcome, refuse, replaceWith, type SubmitArgs } from './submission.js';

/** The first input of a step: where an error about the whole step is shown. */
const firstBlock = (step: number) =>
  step === JUDGEMENT_STEP
    ? ASSESSMENT_IDS.judgementBlock(JUDGEMENT_KEYS[0])
    : ASSESSMENT_IDS.answerBlock(ASSESSMENT_STEPS[step]![0]!);

/**
 * Next on steps 1–3 (the step's answers go to the draft and the next step replaces this one),
 * Save on the last: a new revision, and the readiness summary in the channel.
 */
export function makeAssessmentSubmitted(deps: SlackDeps) {
  return async (args: SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs) => {
    const { body, view, client } = args;
    const meta = readAssessmentMetadata(view.private_metadata);
    const last = meta?.step === ASSESSMENT_STEPS.length - 1;
    await answerInTime(deps, args, () => assessmentStep(deps, { body, view, client, meta }), { final: last });
  };
}

async function assessmentStep(
  deps: SlackDeps,
  {
    body,
    view,
    client,
    meta,
  }: Pick<SubmitArgs, 'body' | 'view' | 'client'> & { meta: AssessmentMetadata | undefined },
): Promise<Outcome> {
  const teamId = workspaceOf(body);
  const userId = body.user.id;
  const language = await deps.languages.of(client, teamId, userId, { strategyId: meta?.strategyId });
  const m = messages(language);
  if (!meta) return refuse({ [firstBlock(0)]: m.assessment.gone });
  const input = await stepEdit(deps, client, { teamId, userId, values: view.state.values, meta });
  const problems = validateAnswers(input.answers, ASSESSMENT_STEPS[meta.step]!);
  const last = meta.step === ASSESSMENT_STEPS.length - 1;
  const result =
    problems.length > 0 || !last
      ? await saveDraft(deps, input)
      : await submitAssessment(deps, { ...input, submission: submissionIdOf(view) });

  if (result.kind === 'not_found' || result.kind === 'forbidden') {
    const reason = result.kind === 'not_found' ? m.assessment.gone : m.assessment.forbidden;
    return refuse({ [firstBlock(meta.step)]: reason });
  }
  // The typed answers stay in the modal and, in case it is closed now, in the draft too.
  if (problems.length > 0) return refuse(problemErrors(m, problems));
  if (result.kind === 'replayed') return close();
  if (result.kind === 'saved') {
    const next = { step: meta.step + 1, answers: result.answers, judgements: result.judgements };
    return replaceWith(stepView(language, meta, next));
  }
  if (result.kind === 'invalid') {
    // Only an earlier step can be wrong here (this one was checked above): go back to it.
    const problem = result.problems[0]!;
    const step = stepOf(problem.question);
    const shown = `${m.assessment.fixFirst(step + 1)} ${problemText(m, problem)}`;
    const back = { step, answers: result.answers, judgements: result.judgements, problem: shown };
    return replaceWith(stepView(language, meta, back));
  }
  return close(() =>
    announceRevision(deps, { client, teamId, userId, language }, result.strategy, result.summary),
  );
}
