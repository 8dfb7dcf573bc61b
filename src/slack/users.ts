import type { WebClient } from '@slack/web-api';
import { LRUCache } from 'lru-cache';
import { type Clock, ttlClock } from '../clock.js';
import type { Actor } from '../domain/permissions.js';

export interface SlackUser {
  id: string;
  name: string;
  locale: string | undefined;
  timeZone: string | undefined;
  isWorkspaceAdmin: boolean;
  isBot: boolean;
  deleted: boolean;
}

const TTL_MS = 15 * 60 * 1000;
/**
 * Whether someone is a workspace admin decides what they may change, so a permission check never
 * trusts flags older than this: a demoted admin loses their rights within a minute. The name and
 * language may be older (TTL_MS).
 */
const FLAGS_MAX_AGE_MS = 60 * 1000;
const MAX_ENTRIES = 20_000;

type UsersInfoUser = NonNullable<Awaited<ReturnType<WebClient['users']['info']>>['user']>;

function slackUser(userId: string, user: UsersInfoUser | undefined): SlackUser {
  return {
    id: userId,
    name: user?.profile?.display_name || user?.real_name || user?.name || userId,
    locale: user?.locale,
    timeZone: user?.tz,
    isWorkspaceAdmin: Boolean(user?.is_admin || user?.is_owner || user?.is_primary_owner),
    isBot: Boolean(user?.is_bot || user?.is_app_user),
    deleted: Boolean(user?.deleted),
  };
}

/** What a lookup needs besides its key: the workspace's client and whom to ask about. */
interface Lookup {
  client: WebClient;
  teamId: string;
  userId: string;
}

/** Told of every user Slack reports deactivated in a lookup, so their items are flagged even without the event. */
export type DeactivatedListener = (teamId: string, userId: string) => Promise<void>;

/**
 * users.info, cached: the locale is a reply's language of last resort and the flags decide
 * permissions, and neither should cost a Web API call on every click. Lookups of one user that
 * overlap (a button asks for the locale and the admin flag at once) share one call; a failed
 * call is not kept, so the next lookup asks again.
 */
export class UserDirectory {
  private readonly cache: LRUCache<string, SlackUser, Lookup>;

  constructor(clock: Clock, onDeactivated?: DeactivatedListener) {
    this.cache = new LRUCache<string, SlackUser, Lookup>({
      max: MAX_ENTRIES,
      ttl: TTL_MS,
      ...ttlClock(clock),
      fetchMethod: async (_key, _stale, { context: { client, teamId, userId } }) => {
        const { user } = await client.users.info({ user: userId, include_locale: true });
        const found = slackUser(userId, user);
        if (found.deleted) await onDeactivated?.(teamId, userId);
        return found;
      },
    });
  }

  async get(client: WebClient, teamId: string, userId: string): Promise<SlackUser> {
    const user = await this.cache.fetch(`${teamId}:${userId}`, { context: { client, teamId, userId } });
    if (!user) throw new Error(`users.info gave nothing for ${userId}`);
    return user;
  }

  /** Display names of these users; anyone Slack cannot tell us about now is left out. */
  async displayNames(
    client: WebClient,
    teamId: string,
    userIds: string[],
  ): Promise<{ id: string; name: string }[]> {
    const found = await Promise.all(
      userIds.map((id) =>
        this.get(client, teamId, id).then(
          (u) => ({ id, name: u.name }),
          () => undefined,
        ),
      ),
    );
    return found.filter((u): u is { id: string; name: string } => u !== undefined);
  }

  /**
   * The user as the permission rules see them: who, and whether a workspace admin or owner, as
   * Slack said within the last minute.
   */
  async actor(client: WebClient, teamId: string, userId: string): Promise<Actor> {
    const key = `${teamId}:${userId}`;
    const age = TTL_MS - this.cache.getRemainingTTL(key);
    const user = await this.cache.fetch(key, {
      context: { client, teamId, userId },
      forceRefresh: this.cache.has(key) && age > FLAGS_MAX_AGE_MS,
    });
    if (!user) throw new Error(`users.info gave nothing for ${userId}`);
    return { userId, isWorkspaceAdmin: user.isWorkspaceAdmin };
  }

  /** Slack said the user changed (user_change): the next lookup asks again. */
  forget(teamId: string, userId: string): void {
    this.cache.delete(`${teamId}:${userId}`);
  }

  /** What is already known of a user, without a Web API call; even an expired entry is kept. */
  cached(teamId: string, userId: string): SlackUser | undefined {
    return this.cache.get(`${teamId}:${userId}`, { allowStale: true, noDeleteOnStaleGet: true });
  }
}
