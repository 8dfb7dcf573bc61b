import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { IMPORT_MAX_ROWS } from '../../../domain/metric-import.js';
import { messages } from '../../../i18n/index.js';
import { awaitedImport, fileReceived, previewImport } from '../../../services/metric-imports.js';
import { importPreviewMessage } from '../../../views/metric-import.js';
import type { SlackDeps } from '../../deps.js';
import { downloadSharedFile, IMPORT_FILE_MAX_BYTES, type SharedFile } from '../../metric-imports.js';
import { workspaceOf } from '../../workspace.js';

/** The fields of a `message` event the app reads; its subtypes differ in which they carry. */
interface DirectMessage {
  channel?: string;
  channel_type?: string;
  user?: string;
  bot_id?: string;
  files?: SharedFile[];
}

/**
 * A file sent to the app's DM after "Import history": read for that metric and previewed in the
 * DM, with buttons to import or cancel. Anything else said in the DM is left alone.
 */
export function makeDirectMessage(deps: SlackDeps) {
  return async ({
    event,
    body,
    client,
    context,
  }: SlackEventMiddlewareArgs<'message'> & AllMiddlewareArgs) => {
    const message = event as DirectMessage;
    const file = message.files?.[0];
    if (message.channel_type !== 'im' || !message.channel || !message.user || message.bot_id || !file) return;
    const teamId = workspaceOf(body);
    const userId = message.user;
    const channel = message.channel;
    const awaited = await awaitedImport(deps, { teamId, userId });
    const language = await deps.languages.of(client, teamId, userId, { strategy: awaited?.strategy });
    const m = messages(language).imports;
    const say = (text: string) => client.chat.postMessage({ channel, text });
    if (!awaited) {
      await say(m.fileNotAsked);
      return;
    }
    const token = context.botToken ?? (await deps.botToken(teamId));
    const download = token
      ? await downloadSharedFile(deps, file, token)
      : ({ ok: false, reason: 'unavailable' } as const);
    if (!download.ok) {
      if (download.reason === 'too_large') await say(m.fileTooLarge(IMPORT_FILE_MAX_BYTES / (1024 * 1024)));
      else if (download.reason === 'not_text') await say(m.fileNotText);
      else await say(m.fileUnavailable);
      return;
    }
    const { strategy, metric } = awaited;
    const label = file.name ?? 'history.csv';
    const result = await previewImport(deps, { strategy, metric, userId, text: download.text, label });
    if (result.kind === 'empty') await say(m.empty);
    else if (result.kind === 'unreadable') await say(m.unreadable(result.line));
    else if (result.kind === 'too_many_rows') await say(m.tooManyRows(result.count, IMPORT_MAX_ROWS));
    // The same file delivered twice (Slack's retries) is previewed once.
    else if (await fileReceived(deps, teamId, awaited.importId))
      await client.chat.postMessage({ channel, ...importPreviewMessage(language, result.preview, label) });
  };
}
