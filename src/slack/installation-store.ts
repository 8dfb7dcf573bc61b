import type { Installation, InstallationQuery, InstallationStore } from '@slack/oauth';
import { LRUCache } from 'lru-cache';
import { type Clock, ttlClock } from '../clock.js';
import type { Logger } from '../logger.js';
import type { Db } from '../storage/db.js';
import { deleteInstallation, findInstallation, saveInstallation } from '../storage/installations.js';
import type { Sealer } from '../storage/sealer.js';

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
  ) {
    this.cache = new LRUCache<string, Installation>({
      max: CACHE_MAX,
      ttl: CACHE_TTL_MS,
      ...ttlClock(clock),
      fetchMethod: async (teamId) =>
        (await findInstallation(this.db, this.sealer, teamId)) as Installation | undefined,
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

  /** The bot token of a workspace, or undefined once it has uninstalled the app. */
  async botToken(teamId: string): Promise<string | undefined> {
    try {
      return (await this.fetchInstallation({ teamId, enterpriseId: undefined, isEnterpriseInstall: false }))
        .bot?.token;
    } catch {
      return undefined;
    }
  }
}
