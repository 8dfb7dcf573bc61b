import type { App } from '@slack/bolt';
import { LRUCache } from 'lru-cache';

/**
 * Workspaces whose Web API clients Bolt keeps at once. Bolt makes a client for each workspace
 * (and each of its tokens) that sends a request, and by itself keeps every one for good: in OAuth
 * mode that is one client, about 25 kB of heap, for every workspace this process ever served.
 * Recreating an evicted one costs microseconds.
 */
export const WORKSPACE_CLIENTS = 500;

/**
 * Makes Bolt keep the clients of the most recently served `max` workspaces only. Bolt reads and
 * fills its `clients` object by workspace id as each request is dispatched; it becomes a view
 * of a bounded cache.
 */
export function boundWorkspaceClients(bolt: App, max = WORKSPACE_CLIENTS): void {
  const held: unknown = Reflect.get(bolt, 'clients');
  if (typeof held !== 'object' || held === null)
    throw new Error('Bolt no longer keeps its Web API clients in `clients`: bound them another way');
  const pools = new LRUCache<string, object>({ max });
  for (const [teamId, pool] of Object.entries(held)) pools.set(teamId, pool as object);
  const bounded = new Proxy<Record<string, object>>(
    {},
    {
      get: (_, key) => (typeof key === 'string' ? pools.get(key) : undefined),
      set: (_, key, pool) => {
        if (typeof key === 'string') pools.set(key, pool as object);
        return true;
      },
      has: (_, key) => typeof key === 'string' && pools.has(key),
      deleteProperty: (_, key) => typeof key === 'string' && pools.delete(key),
      ownKeys: () => [...pools.keys()],
      getOwnPropertyDescriptor: (_, key) => {
        const pool = typeof key === 'string' ? pools.peek(key) : undefined;
        return pool && { value: pool, writable: true, enumerable: true, configurable: true };
      },
    },
  );
  Reflect.set(bolt, 'clients', bounded);
}
