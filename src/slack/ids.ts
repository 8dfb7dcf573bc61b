// Every callback_id, action_id and block_id the app uses. Listeners, views and tests import
// them from here, so a renamed id cannot leave a listener deaf.

export const COMMAND = '/smstrategy';

export const ACTIONS = {
  helpStart: 'help_start',
  helpStatus: 'help_status',
  helpShow: 'help_show',
} as const;

export const VIEWS = {} as const;

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
  /** Digest button: opens the check-in modal (wired by the check-in feature). */
  digestReportMetrics: 'digest_report_metrics',
  /** Digest button: shows the status, as `/smstrategy status` would. */
  digestOpenStatus: 'digest_open_status',
  /** Check-in prompt button: opens the check-in modal (wired by the check-in feature). */
  checkinOpen: 'checkin_prompt_open',
} as const;
