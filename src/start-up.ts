import { ConfigError } from './config.js';

/** How start-up waits between tries at a part that is not there yet (the database, Slack). */
export interface Backoff {
  firstMs: number;
  maxMs: number;
}

/**
 * From half a second up to half a minute: a database or network coming back within seconds is met
 * at once, one that stays away for long costs a try every half minute.
 */
export const START_BACKOFF: Backoff = { firstMs: 500, maxMs: 30_000 };

/** The app was stopped while it was still starting. */
export class StartAborted extends Error {
  override name = 'StartAborted';
  constructor() {
    super('stopped while starting');
  }
}

function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(new StartAborted());
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(new StartAborted());
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * Runs `attempt` until it resolves. After each failure `failed` decides: it throws to give up, or
 * returns to have another try after a pause that doubles each time, up to `backoff.maxMs`.
 */
export async function keepTrying<T>(
  attempt: () => Promise<T>,
  failed: (err: unknown, retryInMs: number, tries: number) => void,
  backoff: Backoff,
  signal: AbortSignal,
): Promise<T> {
  for (let tries = 1; ; tries += 1) {
    if (signal.aborted) throw new StartAborted();
    try {
      return await attempt();
    } catch (err) {
      if (signal.aborted) throw new StartAborted();
      const waitMs = Math.min(backoff.firstMs * 2 ** (tries - 1), backoff.maxMs);
      failed(err, waitMs, tries);
      await pause(waitMs, signal);
    }
  }
}

const TOKEN_FIX = {
  SLACK_BOT_TOKEN:
    'copy the Bot User OAuth Token (xoxb-…) again from OAuth & Permissions, or reinstall the app to the workspace',
  SLACK_APP_TOKEN:
    'generate a new app-level token with the connections:write scope under Basic Information → App-Level Tokens',
} as const;

/** The one line start-up prints when Slack refuses a configured token. */
export function tokenRefusedError(variable: keyof typeof TOKEN_FIX, code: string): ConfigError {
  return new ConfigError(`${variable} was refused by Slack (${code}): ${TOKEN_FIX[variable]}`);
}
