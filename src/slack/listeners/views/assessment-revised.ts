import type { QuestionKey } from '../../../domain/method.js';
import type { Judgements } from '../../../domain/readiness.js';
import { messages } from '../../../i18n/index.js';
import { type AnswerChange, reviseAnalysis } from '../../../services/assessments.js';
import { ASSESSMENT_IDS } from '../../../views/ids.js';
import { announceRevision, overviewView, type ReviseMetadata, reviseMetadataOf } from '../../analysis.js';
import { problemErrors, readJudgements } from '../../assessment-state.js';
import type { SlackDeps } from '../../deps.js';
import { inputValue } from '../../view-state.js';
import { close, type Outcome, onSubmission, refuse, type Submission } from './submission.js';

/** The block where a refusal about the whole window is shown. */
function firstBlock(target: ReviseMetadata['target']): string {
  return target === 'judgements'
    ? ASSESSMENT_IDS.judgementBlock('reach')
    : ASSESSMENT_IDS.answerBlock(target);
}

/**
 * The fields of the answer the user changed from what the window opened with; what they left
 * alone stays out, so a change someone else made to it meanwhile stays.
 */
function answerChange(s: Submission<ReviseMetadata>, question: QuestionKey): AnswerChange {
  const { values, edited } = s;
  const change: AnswerChange = {};
  const answerBlock = ASSESSMENT_IDS.answerBlock(question);
  const ratingBlock = ASSESSMENT_IDS.ratingBlock(question);
  if (edited.has(answerBlock))
    change.text = inputValue(values, answerBlock, ASSESSMENT_IDS.answerAction) ?? '';
  const rating = inputValue(values, ratingBlock, ASSESSMENT_IDS.ratingAction);
  if (edited.has(ratingBlock) && (rating === 'clear' || rating === 'partial' || rating === 'missing'))
    change.rating = rating;
  if (question === 'ownership' && edited.has(ASSESSMENT_IDS.ownerBlock))
    change.owner = inputValue(values, ASSESSMENT_IDS.ownerBlock, ASSESSMENT_IDS.ownerAction) ?? null;
  return change;
}

function judgementsChange(s: Submission<ReviseMetadata>): Judgements {
  const picked = readJudgements(s.values);
  const out: Judgements = {};
  for (const [key, value] of Object.entries(picked) as [keyof Judgements, Judgements[keyof Judgements]][])
    if (s.edited.has(ASSESSMENT_IDS.judgementBlock(key))) out[key] = value;
  return out;
}

/** The revise window's Save: a new revision with this one answer (or the judgements) changed. */
export const makeAssessmentRevised = (deps: SlackDeps) =>
  onSubmission<ReviseMetadata>(deps, (s) => revised(deps, s));

async function revised(deps: SlackDeps, s: Submission<ReviseMetadata>): Promise<Outcome> {
  const { client, strategy, language, userId } = s;
  const m = messages(language);
  const meta = reviseMetadataOf(s.meta);
  if (!meta) return close();
  const at = firstBlock(meta.target);
  if (!strategy) return refuse({ [at]: m.assessment.gone });
  const actor = await deps.users.actor(client, strategy.teamId, userId);
  const { target } = meta;
  const change =
    target === 'judgements'
      ? { judgements: judgementsChange(s) }
      : { question: target, answer: answerChange(s, target) };
  const result = await reviseAnalysis(deps, {
    teamId: strategy.teamId,
    strategyId: strategy.id,
    actor,
    change,
    ...(s.submission ? { submission: s.submission } : {}),
  });
  switch (result.kind) {
    case 'not_found':
      return refuse({ [at]: m.assessment.gone });
    case 'forbidden':
      return refuse({ [at]: m.assessment.forbidden });
    case 'invalid':
      return refuse(problemErrors(m, result.problems));
    case 'unchanged':
      return refuse({ [at]: m.assessment.unchanged });
    case 'replayed':
      return close();
  }
  const lead = (l: typeof language) => {
    const a = messages(l).assessment;
    return target === 'judgements' ? a.judgementsRevised(userId) : a.revised(userId, a.short[target]);
  };
  return close(async () => {
    // Saving closed this window; the overview under it shows the new revision.
    if (meta.parentViewId) {
      try {
        await client.views.update({
          view_id: meta.parentViewId,
          view: await overviewView(deps, result.strategy, actor, language),
        });
      } catch (error) {
        deps.logger.info({ err: error, teamId: strategy.teamId }, 'analysis overview not refreshed');
      }
    }
    await announceRevision(deps, s, result.strategy, result.summary, lead);
  });
}
