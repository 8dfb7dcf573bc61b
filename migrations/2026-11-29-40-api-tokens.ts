import { type Kysely, sql } from 'kysely';

// Frozen in time (nothing imported from the app).
//
// Tokens for the HTTP API: each belongs to one strategy, carries a label people choose, and is
// kept only as a hash (the token itself is shown once, when it is made). A revoked token stays,
// with when and by whom, so the audit trail's labels still name something; a label is unique
// among a strategy's tokens that are not revoked.
//
// Idempotency keys: the answer to a POST sent with an `Idempotency-Key`, kept per token, so the
// same request sent again gets the same answer and writes nothing more. A row without a status
// is a request still under way.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('api_tokens')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('team_id', 'text', (c) => c.notNull())
    .addColumn('strategy_id', 'text', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('last_used_at', 'bigint')
    .addColumn('revoked_by', 'text')
    .addColumn('revoked_at', 'bigint')
    .execute();
  await db.schema
    .createIndex('api_tokens_active_label')
    .on('api_tokens')
    .columns(['team_id', 'strategy_id', 'label'])
    .unique()
    .where(sql.ref('revoked_at'), 'is', null)
    .execute();
  await db.schema
    .createTable('api_idempotency_keys')
    .addColumn('team_id', 'text', (c) => c.notNull())
    .addColumn('token_id', 'text', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('fingerprint', 'text', (c) => c.notNull())
    .addColumn('status', 'integer')
    .addColumn('body', 'text')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('api_idempotency_keys_pk', ['token_id', 'key'])
    .execute();
  await db.schema
    .createIndex('api_idempotency_keys_created')
    .on('api_idempotency_keys')
    .column('created_at')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('api_idempotency_keys').execute();
  await db.schema.dropTable('api_tokens').execute();
}
