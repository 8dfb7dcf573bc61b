import { type Logger as BoltLogger, LogLevel as BoltLogLevel } from '@slack/bolt';
import pino, { type DestinationStream, type Logger } from 'pino';
import type { LogLevel } from './config.js';

export type { Logger };

// Slack tokens (xoxb-, xoxp-, xapp-, xoxe-…) are scrubbed from every string a log line carries,
// whatever field it sits in: a token pasted into an error message must not reach the log either.
const TOKEN = /\bx(?:ox[a-z]|app)-[A-Za-z0-9-]+/g;

export function scrubTokens(text: string): string {
  return text.replace(TOKEN, (match) => `${match.slice(0, 5)}[redacted]`);
}

function scrubDeep(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return scrubTokens(value);
  if (depth > 6 || value === null || typeof value !== 'object') return value;
  if (value instanceof Error) {
    return {
      type: value.name,
      message: scrubTokens(value.message),
      stack: value.stack && scrubTokens(value.stack),
    };
  }
  if (Array.isArray(value)) return value.map((v) => scrubDeep(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = scrubDeep(v, depth + 1);
  return out;
}

export function createLogger(level: LogLevel, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { app: 'smstrategy' },
      redact: {
        paths: [
          'token',
          'botToken',
          'appToken',
          '*.token',
          '*.botToken',
          '*.bot.token',
          'headers.authorization',
        ],
        censor: '[redacted]',
      },
      formatters: { log: (object) => scrubDeep(object) as Record<string, unknown> },
      hooks: {
        logMethod(args, method) {
          method.apply(
            this,
            args.map((a) => (typeof a === 'string' ? scrubTokens(a) : a)) as Parameters<typeof method>,
          );
        },
      },
    },
    destination,
  );
}

const toPino: Record<BoltLogLevel, LogLevel> = {
  [BoltLogLevel.DEBUG]: 'debug',
  [BoltLogLevel.INFO]: 'info',
  [BoltLogLevel.WARN]: 'warn',
  [BoltLogLevel.ERROR]: 'error',
};

/** Bolt and the WebClient log through ours, so their lines are structured and scrubbed too. */
export function boltLogger(logger: Logger): BoltLogger {
  const child = logger.child({ component: 'bolt' });
  const text = (msg: unknown[]) => msg.map((m) => (typeof m === 'string' ? m : JSON.stringify(m))).join(' ');
  // Bolt logs whole payloads at debug level: format only what will be written.
  const at =
    (level: 'debug' | 'info' | 'warn' | 'error') =>
    (...msg: unknown[]) => {
      if (child.isLevelEnabled(level)) child[level](text(msg));
    };
  return {
    debug: at('debug'),
    info: at('info'),
    warn: at('warn'),
    error: at('error'),
    setLevel: () => {},
    getLevel: () =>
      (Object.entries(toPino).find(([, v]) => v === child.level)?.[0] as BoltLogLevel) ?? BoltLogLevel.INFO,
    setName: () => {},
  };
}
