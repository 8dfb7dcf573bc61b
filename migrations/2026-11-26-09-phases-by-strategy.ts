import type { Kysely } from 'kysely';

// Phases are read per strategy (status, the digest) with the team in the same condition; without
// this index SQLite takes (team_id, owner_id) and scans every phase of the workspace.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('phases_team_strategy')
    .on('phases')
    .columns(['team_id', 'strategy_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('phases_team_strategy').execute();
}
