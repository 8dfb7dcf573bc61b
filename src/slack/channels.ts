import type { WebClient } from '@slack/web-api';
import { LRUCache } from 'lru-cache';
import { type Clock, ttlClock } from '../clock.js';
import type { Logger } from '../logger.js';

/**
 * How long what Slack said about a channel (private or not, who is in it) is trusted. Someone
 * who leaves a private channel stops seeing its strategy within this; it spares Slack a pair of
 * calls each time anyone opens App Home.
 */
const TTL_MS = 60 * 1000;
const MAX_CHANNELS = 5_000;
/** conversations.members pages: Slack recommends at most 200 a page. */
const MEMBERS_PAGE = 200;
/** A private channel beyond this many members is read no further (its strategy stays hidden). */
const MAX_MEMBER_PAGES = 50;

/** A channel as far as privacy goes: public, or private with these members. */
type Audience = { kind: 'public' } | { kind: 'private'; members: ReadonlySet<string> } | { kind: 'unknown' };

interface Lookup {
  client: WebClient;
  channelId: string;
}

/**
 * Who may see what the app keeps about a channel: everyone in the workspace for a public
 * channel, only its members for a private one. Asks Slack (conversations.info, then
 * conversations.members for a private channel) and caches the answer briefly. A channel Slack
 * will not describe (the bot was removed from it, or Slack failed) is treated as private with no
 * members: its strategy is shown to no one rather than to everyone.
 */
export class ChannelDirectory {
  private readonly cache: LRUCache<string, Audience, Lookup>;

  constructor(
    clock: Clock,
    private readonly logger: Logger,
  ) {
    this.cache = new LRUCache<string, Audience, Lookup>({
      max: MAX_CHANNELS,
      ttl: TTL_MS,
      ...ttlClock(clock),
      // A failed lookup is not kept: the next look asks Slack again.
      fetchMethod: async (_key, _stale, { context: { client, channelId } }) => {
        const info = await client.conversations.info({ channel: channelId });
        if (!info.channel?.is_private) return { kind: 'public' };
        const members = new Set<string>();
        let cursor: string | undefined;
        for (let page = 0; page < MAX_MEMBER_PAGES; page++) {
          const res = await client.conversations.members({
            channel: channelId,
            limit: MEMBERS_PAGE,
            ...(cursor ? { cursor } : {}),
          });
          for (const id of res.members ?? []) members.add(id);
          cursor = res.response_metadata?.next_cursor || undefined;
          if (!cursor) return { kind: 'private', members };
        }
        this.logger.warn({ channelId }, 'private channel too large to list: its strategy stays hidden');
        return { kind: 'unknown' };
      },
    });
  }

  /** Whether `userId` may see what the app keeps about the channel. */
  async visibleTo(client: WebClient, teamId: string, channelId: string, userId: string): Promise<boolean> {
    let audience: Audience | undefined;
    try {
      audience = await this.cache.fetch(`${teamId}:${channelId}`, { context: { client, channelId } });
    } catch (err) {
      this.logger.warn({ err, teamId, channelId }, 'channel not readable: its strategy stays hidden');
      return false;
    }
    if (audience?.kind === 'public') return true;
    return audience?.kind === 'private' && audience.members.has(userId);
  }

  /** The items whose channel `userId` may see, in their order. */
  async visibleOnly<T>(
    client: WebClient,
    teamId: string,
    userId: string,
    items: readonly T[],
    channelOf: (item: T) => string,
  ): Promise<T[]> {
    const channels = [...new Set(items.map(channelOf))];
    const visible = new Set<string>();
    await Promise.all(
      channels.map(async (c) => {
        if (await this.visibleTo(client, teamId, c, userId)) visible.add(c);
      }),
    );
    return items.filter((item) => visible.has(channelOf(item)));
  }
}
