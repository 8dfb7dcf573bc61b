import { strategyOfChannel } from '../../../services/strategies.js';
import { helpMessage } from '../../../views/help.js';
import { type CommandRequest, ephemeral } from '../../command-request.js';
import type { SlackDeps } from '../../deps.js';

/** The help, with buttons for the common actions where the channel has a strategy; `lead` comes first. */
export async function help(deps: SlackDeps, req: CommandRequest, lead?: string): Promise<void> {
  const strategy = await strategyOfChannel(deps, req.teamId, req.channelId);
  await ephemeral(req, helpMessage(req.language, { hasStrategy: Boolean(strategy), lead }));
}
