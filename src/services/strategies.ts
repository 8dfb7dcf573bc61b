import { randomUUID } from 'node:crypto';
import type { Language, Strategy } from '../domain/strategy.js';
import { recordAudit } from '../storage/audit.js';
import { ensurePhases } from '../storage/phases.js';
import {
  ensureWorkspace,
  findStrategyByChannel,
  findStrategyById,
  insertStrategy,
  listStrategies,
} from '../storage/strategies.js';
import type { ServiceDeps } from './deps.js';
import { createDefaultSchedules } from './schedules.js';

export const MAX_STRATEGY_NAME = 80;

export interface StartInput {
  teamId: string;
  channelId: string;
  userId: string;
  name: string;
  language: Language;
  timeZone: string;
}

export type StartResult =
  | { kind: 'created'; strategy: Strategy }
  | { kind: 'exists'; strategy: Strategy }
  | { kind: 'invalid_name' };

export async function startStrategy(deps: ServiceDeps, input: StartInput): Promise<StartResult> {
  const name = input.name.trim();
  if (name.length === 0 || name.length > MAX_STRATEGY_NAME) return { kind: 'invalid_name' };
  const at = deps.clock.now().getTime();
  const scope = { teamId: input.teamId };
  const created = await deps.db.transaction().execute(async (trx) => {
    await ensureWorkspace(trx, input.teamId, at);
    const id = randomUUID();
    const inserted = await insertStrategy(trx, { ...input, id, name, createdBy: input.userId, at });
    if (inserted) {
      // The eight phases exist from the start, so owners and dates can be set right away.
      await ensurePhases(trx, scope, id, at);
      await recordAudit(trx, {
        teamId: input.teamId,
        strategyId: id,
        actorId: input.userId,
        action: 'strategy.created',
        subject: input.channelId,
        after: { name, language: input.language, timeZone: input.timeZone },
        at,
      });
      await createDefaultSchedules(trx, { id, teamId: input.teamId, timeZone: input.timeZone }, at);
    }
    return inserted;
  });
  if (created) return { kind: 'created', strategy: created };
  const strategy = await findStrategyByChannel(deps.db, scope, input.channelId);
  if (!strategy) throw new Error('strategy vanished right after start');
  return { kind: 'exists', strategy };
}

/** The strategy a channel of this workspace holds, if any. */
export async function strategyOfChannel(
  deps: ServiceDeps,
  teamId: string,
  channelId: string,
): Promise<Strategy | undefined> {
  return findStrategyByChannel(deps.db, { teamId }, channelId);
}

/**
 * The strategy a button's value or a modal's metadata names. That id comes back from the user's
 * Slack client, so it is looked up only when it is text, and only in the requester's workspace.
 */
export async function strategyNamed(
  deps: ServiceDeps,
  teamId: string,
  strategyId: unknown,
): Promise<Strategy | undefined> {
  return typeof strategyId === 'string' ? findStrategyById(deps.db, { teamId }, strategyId) : undefined;
}

/** Every strategy of the workspace. */
export function listWorkspaceStrategies(deps: ServiceDeps, teamId: string): Promise<Strategy[]> {
  return listStrategies(deps.db, { teamId });
}
