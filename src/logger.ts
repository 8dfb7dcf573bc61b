import { type Logger as BoltLogger, LogLevel as BoltLogLevel } from '@slack/bolt';
import pino, { type DestinationStream, type Logger } from 'pino';
import type { Config, LogLevel } from './config.js';

export type { Logger };

// Slack tokens (xoxb-, xoxp-, xapp-, xoxe-…) are scrubbed from every string a log line carries,
// whatever field it sits in: a token pasted into an error message must not reach the log either.
const TOKEN = /\bx(?:ox[a-z]|app)-[A-Za-z0-9-]+/g;

// The OAuth `code` Slack hands the browser is exchanged for a token: it travels in a query string.
const OAUTH_CODE = /([?&]code=)[^&\s"'`]+/g;

export function scrubTokens(text: string): string {
  return text.replace(TOKEN, (match) => `${match.slice(0, 5)}[redacted]`);
}

/** Scrubs Slack tokens, OAuth codes in URLs, and each of `secrets` wherever it appears. */
function scrubber(secrets: readonly string[]): (text: string) => string {
  const known = secrets.filter((s) => s.length >= 8);
  return (text) => {
    let out = scrubTokens(text).replace(OAUTH_CODE, '$1[redacted]');
    for (const secret of known) if (out.includes(secret)) out = out.replaceAll(secret, '[redacted]');
    return out;
  };
}

function scrubDeep(scrub: (text: string) => string, value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return scrub(value);
  if (depth > 6 || value === null || typeof value !== 'object') return value;
  if (value instanceof Error) {
    return {
      type: value.name,
      message: scrub(value.message),
      stack: value.stack && scrub(value.stack),
    };
  }
  if (Array.isArray(value)) return value.map((v) => scrubDeep(scrub, v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = scrubDeep(scrub, v, depth + 1);
  return out;
}

/**
 * The configured secrets a log line must never carry, whatever quotes them: the OAuth client and
 * state secrets, the signing secret and the encryption keys.
 */
export function configSecrets(config: Config): string[] {
  const { clientSecret, stateSecret, signingSecret } = config.slack;
  const keys = [config.encryptionKey, ...config.previousEncryptionKeys].filter((k) => k !== undefined);
  return [
    ...[clientSecret, stateSecret, signingSecret].filter((s) => s !== undefined),
    ...keys.flatMap((k) => [k.toString('base64'), k.toString('hex')]),
  ];
}

export interface LoggerOptions {
  /** Values scrubbed from every line (configSecrets). */
  secrets?: readonly string[];
}

export function createLogger(
  level: LogLevel,
  destination?: DestinationStream,
  options: LoggerOptions = {},
): Logger {
  const scrub = scrubber(options.secrets ?? []);
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
      formatters: { log: (object) => scrubDeep(scrub, object) as Record<string, unknown> },
      hooks: {
        logMethod(args, method) {
          method.apply(
            this,
            args.map((a) => (typeof a === 'string' ? scrub(a) : a)) as Parameters<typeof method>,
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

// The Web API client logs each request's body at debug level. For the OAuth exchange that body is
// the client secret and the one-time code, whatever their field names.
const REQUEST_BODY = /^http request body: .*/s;

/**
 * Bolt and the WebClient log through ours, so their lines are structured and scrubbed too.
 * `omitRequestBodies`: for the client that runs the OAuth exchange, whose requests are all secrets.
 */
export function boltLogger(logger: Logger, options: { omitRequestBodies?: boolean } = {}): BoltLogger {
  const child = logger.child({ component: options.omitRequestBodies ? 'oauth' : 'bolt' });
  const text = (msg: unknown[]) => {
    const line = msg.map((m) => (typeof m === 'string' ? m : JSON.stringify(m))).join(' ');
    return options.omitRequestBodies ? line.replace(REQUEST_BODY, 'http request body: [omitted]') : line;
  };
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
