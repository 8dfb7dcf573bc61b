import type { WebClient } from '@slack/web-api';
import type { Actor } from '../domain/permissions.js';
import type { SlackDeps } from './deps.js';

/** The user as the permission rules see them (workspace admin or not, from users.info). */
export async function actorOf(
  deps: SlackDeps,
  client: WebClient,
  teamId: string,
  userId: string,
): Promise<Actor> {
  const user = await deps.users.get(client, teamId, userId);
  return { userId, isWorkspaceAdmin: user.isWorkspaceAdmin };
}
