import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { type Actor, canManageStrategy } from '../domain/permissions.js';
import { storableText } from '../domain/storable-text.js';
import type { Strategy } from '../domain/strategy.js';
import {
  type ApiTokenRecord,
  claimIdempotencyKey,
  findActiveApiToken,
  findApiTokenByHash,
  insertApiToken,
  listActiveApiTokens,
  releaseIdempotencyKey,
  revokeApiToken as revokeApiTokenRow,
  type StoredAnswer,
  storeIdempotentAnswer,
  touchApiToken,
} from '../storage/api-tokens.js';
import { recordAudit } from '../storage/audit.js';
import { findStrategyById } from '../storage/strategies.js';
import type { ServiceDeps } from './deps.js';

export type { ApiTokenRecord };

// A token is `smst_<workspace>_<secret>`: the workspace part scopes its lookup as every query is
// scoped, and the 256-bit secret makes it unguessable, so a plain SHA-256 of the whole token is
// enough to keep (a slow password hash is for secrets people choose, which this is not).

const PREFIX = 'smst_';
const TOKEN = /^smst_([A-Z0-9]{1,32})_([A-Za-z0-9_-]{43})$/;
/** Labels are short names people tell tokens apart by: "ga4", "newsletter sync". */
export const API_TOKEN_LABEL_MAX = 40;
/** How long an Idempotency-Key's answer is kept: a day, as clients retry within minutes or hours. */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

/** A label as kept: storable, trimmed, inner whitespace as one space. */
export function apiTokenLabel(text: string): string {
  return storableText(text).trim().replace(/\s+/g, ' ');
}

export type CreateApiTokenResult =
  /** `token` is the only time the token exists outside the caller's hands. */
  | { kind: 'created'; token: string; record: ApiTokenRecord }
  | { kind: 'forbidden' }
  | { kind: 'invalid_label' }
  | { kind: 'taken' };

/** Strategy admins (and workspace admins) make a token for their strategy, under a label of their own. */
export async function createApiToken(
  deps: ServiceDeps,
  input: { strategy: Strategy; actor: Actor; label: string },
): Promise<CreateApiTokenResult> {
  const { strategy, actor } = input;
  if (!canManageStrategy(strategy, actor)) return { kind: 'forbidden' };
  const label = apiTokenLabel(input.label);
  if (!label || label.length > API_TOKEN_LABEL_MAX) return { kind: 'invalid_label' };
  const token = `${PREFIX}${strategy.teamId}_${randomBytes(32).toString('base64url')}`;
  const at = deps.clock.now().getTime();
  const scope = { teamId: strategy.teamId };
  return deps.db.transaction().execute(async (trx): Promise<CreateApiTokenResult> => {
    const id = randomUUID();
    const added = await insertApiToken(trx, scope, {
      id,
      strategyId: strategy.id,
      label,
      tokenHash: hashOf(token),
      createdBy: actor.userId,
      at,
    });
    if (!added) return { kind: 'taken' };
    await recordAudit(trx, {
      teamId: strategy.teamId,
      strategyId: strategy.id,
      actorId: actor.userId,
      action: 'api_token.created',
      subject: id,
      after: { label },
      at,
    });
    const record = await findActiveApiToken(trx, scope, strategy.id, label);
    return { kind: 'created', token, record: record! };
  });
}

export type ListApiTokensResult = { kind: 'listed'; tokens: ApiTokenRecord[] } | { kind: 'forbidden' };

export async function listApiTokens(
  deps: ServiceDeps,
  input: { strategy: Strategy; actor: Actor },
): Promise<ListApiTokensResult> {
  const { strategy, actor } = input;
  if (!canManageStrategy(strategy, actor)) return { kind: 'forbidden' };
  return {
    kind: 'listed',
    tokens: await listActiveApiTokens(deps.db, { teamId: strategy.teamId }, strategy.id),
  };
}

export type RevokeApiTokenResult =
  | { kind: 'revoked'; record: ApiTokenRecord }
  | { kind: 'forbidden' }
  | { kind: 'not_found' };

/** From the moment it is revoked, the token opens nothing; what it wrote stays, with its label. */
export async function revokeApiToken(
  deps: ServiceDeps,
  input: { strategy: Strategy; actor: Actor; label: string },
): Promise<RevokeApiTokenResult> {
  const { strategy, actor } = input;
  if (!canManageStrategy(strategy, actor)) return { kind: 'forbidden' };
  const scope = { teamId: strategy.teamId };
  const at = deps.clock.now().getTime();
  return deps.db.transaction().execute(async (trx): Promise<RevokeApiTokenResult> => {
    const record = await findActiveApiToken(trx, scope, strategy.id, apiTokenLabel(input.label));
    if (!record || !(await revokeApiTokenRow(trx, scope, record.id, actor.userId, at)))
      return { kind: 'not_found' };
    await recordAudit(trx, {
      teamId: strategy.teamId,
      strategyId: strategy.id,
      actorId: actor.userId,
      action: 'api_token.revoked',
      subject: record.id,
      before: { label: record.label },
      after: { revokedAt: at },
      at,
    });
    return { kind: 'revoked', record: { ...record, revokedAt: new Date(at) } };
  });
}

export type ApiAuthentication =
  | { kind: 'authenticated'; token: ApiTokenRecord; strategy: Strategy }
  /** Not a token, not one of ours, or revoked: all alike to the caller, so nothing is told. */
  | { kind: 'unauthenticated' }
  /** A valid token whose strategy is archived: it may no longer be read or written through the API. */
  | { kind: 'archived' };

/** The token's strategy, when the token is one the app made and has not been revoked. */
export async function authenticateApiToken(deps: ServiceDeps, token: string): Promise<ApiAuthentication> {
  const match = TOKEN.exec(token);
  if (!match) return { kind: 'unauthenticated' };
  const scope = { teamId: match[1]! };
  const record = await findApiTokenByHash(deps.db, scope, hashOf(token));
  if (!record || record.revokedAt) return { kind: 'unauthenticated' };
  const strategy = await findStrategyById(deps.db, scope, record.strategyId);
  if (!strategy) return { kind: 'unauthenticated' };
  if (strategy.state === 'archived') return { kind: 'archived' };
  await touchApiToken(deps.db, scope, record.id, deps.clock.now().getTime());
  return { kind: 'authenticated', token: record, strategy };
}

/** A request's answer, as kept for an Idempotency-Key. */
export interface ApiAnswer {
  status: number;
  body: string;
}

export type IdempotentStart =
  /** The key is this request's now: carry it out, then `finishIdempotent` (or `abandonIdempotent`). */
  | { kind: 'claimed' }
  /** The same request came with this key before: its answer. */
  | { kind: 'replay'; answer: ApiAnswer }
  /** The key came with another request before. */
  | { kind: 'mismatch' }
  /** The first request with the key is still under way. */
  | { kind: 'in_progress' };

export async function startIdempotent(
  deps: ServiceDeps,
  token: ApiTokenRecord,
  key: string,
  fingerprint: string,
): Promise<IdempotentStart> {
  const at = deps.clock.now().getTime();
  const held: StoredAnswer | undefined = await claimIdempotencyKey(
    deps.db,
    { teamId: token.teamId },
    { tokenId: token.id, key, fingerprint, at, forgetBefore: at - IDEMPOTENCY_TTL_MS },
  );
  if (!held) return { kind: 'claimed' };
  if (held.fingerprint !== fingerprint) return { kind: 'mismatch' };
  return held.answer ? { kind: 'replay', answer: held.answer } : { kind: 'in_progress' };
}

export function finishIdempotent(
  deps: ServiceDeps,
  token: ApiTokenRecord,
  key: string,
  answer: ApiAnswer,
): Promise<void> {
  return storeIdempotentAnswer(deps.db, { teamId: token.teamId }, { tokenId: token.id, key, ...answer });
}

/** Lets the key go, for a request that failed: the client may send it again and have it carried out. */
export function abandonIdempotent(deps: ServiceDeps, token: ApiTokenRecord, key: string): Promise<void> {
  return releaseIdempotencyKey(deps.db, { teamId: token.teamId }, { tokenId: token.id, key });
}

/** The fingerprint a request is known by under its key. */
export function requestFingerprint(method: string, path: string, body: string): string {
  return createHash('sha256').update(`${method} ${path}\n`).update(body).digest('hex');
}
