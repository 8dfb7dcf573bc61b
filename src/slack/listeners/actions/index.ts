import type { App } from '@slack/bolt';
import {
  ACTIONS,
  ASSESSMENT_IDS,
  CONTENT_IDS,
  LANGUAGE_IDS,
  METRIC_IDS,
  NUDGE_IDS,
  OWNER_LEFT_IDS,
  PHASE_IDS,
  SCHEDULE_IDS,
  STRATEGY_IDS,
} from '../../../views/ids.js';
import type { Subcommand } from '../../command-request.js';
import type { SlackDeps } from '../../deps.js';
import { assess } from '../commands/assess.js';
import { checkin } from '../commands/checkin.js';
import { personalLanguageButton, startSwitchButton, strategyLanguageButton } from '../commands/language.js';
import { plan } from '../commands/plan.js';
import { settings } from '../commands/settings.js';
import { start } from '../commands/start.js';
import { status } from '../commands/status.js';
import { makeEditAll, makeOpenAnalysis, makeReviseAnswer } from './assessment-analysis.js';
import { assignOwners } from './assessment-assign-owners.js';
import { makeAssessmentBack } from './assessment-back.js';
import { channelButton } from './channel-button.js';
import { makeHomeLanguage } from './home-language.js';
import { makeImportButton } from './import-buttons.js';
import { registerLeadHome } from './lead-home.js';
import { METRIC_LIST_BUTTONS } from './metric-buttons.js';
import { makeMetricHomeCheckin } from './metric-home-checkin.js';
import { makeNudgeDone, makeNudgeNotMine, makeNudgeReassign, makeNudgeSnooze } from './nudge-buttons.js';
import { makeOwnerReassign } from './owner-reassign.js';
import { makePhaseEditButton, makePhaseStatusButton } from './phase-buttons.js';
import { makeHomeActionDone, makeItemButton } from './phase-items.js';
import { makeSchedulePreview } from './schedule-preview.js';
import { makeScheduleResume } from './schedule-resume.js';

/** Buttons in channel messages (help, digest, readiness summary, metric list): the typed command's work. */
const CHANNEL_BUTTONS: Record<string, Subcommand> = {
  [ACTIONS.helpStart]: start,
  [ACTIONS.helpStatus]: status,
  [ACTIONS.helpAssess]: assess,
  [ACTIONS.helpCheckin]: checkin,
  [ACTIONS.helpPlan]: plan,
  [SCHEDULE_IDS.digestOpenStatus]: status,
  [ASSESSMENT_IDS.assignOwners]: assignOwners,
  ...METRIC_LIST_BUTTONS,
  [LANGUAGE_IDS.strategy]: strategyLanguageButton,
  [LANGUAGE_IDS.startSwitch]: startSwitchButton,
  [LANGUAGE_IDS.personal]: personalLanguageButton,
  [STRATEGY_IDS.statusSettings]: settings,
};

export function register(app: App, deps: SlackDeps): void {
  for (const [actionId, subcommand] of Object.entries(CHANNEL_BUTTONS))
    app.action(actionId, channelButton(deps, subcommand));
  app.action(ASSESSMENT_IDS.back, makeAssessmentBack(deps));
  app.action(ASSESSMENT_IDS.open, makeOpenAnalysis(deps));
  const revise = makeReviseAnswer(deps);
  app.action(ASSESSMENT_IDS.revise, revise);
  app.action(ASSESSMENT_IDS.revisePick, revise);
  app.action(ASSESSMENT_IDS.editAll, makeEditAll(deps));
  app.action(PHASE_IDS.done, makePhaseStatusButton(deps, 'done'));
  app.action(PHASE_IDS.start, makePhaseStatusButton(deps, 'in_progress'));
  app.action(PHASE_IDS.blocked, makePhaseStatusButton(deps, 'blocked'));
  app.action(PHASE_IDS.edit, makePhaseEditButton(deps));
  const itemButton = makeItemButton(deps);
  app.action(CONTENT_IDS.addItem, itemButton);
  app.action(CONTENT_IDS.editItem, itemButton);
  app.action(CONTENT_IDS.homeActionDone, makeHomeActionDone(deps));
  // An owner's nudge ("Open the phase" is the edit button above) and the admins' reassign select.
  app.action(NUDGE_IDS.done, makeNudgeDone(deps));
  app.action(NUDGE_IDS.snooze, makeNudgeSnooze(deps));
  app.action(NUDGE_IDS.notMine, makeNudgeNotMine(deps));
  app.action(NUDGE_IDS.reassign, makeNudgeReassign(deps));
  // The check-in modal for the strategy a button names: App Home, the digest, the prompt, the reminder.
  const openCheckin = makeMetricHomeCheckin(deps);
  app.action(METRIC_IDS.homeCheckin, openCheckin);
  app.action(SCHEDULE_IDS.digestReportMetrics, openCheckin);
  app.action(SCHEDULE_IDS.checkinOpen, openCheckin);
  app.action(LANGUAGE_IDS.home, makeHomeLanguage(deps));
  app.action(OWNER_LEFT_IDS.reassign, makeOwnerReassign(deps));
  registerLeadHome(app, deps);
  app.action(SCHEDULE_IDS.previewDigest, makeSchedulePreview(deps));
  app.action(SCHEDULE_IDS.resumePaused, makeScheduleResume(deps));
  app.action(METRIC_IDS.importConfirm, makeImportButton(deps, 'confirm'));
  app.action(METRIC_IDS.importCancel, makeImportButton(deps, 'cancel'));
}
