import type { Kysely } from 'kysely';

// Frozen in time (nothing imported from the app).
//
// What each phase holds beyond its status: free-text fields under fixed keys, the goals (each with
// the metrics that measure it, as a JSON list of metric ids), the channel register with each
// account's confirmed activity per period, and the action plan. Every row carries a version that
// each saved change raises by one; the audit trail keeps what each change replaced.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('phase_fields')
    .addColumn('strategy_id', 'text', (c) => c.notNull().references('strategies.id').onDelete('cascade'))
    .addColumn('team_id', 'text', (c) => c.notNull())
    .addColumn('phase', 'text', (c) => c.notNull())
    .addColumn('field', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('phase_fields_pk', ['strategy_id', 'phase', 'field'])
    .execute();
  await db.schema
    .createIndex('phase_fields_team_strategy')
    .on('phase_fields')
    .columns(['team_id', 'strategy_id'])
    .execute();

  await db.schema
    .createTable('phase_goals')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('strategy_id', 'text', (c) => c.notNull().references('strategies.id').onDelete('cascade'))
    .addColumn('team_id', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('metric_ids', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('phase_goals_team_strategy')
    .on('phase_goals')
    .columns(['team_id', 'strategy_id'])
    .execute();

  await db.schema
    .createTable('register_channels')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('strategy_id', 'text', (c) => c.notNull().references('strategies.id').onDelete('cascade'))
    .addColumn('team_id', 'text', (c) => c.notNull())
    .addColumn('service', 'text', (c) => c.notNull())
    .addColumn('handle', 'text', (c) => c.notNull())
    .addColumn('audience', 'text', (c) => c.notNull())
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('cadence', 'text', (c) => c.notNull())
    .addColumn('owner_id', 'text')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('register_channels_team_strategy')
    .on('register_channels')
    .columns(['team_id', 'strategy_id'])
    .execute();
  await db.schema
    .createIndex('register_channels_team_owner')
    .on('register_channels')
    .columns(['team_id', 'owner_id'])
    .execute();

  await db.schema
    .createTable('channel_activity')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('channel_id', 'text', (c) =>
      c.notNull().references('register_channels.id').onDelete('cascade'),
    )
    .addColumn('team_id', 'text', (c) => c.notNull())
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('posted', 'integer', (c) => c.notNull())
    .addColumn('post_count', 'integer')
    .addColumn('confirmed_by', 'text', (c) => c.notNull())
    .addColumn('confirmed_at', 'bigint', (c) => c.notNull())
    .addUniqueConstraint('channel_activity_channel_period', ['channel_id', 'period'])
    .execute();

  await db.schema
    .createTable('action_items')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('strategy_id', 'text', (c) => c.notNull().references('strategies.id').onDelete('cascade'))
    .addColumn('team_id', 'text', (c) => c.notNull())
    .addColumn('what', 'text', (c) => c.notNull())
    .addColumn('owner_id', 'text')
    .addColumn('due_date', 'text')
    .addColumn('done', 'integer', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('action_items_team_strategy')
    .on('action_items')
    .columns(['team_id', 'strategy_id'])
    .execute();
  await db.schema
    .createIndex('action_items_team_owner')
    .on('action_items')
    .columns(['team_id', 'owner_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('action_items').execute();
  await db.schema.dropTable('channel_activity').execute();
  await db.schema.dropTable('register_channels').execute();
  await db.schema.dropTable('phase_goals').execute();
  await db.schema.dropTable('phase_fields').execute();
}
