import type { WebClient } from '@slack/web-api';
import type { Strategy } from '../domain/strategy.js';
import { fold } from '../domain/text.js';
import { messages } from '../i18n/index.js';
import { strategyExport } from '../services/export.js';
import { exportFiles, zipFiles } from '../views/export.js';
import type { SlackDeps } from './deps.js';
import { shareFile } from './files.js';

export type ExportResult = { kind: 'posted' } | { kind: 'not_posted'; error: unknown };

/** The file name's stem: the strategy's name in letters and digits, as the plan's file has it. */
export function fileSlug(name: string): string {
  const slug = fold(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return slug || 'strategy';
}

/** Builds the export (learning display names from Slack first) and shares it in the channel as a ZIP. */
export async function publishExport(
  deps: SlackDeps,
  client: WebClient,
  strategy: Strategy,
): Promise<ExportResult> {
  const data = await strategyExport(deps, strategy, {
    learnNames: (ids) => deps.users.displayNames(client, strategy.teamId, ids),
  });
  const files = exportFiles(strategy.language, data.strategy, data.date, data.tables);
  const zip = await zipFiles(files, deps.clock.now());
  try {
    await shareFile(client, {
      channelId: strategy.channelId,
      filename: `${fileSlug(strategy.name)}-export-${data.date}.zip`,
      title: messages(strategy.language).exporting.fileTitle(strategy.name, data.date),
      bytes: zip,
    });
  } catch (error) {
    deps.logger.warn({ err: error, teamId: strategy.teamId, strategyId: strategy.id }, 'export not posted');
    return { kind: 'not_posted', error };
  }
  return { kind: 'posted' };
}
