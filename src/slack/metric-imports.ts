import type { Metric } from '../domain/metric.js';
import { canEditMetric } from '../domain/permissions.js';
import type { Strategy } from '../domain/strategy.js';
import { messages } from '../i18n/index.js';
import { awaitImportFile, FILE_WAIT_MS } from '../services/metric-imports.js';
import { escapeMrkdwn } from '../views/escape.js';
import { importModal } from '../views/metric-import.js';
import { type CommandRequest, ephemeral } from './command-request.js';
import type { SlackDeps } from './deps.js';

/**
 * "Import history" on a metric: the window to paste rows in, and, for a longer file, the app's DM
 * waits for it. Importing may replace reported values wholesale, so it is for those who may edit
 * the metric.
 */
export async function openImportModal(
  deps: SlackDeps,
  req: CommandRequest,
  strategy: Strategy,
  metric: Metric,
): Promise<void> {
  const actor = await deps.users.actor(req.client, req.teamId, req.userId);
  if (!canEditMetric(strategy, actor, metric)) {
    await ephemeral(req, messages(req.language).metrics.forbidden(escapeMrkdwn(metric.name), metric.ownerId));
    return;
  }
  await awaitImportFile(deps, { strategy, metric, userId: req.userId });
  await req.client.views.open({
    trigger_id: req.triggerId,
    view: importModal(
      req.language,
      { strategyId: strategy.id, channelId: strategy.channelId, metricId: metric.id },
      metric,
      FILE_WAIT_MS / 60_000,
    ),
  });
}

/** Files larger than this are not one metric's history (10,000 rows take a few hundred kB). */
export const IMPORT_FILE_MAX_BYTES = 1024 * 1024;

/** Where Slack serves files: the app sends its token to no other host. */
const SLACK_FILES = 'https://files.slack.com';

export type Download =
  | { ok: true; text: string }
  | { ok: false; reason: 'too_large' | 'not_text' | 'unavailable' };

/** A file shared in a message, as the event describes it. */
export interface SharedFile {
  name?: string;
  size?: number;
  mimetype?: string;
  filetype?: string;
  url_private?: string;
  url_private_download?: string;
}

const TEXT_TYPES = new Set(['csv', 'text', 'tsv', 'plain']);

/**
 * The file's text, downloaded from Slack with the bot token (Slack's files need it, and the
 * files:read scope). Slack answers a request it does not accept with a redirect to its sign-in
 * page rather than an error, so anything but a 200 is a failure.
 */
export async function downloadSharedFile(
  deps: SlackDeps,
  file: SharedFile,
  token: string,
): Promise<Download> {
  if (typeof file.size === 'number' && file.size > IMPORT_FILE_MAX_BYTES)
    return { ok: false, reason: 'too_large' };
  const looksText =
    TEXT_TYPES.has(String(file.filetype)) ||
    String(file.mimetype).startsWith('text/') ||
    /\.(csv|tsv|txt)$/i.test(String(file.name));
  if (!looksText) return { ok: false, reason: 'not_text' };
  const url = file.url_private_download ?? file.url_private;
  if (!url || !fromSlack(deps, url)) return { ok: false, reason: 'unavailable' };
  try {
    const res = await fetch(url, {
      headers: { authorization: `Bearer ${token}` },
      redirect: 'manual',
      signal: AbortSignal.timeout(10_000),
    });
    if (res.status !== 200) {
      await res.body?.cancel();
      return { ok: false, reason: 'unavailable' };
    }
    const bytes = Buffer.from(await res.arrayBuffer());
    if (bytes.length > IMPORT_FILE_MAX_BYTES) return { ok: false, reason: 'too_large' };
    return { ok: true, text: bytes.toString('utf8') };
  } catch (error) {
    deps.logger.warn({ err: error }, 'could not download a file shared with the app');
    return { ok: false, reason: 'unavailable' };
  }
}

function fromSlack(deps: SlackDeps, url: string): boolean {
  try {
    const { origin } = new URL(url);
    return origin === SLACK_FILES || origin === new URL(deps.config.slack.apiUrl).origin;
  } catch {
    return false;
  }
}
