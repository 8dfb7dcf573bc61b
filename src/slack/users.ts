import type { WebClient } from '@slack/web-api';
import type { Clock } from '../clock.js';
import type { Actor } from '../domain/permissions.js';
import { type Language, languageFromLocale } from '../domain/strategy.js';

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
const MAX_ENTRIES = 20_000;

/**
 * users.info, cached: the locale decides each reply's language and the flags decide
 * permissions, and neither should cost a Web API call on every click.
 */
export class UserDirectory {
  private readonly cache = new Map<string, { user: SlackUser; expires: number }>();

  constructor(private readonly clock: Clock) {}

  async get(client: WebClient, teamId: string, userId: string): Promise<SlackUser> {
    const key = `${teamId}:${userId}`;
    const now = this.clock.now().getTime();
    const hit = this.cache.get(key);
    if (hit && hit.expires > now) return hit.user;
    const { user } = await client.users.info({ user: userId, include_locale: true });
    const found: SlackUser = {
      id: userId,
      name: user?.profile?.display_name || user?.real_name || user?.name || userId,
      locale: user?.locale,
      timeZone: user?.tz,
      isWorkspaceAdmin: Boolean(user?.is_admin || user?.is_owner || user?.is_primary_owner),
      isBot: Boolean(user?.is_bot || user?.is_app_user),
      deleted: Boolean(user?.deleted),
    };
    if (this.cache.size >= MAX_ENTRIES) this.cache.delete(this.cache.keys().next().value!);
    this.cache.set(key, { user: found, expires: now + TTL_MS });
    return found;
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

  /** The user as the permission rules see them: who, and whether a workspace admin or owner. */
  async actor(client: WebClient, teamId: string, userId: string): Promise<Actor> {
    const user = await this.get(client, teamId, userId);
    return { userId, isWorkspaceAdmin: user.isWorkspaceAdmin };
  }

  /** The user's language; English when Slack cannot tell us (a reply in English beats no reply). */
  async language(client: WebClient, teamId: string, userId: string): Promise<Language> {
    try {
      return languageFromLocale((await this.get(client, teamId, userId)).locale);
    } catch {
      return 'en';
    }
  }

  /** The language already known for a user, without a Web API call (for error replies). */
  cachedLanguage(teamId: string, userId: string): Language {
    return languageFromLocale(this.cache.get(`${teamId}:${userId}`)?.user.locale);
  }

  forget(teamId: string, userId: string): void {
    this.cache.delete(`${teamId}:${userId}`);
  }
}
