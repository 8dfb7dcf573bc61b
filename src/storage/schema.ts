// Row shapes as stored. Times are epoch milliseconds and structured values JSON text,
// so the same migrations run on SQLite and PostgreSQL (see migrations/).

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
  language: 'fi' | 'en';
  time_zone: string;
  state: 'active' | 'paused' | 'archived';
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
  direction: 'up' | 'down';
  cadence: 'weekly' | 'monthly';
  archived_at: number | null;
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
}

export interface Database {
  workspaces: WorkspaceTable;
  strategies: StrategyTable;
  strategy_admins: StrategyAdminTable;
  audit_events: AuditEventTable;
  metrics: MetricTable;
  checkins: CheckinTable;
}
