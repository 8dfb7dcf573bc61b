import type { Generated } from 'kysely';
import type { CheckinSource, Confidence, Direction } from '../domain/metric.js';
import type { Cadence } from '../domain/periods.js';
import type { Language, StrategyState } from '../domain/strategy.js';

// Row shapes as stored; each storage module derives its row and input types from these with
// kysely's Selectable, Insertable and Updateable. Times are epoch milliseconds and structured
// values JSON text, so the same migrations run on SQLite and PostgreSQL (see migrations/).

export interface WorkspaceTable {
  team_id: string;
  name: string | null;
  created_at: number;
  updated_at: number;
}

export interface StrategyTable {
  id: string;
  team_id: string;
  channel_id: string;
  name: string;
  language: Language;
  time_zone: string;
  state: StrategyState;
  /** ISO weekdays joined by commas (`1,2,3,4,5`). */
  working_days: Generated<string>;
  created_by: string;
  created_at: number;
  updated_at: number;
}

export interface StrategyAdminTable {
  strategy_id: string;
  team_id: string;
  user_id: string;
  added_at: number;
}

export interface AuditEventTable {
  id: string;
  team_id: string;
  strategy_id: string | null;
  actor_id: string;
  action: string;
  subject: string | null;
  before_json: string | null;
  after_json: string | null;
  at: number;
}

export interface ProcessedEventTable {
  team_id: string;
  event_id: string;
  received_at: number;
}

export interface InstallationTable {
  team_id: string;
  enterprise_id: string | null;
  bot_user_id: string | null;
  key_id: string;
  /** The whole installation as JSON, sealed with AES-256-GCM (storage/sealer.ts). */
  sealed: string;
  installed_by: string | null;
  installed_at: number;
  updated_at: number;
}

/** A known text sealed under the encryption key, to tell a wrong key at start (storage/key-check.ts). */
export interface KeyCheckTable {
  id: string;
  key_id: string;
  sealed: string;
  updated_at: number;
}

export interface AssessmentRevisionTable {
  id: string;
  team_id: string;
  strategy_id: string;
  revision: number;
  answers_json: string;
  /** The three judgements made with this revision; null when it predates them. */
  judgements_json: string | null;
  /** Per question: the phase closing its gap was done when the answer last changed (domain GapBasis). */
  gap_basis_json: string | null;
  created_by: string;
  created_at: number;
}

export interface AssessmentDraftTable {
  strategy_id: string;
  team_id: string;
  user_id: string;
  answers_json: string;
  judgements_json: string | null;
  updated_at: number;
}

export interface PhaseTable {
  id: string;
  strategy_id: string;
  team_id: string;
  key: string;
  owner_id: string | null;
  /** YYYY-MM-DD, a local calendar date in the strategy's time zone. */
  due_date: string | null;
  status: string;
  notes: string | null;
  deliverable_url: string | null;
  updated_at: number;
}

export interface MetricTable {
  id: string;
  strategy_id: string;
  team_id: string;
  name: string;
  unit: string;
  baseline: number;
  target: number;
  /** Local calendar date, YYYY-MM-DD. */
  target_date: string;
  owner_id: string;
  direction: Direction;
  cadence: Cadence;
  archived_at: number | null;
  created_at: number;
  updated_at: number;
}

export interface ScheduleTable {
  id: string;
  team_id: string;
  strategy_id: string;
  kind: 'digest' | 'checkin_prompt' | 'checkin_reminder' | 'nudges';
  weekday: number | null;
  local_time: string;
  time_zone: string;
  next_run_at: number;
  /** 1 or 0: nudges can be switched off without losing their settings. */
  enabled: number;
  /** 1 or 0; pause_reason says why (`by_user`, or the Slack error that stopped it). */
  paused: number;
  pause_reason: string | null;
  /** `weekly`, `biweekly`, `monthly_first` or `monthly_last` (see domain/schedule.ts). */
  frequency: Generated<string>;
  /** Every other week: the local Monday (YYYY-MM-DD) of a week it runs in. */
  anchor: string | null;
  /** Days each slot runs after the day its frequency picks (the reminder: 1). */
  day_offset: Generated<number>;
  created_at: number;
  updated_at: number;
}

export interface CheckinTable {
  id: string;
  metric_id: string;
  team_id: string;
  /** `2026-W48` (ISO week) or `2026-11` (month), in the strategy's time zone. */
  period: string;
  value: number;
  reported_by: string;
  reported_at: number;
  comment: string | null;
  confidence: Confidence | null;
  source: Generated<CheckinSource>;
  /** The API token's label for values written through it. */
  source_label: string | null;
}

export interface DeliveryTable {
  id: string;
  team_id: string;
  schedule_id: string;
  slot_at: number;
  recipient: string;
  state: 'claimed' | 'sent' | 'skipped' | 'failed';
  lease_until: number | null;
  attempts: number;
  message_ts: string | null;
  error: string | null;
  /** The attempt whose end was recorded by a deferral; null until one is. */
  deferred_attempt: number | null;
  /** 1 or 0: that attempt may have posted (the answer was lost and the lookup could not be made). */
  maybe_posted: number;
  /** Where an interrupted search of the channel stopped: the oldest ts it had read. */
  searched_to: string | null;
  /** Attempts that only waited for a lookup; they do not count towards giving up. */
  lookup_waits: number;
  created_at: number;
  updated_at: number;
}

export interface ApiTokenTable {
  id: string;
  team_id: string;
  strategy_id: string;
  label: string;
  /** SHA-256 of the token, hex; the token itself is never stored. */
  token_hash: string;
  created_by: string;
  created_at: number;
  last_used_at: number | null;
  revoked_by: string | null;
  revoked_at: number | null;
}

export interface ApiIdempotencyKeyTable {
  team_id: string;
  token_id: string;
  key: string;
  /** SHA-256 of the method, path and body the key first came with. */
  fingerprint: string;
  /** The answer's status and JSON body; null while the first request is under way. */
  status: number | null;
  body: string | null;
  created_at: number;
}

export interface Database {
  workspaces: WorkspaceTable;
  strategies: StrategyTable;
  strategy_admins: StrategyAdminTable;
  audit_events: AuditEventTable;
  processed_events: ProcessedEventTable;
  installations: InstallationTable;
  assessment_revisions: AssessmentRevisionTable;
  assessment_drafts: AssessmentDraftTable;
  phases: PhaseTable;
  metrics: MetricTable;
  checkins: CheckinTable;
  schedules: ScheduleTable;
  deliveries: DeliveryTable;
  user_names: UserNameTable;
  plan_canvases: PlanCanvasTable;
  plan_versions: PlanVersionTable;
  user_languages: UserLanguageTable;
  key_checks: KeyCheckTable;
  phase_fields: PhaseFieldTable;
  phase_goals: PhaseGoalTable;
  register_channels: RegisterChannelTable;
  channel_activity: ChannelActivityTable;
  action_items: ActionItemTable;
  departed_users: DepartedUserTable;
  user_time_zones: UserTimeZoneTable;
  phase_nudges: PhaseNudgeTable;
  owner_notices: OwnerNoticeTable;
  api_tokens: ApiTokenTable;
  api_idempotency_keys: ApiIdempotencyKeyTable;
  metric_imports: MetricImportTable;
}

export interface UserNameTable {
  team_id: string;
  user_id: string;
  name: string;
  updated_at: number;
}

export interface PlanCanvasTable {
  strategy_id: string;
  team_id: string;
  canvas_id: string;
  created_at: number;
  updated_at: number;
}

/** One version of a strategy's documented plan (see the migration that made the table). */
export interface PlanVersionTable {
  strategy_id: string;
  team_id: string;
  version: number;
  fingerprint: string;
  sections_json: string;
  changed_json: string;
  made_by: string | null;
  made_at: number;
}

/** A person's own language in one workspace; no row: they have chosen none. */
export interface UserLanguageTable {
  team_id: string;
  user_id: string;
  language: Language;
  updated_at: number;
}

export interface PhaseFieldTable {
  strategy_id: string;
  team_id: string;
  /** A key of PHASE_KEYS. */
  phase: string;
  /** A key of PHASE_FIELDS for that phase. */
  field: string;
  value: string;
  version: number;
  updated_by: string;
  updated_at: number;
}

export interface PhaseGoalTable {
  id: string;
  strategy_id: string;
  team_id: string;
  text: string;
  /** JSON list of the ids of the metrics that measure the goal. */
  metric_ids: string;
  version: number;
  created_at: number;
  updated_at: number;
}

export interface RegisterChannelTable {
  id: string;
  strategy_id: string;
  team_id: string;
  service: string;
  handle: string;
  audience: string;
  purpose: string;
  cadence: string;
  owner_id: string | null;
  version: number;
  created_at: number;
  updated_at: number;
}

export interface ChannelActivityTable {
  id: string;
  /** The register entry (register_channels.id), not a Slack channel. */
  channel_id: string;
  team_id: string;
  /** `2026-W48` (ISO week) or `2026-11` (month), in the strategy's time zone. */
  period: string;
  /** 1 or 0. */
  posted: number;
  post_count: number | null;
  confirmed_by: string;
  confirmed_at: number;
}

export interface ActionItemTable {
  id: string;
  strategy_id: string;
  team_id: string;
  what: string;
  owner_id: string | null;
  /** YYYY-MM-DD, local to the strategy. */
  due_date: string | null;
  /** 1 or 0. */
  done: number;
  version: number;
  created_at: number;
  updated_at: number;
}

/** Someone Slack reported deactivated; what they own shows as "owner left" until reassigned. */
export interface DepartedUserTable {
  team_id: string;
  user_id: string;
  left_at: number;
}

/** The time zone users.info gave for a person, and when it was asked. */
export interface UserTimeZoneTable {
  team_id: string;
  user_id: string;
  time_zone: string;
  checked_at: number;
}

/** What an owner did about a phase's nudges: snoozed them, or said the phase is not theirs. */
export interface PhaseNudgeTable {
  strategy_id: string;
  team_id: string;
  phase_key: string;
  /** YYYY-MM-DD in the owner's time zone: no nudge about the phase before this date. */
  snoozed_until: string | null;
  snoozed_by: string | null;
  disowned_by: string | null;
  updated_at: number;
}

/** A change someone should hear about, waiting to go out with the others made around it. */
export interface OwnerNoticeTable {
  id: string;
  team_id: string;
  strategy_id: string;
  recipient: string;
  kind: 'changed' | 'blocked';
  phase_key: string;
  actor_id: string;
  payload_json: string;
  created_at: number;
  /** The delivery that sends it; null while it waits. */
  delivery_id: string | null;
}
/**
 * A metric's history on its way in: `awaiting_file` (the person was told to send the file to the
 * app's DM), `previewed` (rows read, waiting for the confirmation), `imported` or `cancelled`.
 */
export interface MetricImportTable {
  id: string;
  team_id: string;
  strategy_id: string;
  metric_id: string;
  user_id: string;
  state: 'awaiting_file' | 'previewed' | 'imported' | 'cancelled';
  /** The file's name, when the rows came in a file. */
  label: string | null;
  /** JSON `[[period, value], …]` once previewed. */
  rows: string | null;
  created_at: number;
  updated_at: number;
}
