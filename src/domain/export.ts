import { PHASE_KEYS } from './method.js';
import type { Checkin, Metric } from './metric.js';
import { PHASE_FIELDS, type PhaseContent } from './phase-content.js';
import type { Phase } from './phases.js';
import type { AuditLine } from './plan.js';
import type { Strategy } from './strategy.js';

// The strategy's data as tables, one per kind, for people to take elsewhere (a spreadsheet, an
// archive). Column names are stable identifiers in English whatever the strategy's language, so
// scripts reading an export keep working; the README inside the export explains them in the
// strategy's language.

export type Cell = string | number | boolean | null;

export const EXPORT_TABLES = {
  phases: [
    'number',
    'key',
    'owner_id',
    'owner_name',
    'owner_left',
    'due_date',
    'status',
    'notes',
    'deliverable_url',
    'updated_at',
  ],
  phase_fields: ['phase_key', 'field', 'text'],
  goals: ['goal_id', 'text', 'metric_ids'],
  metrics: [
    'metric_id',
    'name',
    'unit',
    'baseline',
    'target',
    'target_date',
    'direction',
    'cadence',
    'owner_id',
    'owner_name',
    'owner_left',
    'archived_at',
    'created_at',
  ],
  checkins: [
    'metric_id',
    'metric_name',
    'period',
    'value',
    'reported_by_id',
    'reported_by_name',
    'reported_at',
    'comment',
    'confidence',
    'source',
    'source_label',
  ],
  action_items: ['action_id', 'what', 'owner_id', 'owner_name', 'owner_left', 'due_date', 'done'],
  channel_register: [
    'entry_id',
    'service',
    'handle',
    'audience',
    'purpose',
    'cadence',
    'owner_id',
    'owner_name',
    'owner_left',
    'last_period',
    'last_posted',
    'last_count',
    'last_confirmed_at',
  ],
  audit_trail: ['at', 'actor_id', 'actor_name', 'action', 'subject', 'before', 'after'],
} as const;

export type ExportTableName = keyof typeof EXPORT_TABLES;
export type ExportColumn<T extends ExportTableName = ExportTableName> = (typeof EXPORT_TABLES)[T][number];

export interface ExportTable<T extends ExportTableName = ExportTableName> {
  name: T;
  columns: readonly ExportColumn<T>[];
  rows: Cell[][];
}

export interface ExportInput {
  strategy: Strategy;
  phases: Phase[];
  content: PhaseContent;
  /** Archived metrics included: their check-ins are part of the history. */
  metrics: Metric[];
  checkins: Checkin[];
  /** Oldest first. */
  audit: AuditLine[];
  /** Display names by Slack user id, as last seen. */
  names: ReadonlyMap<string, string>;
  /** Users Slack reported as deactivated. */
  departed: ReadonlySet<string>;
}

const iso = (d: Date | number | null | undefined) => (d == null ? null : new Date(d).toISOString());

function table<T extends ExportTableName>(name: T, records: Record<ExportColumn<T>, Cell>[]): ExportTable<T> {
  const columns = EXPORT_TABLES[name] as readonly ExportColumn<T>[];
  return { name, columns, rows: records.map((r) => columns.map((c) => r[c])) };
}

/**
 * Every table of the export, in the order the README lists them. The channel register only when
 * the strategy has one: an empty table of a feature nobody used would only puzzle.
 */
export function exportTables(input: ExportInput): ExportTable[] {
  const name = (id: string | null | undefined) => (id ? (input.names.get(id) ?? null) : null);
  const left = (id: string | null | undefined) => Boolean(id && input.departed.has(id));
  const metricNames = new Map(input.metrics.map((m) => [m.id, m.name]));
  const byKey = new Map(input.phases.map((p) => [p.key, p]));
  const tables: ExportTable[] = [
    table(
      'phases',
      PHASE_KEYS.map((key, i) => {
        const p = byKey.get(key);
        return {
          number: i + 1,
          key,
          owner_id: p?.ownerId ?? null,
          owner_name: name(p?.ownerId),
          owner_left: left(p?.ownerId),
          due_date: p?.dueDate ?? null,
          status: p?.status ?? 'not_started',
          notes: p?.notes ?? null,
          deliverable_url: p?.deliverableUrl ?? null,
          updated_at: iso(p?.updatedAt),
        };
      }),
    ),
    table(
      'phase_fields',
      PHASE_KEYS.flatMap((key) => {
        const fields: Partial<Record<string, string>> = input.content.fields[key] ?? {};
        return (PHASE_FIELDS[key] as readonly string[])
          .filter((field) => fields[field] !== undefined)
          .map((field) => ({ phase_key: key, field, text: fields[field] ?? null }));
      }),
    ),
    table(
      'goals',
      input.content.goals.map((g) => ({ goal_id: g.id, text: g.text, metric_ids: g.metricIds.join(' ') })),
    ),
    table(
      'metrics',
      input.metrics.map((m) => ({
        metric_id: m.id,
        name: m.name,
        unit: m.unit,
        baseline: m.baseline,
        target: m.target,
        target_date: m.targetDate,
        direction: m.direction,
        cadence: m.cadence,
        owner_id: m.ownerId,
        owner_name: name(m.ownerId),
        owner_left: left(m.ownerId),
        archived_at: iso(m.archivedAt),
        created_at: iso(m.createdAt),
      })),
    ),
    table(
      'checkins',
      input.checkins.map((c) => ({
        metric_id: c.metricId,
        metric_name: metricNames.get(c.metricId) ?? null,
        period: c.period,
        value: c.value,
        reported_by_id: c.reportedBy,
        reported_by_name: name(c.reportedBy),
        reported_at: iso(c.reportedAt),
        comment: c.comment,
        confidence: c.confidence,
        source: c.source.kind,
        source_label: c.source.label ?? null,
      })),
    ),
    table(
      'action_items',
      input.content.actions.map((a) => ({
        action_id: a.id,
        what: a.what,
        owner_id: a.ownerId ?? null,
        owner_name: name(a.ownerId),
        owner_left: left(a.ownerId),
        due_date: a.due ?? null,
        done: a.done,
      })),
    ),
  ];
  if (input.content.channels.length > 0)
    tables.push(
      table(
        'channel_register',
        input.content.channels.map((c) => ({
          entry_id: c.id,
          service: c.service,
          handle: c.handle,
          audience: c.audience,
          purpose: c.purpose,
          cadence: c.cadence,
          owner_id: c.ownerId ?? null,
          owner_name: name(c.ownerId),
          owner_left: left(c.ownerId),
          last_period: c.lastActivity?.period ?? null,
          last_posted: c.lastActivity ? c.lastActivity.posted : null,
          last_count: c.lastActivity?.count ?? null,
          last_confirmed_at: iso(c.lastActivity?.confirmedAt),
        })),
      ),
    );
  tables.push(
    table(
      'audit_trail',
      input.audit.map((a) => ({
        at: iso(a.at),
        actor_id: a.actorId,
        actor_name: name(a.actorId),
        action: a.action,
        subject: a.subject,
        before: a.before == null ? null : JSON.stringify(a.before),
        after: a.after == null ? null : JSON.stringify(a.after),
      })),
    ),
  );
  return tables;
}

/** The user ids an export names, whose display names are worth learning first. */
export function exportUserIds(input: Omit<ExportInput, 'names'>): string[] {
  const ids = new Set<string>();
  const add = (id: string | null | undefined) => {
    if (id) ids.add(id);
  };
  for (const p of input.phases) add(p.ownerId);
  for (const m of input.metrics) add(m.ownerId);
  for (const c of input.checkins) add(c.reportedBy);
  for (const a of input.content.actions) add(a.ownerId);
  for (const c of input.content.channels) add(c.ownerId);
  for (const a of input.audit) add(a.actorId);
  return [...ids].sort();
}
