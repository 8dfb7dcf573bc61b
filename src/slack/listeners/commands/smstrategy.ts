import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { type CommandName, parseCommand } from '../../../domain/commands.js';
import { messages } from '../../../i18n/index.js';
import { escapeMrkdwn } from '../../../views/escape.js';
import { withHeldAck } from '../../command-ack.js';
import type { Subcommand } from '../../command-request.js';
import { afterFirstWord, decodeCommandText, plainText } from '../../command-text.js';
import type { SlackDeps } from '../../deps.js';
import { workspaceOf } from '../../workspace.js';
import { admin } from './admin.js';
import { api } from './api.js';
import { archive, deleteCommand, unarchive } from './archive.js';
import { assess } from './assess.js';
import { assign } from './assign.js';
import { checkin } from './checkin.js';
import { due } from './due.js';
import { exportData } from './export.js';
import { help } from './help.js';
import { language } from './language.js';
import { metric } from './metric.js';
import { pause, resume } from './pause.js';
import { phase } from './phase.js';
import { plan } from './plan.js';
import { schedule } from './schedule.js';
import { rename, settings } from './settings.js';
import { start } from './start.js';
import { status } from './status.js';

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
  language,
  export: exportData,
  settings,
  rename,
  admin,
  archive,
  unarchive,
  delete: deleteCommand,
  api,
};

export function makeSmstrategyCommand(deps: SlackDeps) {
  return async ({ command, ack, respond, client }: SlackCommandMiddlewareArgs & AllMiddlewareArgs) =>
    // The ack waits a moment for the reply, so a reply ready in time is the ack itself.
    withHeldAck({ ack, respond, client, logger: deps.logger }, async ({ respond, client }) => {
      const teamId = workspaceOf(command);
      // In a strategy's channel, the strategy's language unless the caller has chosen their own.
      const language = await deps.languages.of(client, teamId, command.user_id, {
        channelId: command.channel_id,
      });
      // Decoded once, here: everything after reads the words as typed.
      const parts = decodeCommandText(command.text);
      const parsed = parseCommand(plainText(parts));
      const req = {
        teamId,
        channelId: command.channel_id,
        channelName: command.channel_name,
        userId: command.user_id,
        triggerId: command.trigger_id,
        rest: parsed.kind === 'unknown' ? '' : parsed.rest,
        restParts: parsed.kind === 'unknown' ? [] : afterFirstWord(parts),
        language,
        client,
        respond,
      };
      if (parsed.kind === 'command') return subcommands[parsed.name](deps, req);
      const m = messages(language);
      const lead = [
        m.errors.unknownCommand(escapeMrkdwn(parsed.word)),
        parsed.suggestion && m.errors.didYouMean(parsed.suggestion),
      ];
      await help(deps, req, lead.filter(Boolean).join(' '));
    });
}
