// Every callback_id, action_id and block_id the app uses. Listeners, views and tests import
// them from here, so a renamed id cannot leave a listener deaf.

export const COMMAND = '/smstrategy';

export const ACTIONS = {
  helpStart: 'help_start',
  helpStatus: 'help_status',
  helpAssess: 'help_assess',
  helpCheckin: 'help_checkin',
  helpPlan: 'help_plan',
} as const;

/** The readiness analysis: its modal (one view per step), the questions' inputs, its buttons. */
export const ASSESSMENT_IDS = {
  view: 'assessment',
  readOnlyView: 'assessment_read_only',
  back: 'assessment_back',
  /** On the readiness summary in the channel; the phase owners are set per phase. */
  assignOwners: 'assessment_assign_owners',
  answerBlock: (question: string) => `assessment_answer_${question}`,
  ratingBlock: (question: string) => `assessment_rating_${question}`,
  ownerBlock: 'assessment_owner',
  answerAction: 'answer',
  ratingAction: 'rating',
  ownerAction: 'owner',
  judgementBlock: (judgement: string) => `assessment_judgement_${judgement}`,
  judgementAction: 'judgement',
  /** The analysis at a glance, for those who may edit it: each answer with its Revise button. */
  overview: 'assessment_overview',
  /** Opens the overview (digest, status, readiness summary); the button's value is the strategy id. */
  open: 'assessment_open',
  /** Revise one answer (or the judgements) alone; the button's value names the strategy and the question. */
  revise: 'assessment_revise',
  /** The same from a select of every question (status, readiness summary). */
  revisePick: 'assessment_revise_pick',
  /** The small window that revises one answer, or the three judgements. */
  reviseView: 'assessment_revise_view',
  /** The overview's button that goes through every step in the big window. */
  editAll: 'assessment_edit_all',
} as const;

export const PHASE_IDS = {
  done: 'phase_done',
  start: 'phase_start',
  blocked: 'phase_blocked',
  edit: 'phase_edit',
  modal: 'phase_modal',
  ownerBlock: 'phase_owner',
  ownerAction: 'owner',
  dueBlock: 'phase_due',
  dueAction: 'due',
  statusBlock: 'phase_status',
  statusAction: 'status',
  notesBlock: 'phase_notes',
  notesAction: 'notes',
  deliverableBlock: 'phase_deliverable',
  deliverableAction: 'deliverable',
} as const;

/** Metrics and check-ins (issue 5). Modal input blocks are named after the fields they hold. */
export const METRIC_IDS = {
  addView: 'metric_add',
  editView: 'metric_edit',
  checkinView: 'metric_checkin',
  blocks: {
    name: 'metric_name',
    unit: 'metric_unit',
    baseline: 'metric_baseline',
    target: 'metric_target',
    targetDate: 'metric_target_date',
    ownerId: 'metric_owner',
    direction: 'metric_direction',
    cadence: 'metric_cadence',
  },
  /** The action_id of every input in the metric modal (each block holds one input). */
  input: 'metric_value',
  /** The action_id of each check-in input; its block_id is the metric's id. */
  checkinInput: 'metric_checkin_value',
  /** The comment and the confidence reported with a metric's value, in blocks named after the metric. */
  checkinComment: 'metric_checkin_comment',
  checkinCommentBlock: (metricId: string) => `${metricId}_comment`,
  checkinConfidence: 'metric_checkin_confidence',
  checkinConfidenceBlock: (metricId: string) => `${metricId}_confidence`,
  listAdd: 'metric_list_add',
  listCheckin: 'metric_list_checkin',
  listEdit: 'metric_list_edit',
  listArchive: 'metric_list_archive',
  listChart: 'metric_list_chart',
  /** Opens the window that imports the metric's history (the button's value is the metric id). */
  listImport: 'metric_list_import',
  importView: 'metric_import',
  importTextBlock: 'metric_import_text',
  importTextInput: 'metric_import_csv',
  /** The preview in the window; its submission writes the rows. */
  importPreviewView: 'metric_import_preview',
  /** The preview of a file sent to the app's DM: its buttons (the value is the import's id). */
  importConfirm: 'metric_import_confirm',
  importCancel: 'metric_import_cancel',
  /** App Home: report values for one strategy (the button's value is the strategy id). */
  homeCheckin: 'metric_home_checkin',
} as const;

export const SCHEDULE_IDS = {
  modal: 'schedule_modal',
  digestDayBlock: 'schedule_digest_day',
  digestDay: 'digest_day',
  digestTimeBlock: 'schedule_digest_time',
  digestTime: 'digest_time',
  checkinDayBlock: 'schedule_checkin_day',
  checkinDay: 'checkin_day',
  checkinTimeBlock: 'schedule_checkin_time',
  checkinTime: 'checkin_time',
  timeZoneBlock: 'schedule_time_zone',
  timeZone: 'time_zone',
  nudgesBlock: 'schedule_nudges',
  nudges: 'nudges',
  /** Digest button: opens the check-in modal; its value is the strategy id. */
  digestReportMetrics: 'digest_report_metrics',
  /** Digest button: shows the status, as `/smstrategy status` would. */
  digestOpenStatus: 'digest_open_status',
  /** Check-in prompt and reminder button: opens the check-in modal; its value is the strategy id. */
  checkinOpen: 'checkin_prompt_open',
} as const;

/** Choosing languages: the strategy's (admins) and each person's own. */
export const LANGUAGE_IDS = {
  /** A button that sets the strategy's language; its value is the language. */
  strategy: 'language_strategy',
  /** The start confirmation's switch: sets the strategy's language and rewrites the confirmation. */
  startSwitch: 'language_start_switch',
  /** A button that sets the clicker's own language; its value is `fi`, `en` or `auto`. */
  personal: 'language_personal',
  /** App Home's select of the viewer's own language. */
  home: 'home_language',
  homeBlock: 'home_language_block',
} as const;

/** What a modal turns into when its save outlasts Slack's wait for an answer. */
export const SAVING_IDS = {
  view: 'saving',
} as const;

/** The Workflow Builder step, as the manifests' `functions` name it and its inputs and output. */
export const WORKFLOW_IDS = {
  recordValue: 'record_metric_value',
  inputs: { channel: 'strategy_channel', metric: 'metric', value: 'value', comment: 'comment' },
  outputs: { period: 'period' },
} as const;
