import type { Selectable } from 'kysely';
import type { Db } from './db.js';
import type { ApiTokenTable } from './schema.js';
import type { Scope } from './strategies.js';

/** An API token as kept: its hash, never the token. */
export interface ApiTokenRecord {
  id: string;
  teamId: string;
  strategyId: string;
  label: string;
  createdBy: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

function toRecord(r: Selectable<ApiTokenTable>): ApiTokenRecord {
  const time = (v: number | null) => (v === null ? null : new Date(Number(v)));
  return {
    id: r.id,
    teamId: r.team_id,
    strategyId: r.strategy_id,
    label: r.label,
    createdBy: r.created_by,
    createdAt: new Date(Number(r.created_at)),
    lastUsedAt: time(r.last_used_at),
    revokedAt: time(r.revoked_at),
  };
}

/** Adds a token; false when the strategy already has one with this label that is not revoked. */
export async function insertApiToken(
  db: Db,
  scope: Scope,
  t: { id: string; strategyId: string; label: string; tokenHash: string; createdBy: string; at: number },
): Promise<boolean> {
  const taken = await findActiveApiToken(db, scope, t.strategyId, t.label);
  if (taken) return false;
  await db
    .insertInto('api_tokens')
    .values({
      id: t.id,
      team_id: scope.teamId,
      strategy_id: t.strategyId,
      label: t.label,
      token_hash: t.tokenHash,
      created_by: t.createdBy,
      created_at: t.at,
      last_used_at: null,
      revoked_by: null,
      revoked_at: null,
    })
    .execute();
  return true;
}

export async function findActiveApiToken(
  db: Db,
  scope: Scope,
  strategyId: string,
  label: string,
): Promise<ApiTokenRecord | undefined> {
  const row = await db
    .selectFrom('api_tokens')
    .selectAll()
    .where('team_id', '=', scope.teamId)
    .where('strategy_id', '=', strategyId)
    .where('label', '=', label)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return row && toRecord(row);
}

/** The token with this hash in the workspace, revoked or not. */
export async function findApiTokenByHash(
  db: Db,
  scope: Scope,
  tokenHash: string,
): Promise<ApiTokenRecord | undefined> {
  const row = await db
    .selectFrom('api_tokens')
    .selectAll()
    .where('team_id', '=', scope.teamId)
    .where('token_hash', '=', tokenHash)
    .executeTakeFirst();
  return row && toRecord(row);
}

/** The strategy's tokens that are not revoked, oldest first. */
export async function listActiveApiTokens(
  db: Db,
  scope: Scope,
  strategyId: string,
): Promise<ApiTokenRecord[]> {
  const rows = await db
    .selectFrom('api_tokens')
    .selectAll()
    .where('team_id', '=', scope.teamId)
    .where('strategy_id', '=', strategyId)
    .where('revoked_at', 'is', null)
    .orderBy('created_at')
    .orderBy('label')
    .execute();
  return rows.map(toRecord);
}

export async function revokeApiToken(
  db: Db,
  scope: Scope,
  id: string,
  by: string,
  at: number,
): Promise<boolean> {
  const result = await db
    .updateTable('api_tokens')
    .set({ revoked_at: at, revoked_by: by })
    .where('team_id', '=', scope.teamId)
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Notes the token's use, at most about once a minute per token (one write per request would be waste). */
export async function touchApiToken(db: Db, scope: Scope, id: string, at: number): Promise<void> {
  await db
    .updateTable('api_tokens')
    .set({ last_used_at: at })
    .where('team_id', '=', scope.teamId)
    .where('id', '=', id)
    .where((eb) => eb.or([eb('last_used_at', 'is', null), eb('last_used_at', '<', at - 60_000)]))
    .execute();
}

export interface StoredAnswer {
  fingerprint: string;
  /** Undefined while the first request with the key is under way. */
  answer: { status: number; body: string } | undefined;
}

/**
 * Claims an idempotency key for a request; undefined when this request has it now, otherwise
 * what the key holds already. Keys older than `forgetBefore` are forgotten first.
 */
export async function claimIdempotencyKey(
  db: Db,
  scope: Scope,
  k: { tokenId: string; key: string; fingerprint: string; at: number; forgetBefore: number },
): Promise<StoredAnswer | undefined> {
  await db
    .deleteFrom('api_idempotency_keys')
    .where('team_id', '=', scope.teamId)
    .where('token_id', '=', k.tokenId)
    .where('created_at', '<', k.forgetBefore)
    .execute();
  const inserted = await db
    .insertInto('api_idempotency_keys')
    .values({
      team_id: scope.teamId,
      token_id: k.tokenId,
      key: k.key,
      fingerprint: k.fingerprint,
      status: null,
      body: null,
      created_at: k.at,
    })
    .onConflict((oc) => oc.columns(['token_id', 'key']).doNothing())
    .executeTakeFirst();
  if (Number(inserted.numInsertedOrUpdatedRows ?? 0) > 0) return undefined;
  const row = await db
    .selectFrom('api_idempotency_keys')
    .select(['fingerprint', 'status', 'body'])
    .where('team_id', '=', scope.teamId)
    .where('token_id', '=', k.tokenId)
    .where('key', '=', k.key)
    .executeTakeFirst();
  // Forgotten between the insert and the read: as good as under way.
  if (!row) return { fingerprint: k.fingerprint, answer: undefined };
  return {
    fingerprint: row.fingerprint,
    answer: row.status === null ? undefined : { status: Number(row.status), body: row.body ?? '' },
  };
}

export async function storeIdempotentAnswer(
  db: Db,
  scope: Scope,
  k: { tokenId: string; key: string; status: number; body: string },
): Promise<void> {
  await db
    .updateTable('api_idempotency_keys')
    .set({ status: k.status, body: k.body })
    .where('team_id', '=', scope.teamId)
    .where('token_id', '=', k.tokenId)
    .where('key', '=', k.key)
    .execute();
}

export async function releaseIdempotencyKey(
  db: Db,
  scope: Scope,
  k: { tokenId: string; key: string },
): Promise<void> {
  await db
    .deleteFrom('api_idempotency_keys')
    .where('team_id', '=', scope.teamId)
    .where('token_id', '=', k.tokenId)
    .where('key', '=', k.key)
    .where('status', 'is', null)
    .execute();
}
