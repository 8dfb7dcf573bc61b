import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import type { Language, Strategy } from '../../../domain/strategy.js';
import { findStrategyById } from '../../../storage/strategies.js';
import type { SlackDeps } from '../../deps.js';
import { readMetadata } from '../../view-state.js';

export type SubmitArgs = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

export interface StrategyModal<T> {
  teamId: string;
  userId: string;
  language: Language;
  meta: Partial<T>;
  /** The strategy the modal was opened for, in the submitter's workspace; undefined when gone. */
  strategy: Strategy | undefined;
}

/** Who submitted a modal opened for one strategy (its id in private_metadata), and for which. */
export async function strategyModal<T extends { strategyId?: string }>(
  deps: SlackDeps,
  { body, view, client }: SubmitArgs,
): Promise<StrategyModal<T>> {
  const teamId = body.team?.id ?? body.user.team_id!;
  const userId = body.user.id;
  const meta = readMetadata<T>(view.private_metadata);
  const [language, strategy] = await Promise.all([
    deps.users.language(client, teamId, userId),
    typeof meta.strategyId === 'string' ? findStrategyById(deps.db, { teamId }, meta.strategyId) : undefined,
  ]);
  return { teamId, userId, language, meta, strategy };
}
