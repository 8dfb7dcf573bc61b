import { LRUCache } from 'lru-cache';
import type { Clock } from '../clock.js';
import type { Health } from '../health.js';
import type { Logger } from '../logger.js';

/**
 * A workspace whose bot token cannot be used now: Slack refused it, or the stored token does not
 * open with the configured keys. Its work waits; it is never taken for an uninstalled workspace.
 */
export class TokenUnusableError extends Error {
  override name = 'TokenUnusableError';
  constructor(
    readonly teamId: string,
    readonly reason: 'token_refused' | 'token_unopenable',
  ) {
    super(
      reason === 'token_refused'
        ? `Slack refused the bot token of team ${teamId}`
        : `the stored bot token of team ${teamId} does not open with the configured encryption keys`,
    );
  }
}

/**
 * After a refusal, how long a workspace's work waits before its token is tried again: a token that
 * works again (a reinstall, Slack's own glitch) is noticed without a restart, and a token that
 * stays refused costs one call a while, not one for each message due.
 */
export const REFUSED_RECHECK_MS = 10 * 60 * 1000;

/**
 * Refusals, and workspaces already logged, remembered at once. Past it the oldest is forgotten: its
 * token is tried again before its ten minutes are up, or its trouble is logged once more.
 */
export const REMEMBERED_WORKSPACES = 10_000;

/**
 * The workspaces whose bot token this process cannot use, and why. Each is logged once, with its
 * team, when first seen; `/healthz` reports `encryption: "wrong_key"` while any stored token does
 * not open.
 */
export class WorkspaceTokens {
  private readonly refusedAt: LRUCache<string, { code: string; at: number }>;
  // Exact, for /healthz: one entry for each stored token that does not open, no more than the
  // installations there are, and each leaves when its token opens or is replaced.
  private readonly unopenable = new Set<string>();
  private readonly logged: LRUCache<string, true>;

  constructor(
    private readonly logger: Logger,
    private readonly clock: Clock,
    private readonly health: Health,
    remembered = REMEMBERED_WORKSPACES,
  ) {
    this.refusedAt = new LRUCache({ max: remembered });
    this.logged = new LRUCache({ max: remembered });
  }

  /** How many workspaces are remembered as refused or logged: never more than the bound. */
  get remembered(): { refused: number; logged: number } {
    return { refused: this.refusedAt.size, logged: this.logged.size };
  }

  /** Slack refused the workspace's token (`invalid_auth`, `token_revoked`…). */
  refused(teamId: string, code: string): void {
    this.refusedAt.set(teamId, { code, at: this.clock.now().getTime() });
    const key = `refused:${teamId}`;
    if (this.logged.has(key)) return;
    this.logged.set(key, true);
    this.logger.error(
      { teamId, error: code },
      'Slack refused the bot token of a workspace: its scheduled messages wait until the app is installed there again',
    );
  }

  /** The workspace's stored token does not open with the configured keys. */
  cannotOpen(teamId: string, keyId: string): void {
    this.unopenable.add(teamId);
    this.health.set('encryption', 'wrong_key');
    const key = `unopenable:${teamId}`;
    if (this.logged.has(key)) return;
    this.logged.set(key, true);
    this.logger.error(
      { teamId, keyId },
      'the stored bot token of a workspace does not open with ENCRYPTION_KEY or ENCRYPTION_KEY_PREVIOUS: its work waits; set the key it was sealed with',
    );
  }

  /** The workspace's stored token opened (Slack may still refuse it). */
  opened(teamId: string): void {
    if (this.unopenable.delete(teamId) && this.unopenable.size === 0) this.health.set('encryption', 'up');
    this.logged.delete(`unopenable:${teamId}`);
  }

  /** The workspace installed the app again: a new token, whatever was wrong with the old one. */
  installed(teamId: string): void {
    this.opened(teamId);
    this.refusedAt.delete(teamId);
    this.logged.delete(`refused:${teamId}`);
  }

  /** Throws TokenUnusableError while Slack's refusal of the workspace's token is recent. */
  assertNotRefused(teamId: string): void {
    const refused = this.refusedAt.get(teamId);
    if (!refused) return;
    if (this.clock.now().getTime() - refused.at < REFUSED_RECHECK_MS)
      throw new TokenUnusableError(teamId, 'token_refused');
    // Tried again from now on; should Slack refuse it again, it is noted again.
    this.refusedAt.delete(teamId);
  }
}
