import { formatDateIn } from '../../../domain/dates.js';
import { messages } from '../../../i18n/index.js';
import { openAssessment } from '../../../services/assessments.js';
import { assessmentStepView } from '../../../views/assessment.js';
import { overviewView } from '../../analysis.js';
import { assessmentMetadata } from '../../assessment-state.js';
import { withStrategy } from '../../command-request.js';

export const assess = withStrategy(async (deps, req, strategy) => {
  const m = messages(req.language);
  const actor = await deps.users.actor(req.client, req.teamId, req.userId);
  const result = await openAssessment(deps, { strategy, actor });
  if (!result.canEdit) {
    // Someone who may not edit sees what the team agreed, and who can change it.
    await req.client.views.open({
      trigger_id: req.triggerId,
      view: await overviewView(deps, strategy, actor, req.language),
    });
    return;
  }
  const { current } = result;
  const updated =
    current &&
    m.assessment.fromRevision(
      current.revision,
      current.updatedBy,
      formatDateIn(req.language, current.updatedAt, strategy.timeZone),
    );
  const notice = result.source === 'draft' ? m.assessment.fromDraft : updated;
  await req.client.views.open({
    trigger_id: req.triggerId,
    view: assessmentStepView(req.language, {
      step: 0,
      answers: result.answers,
      judgements: result.judgements,
      privateMetadata: assessmentMetadata({
        strategyId: strategy.id,
        channelId: strategy.channelId,
        step: 0,
      }),
      ...(notice ? { notice } : {}),
    }),
  });
});
