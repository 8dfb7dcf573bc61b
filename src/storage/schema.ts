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

export interface Database {
  workspaces: WorkspaceTable;
  strategies: StrategyTable;
  strategy_admins: StrategyAdminTable;
  audit_events: AuditEventTable;
  phases: PhaseTable;
}
