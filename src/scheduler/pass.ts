import type { WebClient } from '@slack/web-api';
import type { Clock } from '../clock.js';
import type { DigestData } from '../domain/digest.js';
import type { Logger } from '../logger.js';
import type { ScheduledContent } from '../services/scheduled-content.js';
import type { ReplyLanguages } from '../slack/languages.js';
import type { Db } from '../storage/db.js';
import type { HistoryLimits } from './lookup.js';

export interface SchedulerDeps {
  db: Db;
  clock: Clock;
  logger: Logger;
  /** The language of the direct messages (nudges, reminders, an admin's notice). */
  languages: ReplyLanguages;
  content: ScheduledContent;
  /**
   * The Web API client for a workspace; undefined once the workspace has uninstalled the app.
   * Throws TokenUnusableError while the workspace's token cannot be used: its deliveries wait.
   */
  slack: (teamId: string) => Promise<WebClient | undefined>;
  /** Slack refused a workspace's token while the scheduler posted with it. */
  tokenRefused?: (teamId: string, code: string) => void;
  /** How the retries between Slack calls wait (real time by default). */
  sleep?: (ms: number) => Promise<void>;
}

export interface TickResult {
  claimed: number;
  sent: number;
  skipped: number;
  failed: number;
}

/** One pass over what is due: what its slots and deliveries share, and what they have counted. */
export interface Pass {
  deps: SchedulerDeps;
  log: Logger;
  result: TickResult;
  /** Whether another process has been seen working on the same slots. */
  contended: boolean;
  /** When each workspace's lookups may call Slack again (kept by the process across passes). */
  history: HistoryLimits;
  /** The digests of the batch being sent, read together, by strategy id. */
  digests?: Map<string, DigestData> | undefined;
}

/** Runs `work` over the items, at most `limit` at a time. */
export async function eachConcurrently<T>(
  items: T[],
  limit: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
