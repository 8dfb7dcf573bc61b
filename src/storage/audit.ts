import { randomUUID } from 'node:crypto';
import type { Insertable, Selectable } from 'kysely';
import type { Db } from './db.js';
import { parseStoredJson } from './json.js';
import { breathe } from './metrics.js';
import type { AuditEventTable } from './schema.js';

export interface AuditEntry {
  teamId: string;
  strategyId: string | null;
  actorId: string;
  action: string;
  subject?: string | null;
  before?: unknown;
  after?: unknown;
  at: number;
}

export interface AuditRecord extends Required<Omit<AuditEntry, 'before' | 'after'>> {
  id: string;
  before: unknown;
  after: unknown;
}

const json = (v: unknown) => (v === undefined ? null : JSON.stringify(v));

function auditRow(e: AuditEntry): Insertable<AuditEventTable> {
  return {
    id: randomUUID(),
    team_id: e.teamId,
    strategy_id: e.strategyId,
    actor_id: e.actorId,
    action: e.action,
    subject: e.subject ?? null,
    before_json: json(e.before),
    after_json: json(e.after),
    at: e.at,
  };
}

export async function recordAudit(db: Db, e: AuditEntry): Promise<void> {
  await db.insertInto('audit_events').values(auditRow(e)).execute();
}

// 500 rows of 9 columns a statement: inside every database's bound-parameter limit.
const AUDIT_BATCH = 500;

/** Many entries at once (an imported history), in as few statements as the databases allow. */
export async function recordAudits(db: Db, entries: AuditEntry[]): Promise<void> {
  for (let i = 0; i < entries.length; i += AUDIT_BATCH) {
    // Other requests are answered between batches (see breathe).
    if (i > 0) await breathe();
    await db
      .insertInto('audit_events')
      .values(entries.slice(i, i + AUDIT_BATCH).map(auditRow))
      .execute();
  }
}

export async function listAudit(
  db: Db,
  scope: { teamId: string },
  strategyId: string,
  limit = 50,
): Promise<AuditRecord[]> {
  const rows = await db
    .selectFrom('audit_events')
    .selectAll()
    .where('team_id', '=', scope.teamId)
    .where('strategy_id', '=', strategyId)
    .orderBy('at', 'desc')
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map(toRecord);
}

function toRecord(r: Selectable<AuditEventTable>): AuditRecord {
  return {
    id: r.id,
    teamId: r.team_id,
    strategyId: r.strategy_id,
    actorId: r.actor_id,
    action: r.action,
    subject: r.subject,
    // An unreadable value reads as none: the entry still says who did what, and when.
    before: parseStoredJson(r.before_json) ?? null,
    after: parseStoredJson(r.after_json) ?? null,
    at: r.at,
  };
}

/** The strategy's whole audit trail, oldest first, for the export. */
export async function listWholeAudit(
  db: Db,
  scope: { teamId: string },
  strategyId: string,
): Promise<AuditRecord[]> {
  const rows = await db
    .selectFrom('audit_events')
    .selectAll()
    .where('team_id', '=', scope.teamId)
    .where('strategy_id', '=', strategyId)
    .orderBy('at')
    .orderBy('id')
    .execute();
  return rows.map(toRecord);
}
