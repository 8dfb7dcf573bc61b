import type { Installation, InstallationQuery, InstallationStore } from '@slack/oauth';
import { LRUCache } from 'lru-cache';
import { type Clock, ttlClock } from '../clock.js';
import type { Logger } from '../logger.js';
import type { Db } from '../storage/db.js';
import { deleteInstallation, findInstallation, saveInstallation } from '../storage/installations.js';
import { type Sealer, UnopenableError } from '../storage/sealer.js';
import { TokenUnusableError, type WorkspaceTokens } from './workspace-tokens.js';

// Bolt looks the installation up before every request it dispatches, so lookups go through a
// short cache: a minute is long enough to spare the database and short enough that a replica
// which did not see an uninstall stops using the token soon after.
const CACHE_TTL_MS = 60_000;
const CACHE_MAX = 10_000;

export interface InstallationHooks {
  installed(teamId: string): Promise<void>;
}

export class SealedInstallationStore implements InstallationStore {
  // Requests of one workspace that arrive together share one database read.
  private readonly cache: LRUCache<string, Installation>;

  constructor(
    private readonly db: Db,
    private readonly sealer: Sealer,
    private readonly clock: Clock,
    private readonly logger: Logger,
    private readonly hooks: InstallationHooks,
    private readonly tokens: WorkspaceTokens,
  ) {
    this.cache = new LRUCache<string, Installation>({
      max: CACHE_MAX,
      ttl: CACHE_TTL_MS,
      ...ttlClock(clock),
      fetchMethod: async (teamId) => {
        try {
          const found = (await findInstallation(this.db, this.sealer, teamId)) as Installation | undefined;
          if (found) this.tokens.opened(teamId);
          return found;
        } catch (err) {
          if (err instanceof UnopenableError) this.tokens.cannotOpen(teamId, err.keyId);
          throw err;
        }
      },
    });
  }

  async storeInstallation(installation: Installation): Promise<void> {
    const teamId = installation.team?.id ?? installation.enterprise?.id;
    if (!teamId) throw new Error('an installation without a team or enterprise id');
    await saveInstallation(
      this.db,
      this.sealer,
      {
        teamId,
        enterpriseId: installation.enterprise?.id ?? null,
        botUserId: installation.bot?.userId ?? null,
        installedBy: installation.user?.id ?? null,
        data: installation,
      },
      this.clock.now().getTime(),
    );
    this.cache.delete(teamId);
    this.tokens.installed(teamId);
    this.logger.info({ teamId, event: 'installed' }, 'workspace installed the app');
    await this.hooks.installed(teamId);
  }

  async fetchInstallation(query: InstallationQuery<boolean>): Promise<Installation> {
    const teamId = query.teamId ?? query.enterpriseId;
    if (!teamId) throw new Error('no team id to look an installation up by');
    const found = await this.cache.fetch(teamId);
    if (!found) throw new Error(`no installation for team ${teamId}`);
    return found;
  }

  async deleteInstallation(query: InstallationQuery<boolean>): Promise<void> {
    const teamId = query.teamId ?? query.enterpriseId;
    if (!teamId) return;
    this.cache.delete(teamId);
    await deleteInstallation(this.db, teamId);
  }

  /** Deletes a workspace's installation, here and in this process's cache. */
  async forget(teamId: string): Promise<void> {
    await this.deleteInstallation({ teamId, enterpriseId: undefined, isEnterpriseInstall: false });
  }

  /**
   * The bot token of a workspace, or undefined once it has uninstalled the app. A stored token that
   * does not open is not "uninstalled": TokenUnusableError, and the caller's work waits.
   */
  async botToken(teamId: string): Promise<string | undefined> {
    try {
      return (await this.cache.fetch(teamId))?.bot?.token;
    } catch (err) {
      if (err instanceof UnopenableError) throw new TokenUnusableError(teamId, 'token_unopenable');
      throw err;
    }
  }
}
