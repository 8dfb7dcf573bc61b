import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';

// Frozen in time. The eight phase keys are copied here (not imported) so this migration keeps
// meaning what it meant when it ran.
const PHASE_KEYS = [
  'listening',
  'goals',
  'content',
  'presence',
  'channels',
  'measurement',
  'organisation',
  'action_plan',
];

// The tables as they stood when this migration was written.
interface Tables {
  strategies: { id: string; team_id: string; created_at: number };
  phases: {
    id: string;
    strategy_id: string;
    team_id: string;
    key: string;
    owner_id: string | null;
    due_date: string | null;
    status: string;
    notes: string | null;
    deliverable_url: string | null;
    updated_at: number;
  };
}

export async function up(untyped: Kysely<unknown>): Promise<void> {
  const db = untyped as unknown as Kysely<Tables>;
  await db.schema
    .createTable('phases')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('strategy_id', 'text', (c) => c.notNull().references('strategies.id').onDelete('cascade'))
    .addColumn('team_id', 'text', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('owner_id', 'text')
    // A local calendar date, YYYY-MM-DD, in the strategy's time zone: not an instant.
    .addColumn('due_date', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('notes', 'text')
    .addColumn('deliverable_url', 'text')
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addUniqueConstraint('phases_strategy_key', ['strategy_id', 'key'])
    .execute();
  await db.schema.createIndex('phases_team_owner').on('phases').columns(['team_id', 'owner_id']).execute();

  // Strategies started before this migration get their eight phases now.
  const strategies = await db.selectFrom('strategies').select(['id', 'team_id', 'created_at']).execute();
  for (const s of strategies) {
    await db
      .insertInto('phases')
      .values(
        PHASE_KEYS.map((key) => ({
          id: randomUUID(),
          strategy_id: s.id,
          team_id: s.team_id,
          key,
          owner_id: null,
          due_date: null,
          status: 'not_started',
          notes: null,
          deliverable_url: null,
          updated_at: Number(s.created_at),
        })),
      )
      .execute();
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('phases').execute();
}
