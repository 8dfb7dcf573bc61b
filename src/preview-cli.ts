import { parseArgs } from 'node:util';
import { systemClock } from './clock.js';
import type { Logger } from './logger.js';
import { type PreviewItem, previewPass } from './scheduler/preview.js';
import { scheduledContent } from './services/scheduled-content.js';
import { ReplyLanguages } from './slack/languages.js';
import { UserDirectory } from './slack/users.js';
import type { Db } from './storage/db.js';
import { findStrategyByChannel } from './storage/strategies.js';
import { messageText } from './views/preview.js';

export const PREVIEW_USAGE = 'usage: npm run cli -- preview --at <ISO time> [--team T [--channel C]]';

export type PreviewCommandResult =
  | { code: 0; output: string; items: PreviewItem[] }
  | { code: 1 | 2; error: string };

/**
 * `preview`: every message a scheduler pass at `--at` would send, from the database alone and
 * through the scheduler's own selection and rendering, sending nothing. A person's language is the
 * one they chose in the app, else the strategy's: what the app knows without asking Slack.
 */
export async function previewCommand(db: Db, argv: string[], logger: Logger): Promise<PreviewCommandResult> {
  let values: { at?: string; team?: string; channel?: string };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { at: { type: 'string' }, team: { type: 'string' }, channel: { type: 'string' } },
      allowPositionals: false,
    }));
  } catch (err) {
    return { code: 2, error: `${err instanceof Error ? err.message : String(err)}\n${PREVIEW_USAGE}` };
  }
  const at = values.at ? new Date(values.at) : undefined;
  if (!at || Number.isNaN(at.getTime()))
    return { code: 2, error: `--at needs an instant, e.g. 2027-03-29T06:00:00Z\n${PREVIEW_USAGE}` };
  if (values.channel && !values.team) return { code: 2, error: `--channel needs --team\n${PREVIEW_USAGE}` };
  let scope: { teamId: string; strategyId?: string } | undefined;
  if (values.team) {
    scope = { teamId: values.team };
    if (values.channel) {
      const strategy = await findStrategyByChannel(db, { teamId: values.team }, values.channel);
      if (!strategy)
        return { code: 1, error: `no strategy in channel ${values.channel} of workspace ${values.team}` };
      scope.strategyId = strategy.id;
    }
  }
  const deps = { db, clock: systemClock, logger };
  const items = await previewPass(
    {
      ...deps,
      languages: new ReplyLanguages(deps, new UserDirectory(systemClock)),
      content: scheduledContent(deps),
      slack: async () => undefined,
    },
    at,
    scope,
  );
  return { code: 0, output: formatPreview(at, items), items };
}

export function formatPreview(at: Date, items: PreviewItem[]): string {
  if (items.length === 0) return `a scheduler pass at ${at.toISOString()} would send nothing\n`;
  const sorted = [...items].sort(
    (a, b) => a.slotAt - b.slotAt || a.kind.localeCompare(b.kind) || a.recipient.localeCompare(b.recipient),
  );
  const blocks = sorted.map((item) => {
    const head = `${item.kind} to ${item.recipient} at ${item.localTime} ${item.timeZone} (workspace ${item.teamId}, channel ${item.channelId})`;
    const body = messageText(item.message)
      .split('\n')
      .map((line) => `  ${line}`)
      .join('\n');
    return `${head}\n${body}`;
  });
  const count = items.length === 1 ? '1 message' : `${items.length} messages`;
  return `a scheduler pass at ${at.toISOString()} would send ${count}:\n\n${blocks.join('\n\n')}\n`;
}
