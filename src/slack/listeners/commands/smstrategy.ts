import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { type CommandName, parseCommand } from '../../../domain/commands.js';
import { messages } from '../../../i18n/index.js';
import { findStrategyByChannel } from '../../../storage/strategies.js';
import { helpMessage } from '../../../views/help.js';
import type { SlackDeps } from '../../deps.js';
import { assess } from './assess.js';
import { assign } from './assign.js';
import { checkin } from './checkin.js';
import { due } from './due.js';
import { help } from './help.js';
import { metric } from './metric.js';
import { pause, resume } from './pause.js';
import { phase } from './phase.js';
import { plan } from './plan.js';
import { schedule } from './schedule.js';
import { start } from './start.js';
import { status } from './status.js';
import type { Subcommand } from './types.js';

const subcommands: Record<CommandName, Subcommand> = {
  help,
  start,
  assess,
  status,
  assign,
  due,
  phase,
  metric,
  checkin,
  schedule,
  pause,
  resume,
  plan,
};

export function makeSmstrategyCommand(deps: SlackDeps) {
  return async ({ command, ack, respond, client }: SlackCommandMiddlewareArgs & AllMiddlewareArgs) => {
    await ack();
    const language = await deps.users.language(client, command.team_id, command.user_id);
    const parsed = parseCommand(command.text);
    if (parsed.kind === 'unknown') {
      const m = messages(language);
      const lead = [
        m.errors.unknownCommand(parsed.word),
        parsed.suggestion && m.errors.didYouMean(parsed.suggestion),
      ]
        .filter(Boolean)
        .join(' ');
      const strategy = await findStrategyByChannel(deps.db, { teamId: command.team_id }, command.channel_id);
      await respond({
        response_type: 'ephemeral',
        ...helpMessage(language, { hasStrategy: Boolean(strategy), lead }),
      });
      return;
    }
    await subcommands[parsed.name](deps, {
      teamId: command.team_id,
      channelId: command.channel_id,
      channelName: command.channel_name,
      userId: command.user_id,
      triggerId: command.trigger_id,
      rest: parsed.rest,
      language,
      client,
      respond,
    });
  };
}
