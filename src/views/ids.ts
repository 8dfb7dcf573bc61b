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

/**
 * What each phase holds: the phase window's fields and lists, the window of one list entry (a
 * goal, an account of the channel register, an action), the accounts in the check-in, App Home.
 */
export const CONTENT_IDS = {
  /** A free-text field of the phase window; the block is named after the field. */
  fieldBlock: (field: string) => `phase_field_${field}`,
  fieldAction: 'field',
  /** The phase window's "Add" button; its value names the strategy and the kind of entry. */
  addItem: 'phase_item_add',
  /** An entry's "Edit" button (phase window); its value names the strategy, the kind and the entry. */
  editItem: 'phase_item_edit',
  /** The window of one entry, pushed over the phase window. */
  itemView: 'phase_item',
  /** Each input of the entry window is named after the field it holds; all share one action_id. */
  itemBlock: (field: string) => `item_${field}`,
  itemAction: 'item_value',
  /** App Home's "Mark done" on an action; its value names the strategy and the action. */
  homeActionDone: 'home_action_done',
  /** The check-in's question for one account: did it post, and how many times (block per account). */
  postedBlock: (channelId: string) => `channel_posted_${channelId}`,
  postedAction: 'channel_posted',
  countBlock: (channelId: string) => `channel_count_${channelId}`,
  countAction: 'channel_count',
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
  /** How often the digest and the check-in come (a frequency, or `off`). */
  digestFrequencyBlock: 'schedule_digest_frequency',
  digestFrequency: 'digest_frequency',
  checkinFrequencyBlock: 'schedule_checkin_frequency',
  checkinFrequency: 'checkin_frequency',
  /** Schedule modal button: pushes a view of the next digest; its value is the strategy id. */
  previewDigest: 'schedule_preview_digest',
  previewView: 'schedule_preview',
  /** Status button: resumes the schedules that paused themselves; its value is the strategy id. */
  resumePaused: 'schedule_resume_paused',
  /** Digest button: opens the check-in modal; its value is the strategy id. */
  digestReportMetrics: 'digest_report_metrics',
  /** Digest button: shows the status, as `/smstrategy status` would. */
  digestOpenStatus: 'digest_open_status',
  /** Check-in prompt and reminder button: opens the check-in modal; its value is the strategy id. */
  checkinOpen: 'checkin_prompt_open',
} as const;

/**
 * Owner nudges: each phase listed has its buttons, whose value names the phase and the phases the
 * message lists (so the message can be rewritten in place). "Open the phase" is PHASE_IDS.edit.
 */
export const NUDGE_IDS = {
  done: 'nudge_done',
  snooze: 'nudge_snooze',
  notMine: 'nudge_not_mine',
  /** The admins' users_select that gives a disowned phase its new owner. */
  reassign: 'nudge_reassign',
  /** The block holding that select is named by the phase it reassigns (a PhaseRef). */
  reassignBlock: (phaseRef: string) => phaseRef,
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

/** The strategy's settings window, its delete confirmation, and the lead's overview on App Home. */
export const STRATEGY_IDS = {
  settingsView: 'strategy_settings',
  nameBlock: 'strategy_settings_name',
  name: 'name',
  languageBlock: 'strategy_settings_language',
  language: 'language',
  timeZoneBlock: 'strategy_settings_time_zone',
  timeZone: 'time_zone',
  workingDaysBlock: 'strategy_settings_working_days',
  workingDays: 'working_days',
  deleteView: 'strategy_delete',
  deleteNameBlock: 'strategy_delete_name',
  deleteName: 'name',
  /** The status message's button: the settings window of the channel's strategy. */
  statusSettings: 'status_settings',
  /** App Home buttons of one strategy; each button's value is the strategy id. */
  homeStatus: 'lead_home_status',
  homeSettings: 'lead_home_settings',
  homePlan: 'lead_home_plan',
  /** App Home paging through the strategies; the value is the page number (from 0). */
  homePage: 'lead_home_page',
  statusView: 'lead_home_status_view',
} as const;

/** What a modal turns into when its save outlasts Slack's wait for an answer. */
export const SAVING_IDS = {
  view: 'saving',
} as const;

/**
 * Items whose owner left (digest, App Home): one section per item with a users_select, whose
 * block_id names the item as JSON `{ s: strategy id, k: kind, i: phase key or item id }` (a
 * users_select has no value of its own to carry it).
 */
export const OWNER_LEFT_IDS = {
  reassign: 'owner_left_reassign',
  block: (strategyId: string, kind: string, id: string) => JSON.stringify({ s: strategyId, k: kind, i: id }),
};

/** The Workflow Builder step, as the manifests' `functions` name it and its inputs and output. */
export const WORKFLOW_IDS = {
  recordValue: 'record_metric_value',
  inputs: { channel: 'strategy_channel', metric: 'metric', value: 'value', comment: 'comment' },
  outputs: { period: 'period' },
} as const;
