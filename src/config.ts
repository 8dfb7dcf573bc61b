import { existsSync } from 'node:fs';
import { z } from 'zod';

export type Transport = 'http' | 'socket';
export type AuthMode = 'single' | 'oauth';

export type DatabaseTarget = { kind: 'sqlite'; path: string } | { kind: 'postgres'; url: string };

export interface Config {
  readonly transport: Transport;
  readonly auth: AuthMode;
  readonly slack: {
    readonly botToken: string | undefined;
    readonly signingSecret: string | undefined;
    readonly appToken: string | undefined;
    readonly clientId: string | undefined;
    readonly clientSecret: string | undefined;
    readonly stateSecret: string | undefined;
    /** Base URL of the Web API, always ending in a slash as the WebClient expects. */
    readonly apiUrl: string;
  };
  readonly database: DatabaseTarget;
  readonly encryptionKey: Buffer | undefined;
  /** Keys sealed with before a rotation: they still open old values, never seal new ones. */
  readonly previousEncryptionKeys: readonly Buffer[];
  readonly port: number;
  readonly logLevel: LogLevel;
  /** Requests each HTTP API token may make per minute, in this process. */
  readonly apiRequestsPerMinute: number;
}

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** A configuration problem, worded as the single line start-up prints. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Requests an API token may make per minute: a sync tool's burst, far beyond a person's pace. */
export const API_REQUESTS_PER_MINUTE = 120;

const DEFAULT_DATABASE_URL = 'file:./data/smstrategy.db';
const DEFAULT_API_URL = 'https://slack.com/api/';

// Each variable carries the fix in its own message, so the one line printed at start-up is enough.
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), schema.optional());

const env = z.object({
  SLACK_BOT_TOKEN: optional(
    z
      .string()
      .startsWith(
        'xoxb-',
        'must be a bot token starting with xoxb- (OAuth & Permissions → Bot User OAuth Token)',
      ),
  ),
  SLACK_SIGNING_SECRET: optional(
    z
      .string()
      .regex(/^[0-9a-f]{16,}$/i, 'must be the hex Signing Secret from Basic Information → App Credentials'),
  ),
  SLACK_APP_TOKEN: optional(
    z
      .string()
      .startsWith(
        'xapp-',
        'must be an app-level token starting with xapp- (Basic Information → App-Level Tokens, scope connections:write)',
      ),
  ),
  SLACK_CLIENT_ID: optional(z.string().regex(/^\d+\.\d+$/, 'must be the Client ID from Basic Information')),
  SLACK_CLIENT_SECRET: optional(z.string().min(8, 'must be the Client Secret from Basic Information')),
  SLACK_STATE_SECRET: optional(z.string().min(16, 'must be a random string of at least 16 characters')),
  SLACK_API_URL: optional(
    z.url({ protocol: /^https?$/, error: 'must be an http(s) URL such as https://slack.com/api/' }),
  ),
  DATABASE_URL: optional(
    z
      .string()
      .regex(
        /^(file:.+|postgres(ql)?:\/\/.+)$/,
        'must be file:PATH for SQLite (e.g. file:./data/smstrategy.db) or a postgres:// URL',
      ),
  ),
  ENCRYPTION_KEY: optional(
    z
      .string()
      .refine(
        (v) => Buffer.from(v, 'base64').length === 32,
        'must be 32 random bytes in base64 (generate one with: openssl rand -base64 32)',
      ),
  ),
  ENCRYPTION_KEY_PREVIOUS: optional(
    z
      .string()
      .refine(
        (v) => v.split(',').every((k) => Buffer.from(k.trim(), 'base64').length === 32),
        'must be comma-separated keys of 32 bytes in base64 (the keys ENCRYPTION_KEY replaced)',
      ),
  ),
  PORT: optional(
    z
      .string()
      .regex(/^\d+$/, 'must be a port number between 0 and 65535')
      .refine((v) => Number(v) <= 65535, {
        message: 'must be a port number between 0 and 65535',
      }),
  ),
  LOG_LEVEL: optional(z.enum(LOG_LEVELS, `must be one of ${LOG_LEVELS.join(', ')}`)),
  API_RATE_LIMIT: optional(
    z.string().regex(/^[1-9]\d{0,6}$/, 'must be a whole number of requests per minute, from 1 to 9999999'),
  ),
});

function fail(variable: string, problem: string): never {
  throw new ConfigError(`${variable} ${problem}`);
}

function databaseTarget(url = DEFAULT_DATABASE_URL): DatabaseTarget {
  return url.startsWith('file:')
    ? { kind: 'sqlite', path: url.slice('file:'.length) }
    : { kind: 'postgres', url };
}

/**
 * Reads `.env` into the environment when the file exists; variables already set win. Node reads
 * it itself from 20.12 on; on an older Node the file cannot be read, and start-up says so.
 */
export function readDotEnv(path = '.env'): void {
  if (!existsSync(path)) return;
  if (typeof process.loadEnvFile !== 'function') {
    throw new ConfigError(
      `${path} can only be read on Node.js 20.12 or newer: upgrade Node, or set the variables in the environment`,
    );
  }
  process.loadEnvFile(path);
}

/** Only DATABASE_URL, for the command-line tools that never talk to Slack. */
export function loadDatabaseTarget(source: Record<string, string | undefined>): DatabaseTarget {
  const parsed = env.pick({ DATABASE_URL: true }).safeParse(source);
  if (!parsed.success) fail('DATABASE_URL', parsed.error.issues[0]!.message);
  return Object.freeze(databaseTarget(parsed.data.DATABASE_URL));
}

/** Only the encryption keys, for the command that reseals stored tokens after a rotation. */
export function loadEncryptionKeys(source: Record<string, string | undefined>): {
  current: Buffer;
  previous: Buffer[];
} {
  const parsed = env.pick({ ENCRYPTION_KEY: true, ENCRYPTION_KEY_PREVIOUS: true }).safeParse(source);
  if (!parsed.success) fail(String(parsed.error.issues[0]!.path[0]), parsed.error.issues[0]!.message);
  const { ENCRYPTION_KEY, ENCRYPTION_KEY_PREVIOUS } = parsed.data;
  if (!ENCRYPTION_KEY)
    fail('ENCRYPTION_KEY', 'is missing: set the new key (generate one with: openssl rand -base64 32)');
  return {
    current: Buffer.from(ENCRYPTION_KEY, 'base64'),
    previous: (ENCRYPTION_KEY_PREVIOUS?.split(',') ?? []).map((k) => Buffer.from(k.trim(), 'base64')),
  };
}

/** Reads and validates the environment once; the result is frozen. */
export function loadConfig(source: Record<string, string | undefined>): Config {
  const parsed = env.safeParse(source);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    fail(String(issue.path[0]), issue.message);
  }
  const v = parsed.data;

  const transport: Transport = v.SLACK_APP_TOKEN ? 'socket' : 'http';
  const oauthVars = [v.SLACK_CLIENT_ID, v.SLACK_CLIENT_SECRET, v.SLACK_STATE_SECRET];
  const auth: AuthMode = oauthVars.some(Boolean) ? 'oauth' : 'single';

  if (auth === 'oauth') {
    if (!v.SLACK_CLIENT_ID)
      fail('SLACK_CLIENT_ID', 'is missing: OAuth mode needs the Client ID from Basic Information');
    if (!v.SLACK_CLIENT_SECRET)
      fail('SLACK_CLIENT_SECRET', 'is missing: OAuth mode needs the Client Secret from Basic Information');
    if (!v.SLACK_STATE_SECRET)
      fail('SLACK_STATE_SECRET', 'is missing: OAuth mode needs a random string of at least 16 characters');
    if (!v.ENCRYPTION_KEY)
      fail(
        'ENCRYPTION_KEY',
        'is missing: OAuth mode stores tokens encrypted (generate one with: openssl rand -base64 32)',
      );
  } else if (!v.SLACK_BOT_TOKEN) {
    fail('SLACK_BOT_TOKEN', 'is missing: set the Bot User OAuth Token (xoxb-…) from OAuth & Permissions');
  }
  if (transport === 'http' && !v.SLACK_SIGNING_SECRET) {
    fail(
      'SLACK_SIGNING_SECRET',
      'is missing: the HTTP transport needs the Signing Secret from Basic Information → App Credentials (or set SLACK_APP_TOKEN for Socket Mode)',
    );
  }

  const database = databaseTarget(v.DATABASE_URL);

  const apiUrl = v.SLACK_API_URL ?? DEFAULT_API_URL;

  return Object.freeze({
    transport,
    auth,
    slack: Object.freeze({
      botToken: v.SLACK_BOT_TOKEN,
      signingSecret: v.SLACK_SIGNING_SECRET,
      appToken: v.SLACK_APP_TOKEN,
      clientId: v.SLACK_CLIENT_ID,
      clientSecret: v.SLACK_CLIENT_SECRET,
      stateSecret: v.SLACK_STATE_SECRET,
      apiUrl: apiUrl.endsWith('/') ? apiUrl : `${apiUrl}/`,
    }),
    database: Object.freeze(database),
    encryptionKey: v.ENCRYPTION_KEY ? Buffer.from(v.ENCRYPTION_KEY, 'base64') : undefined,
    previousEncryptionKeys: Object.freeze(
      (v.ENCRYPTION_KEY_PREVIOUS?.split(',') ?? []).map((k) => Buffer.from(k.trim(), 'base64')),
    ),
    port: v.PORT === undefined ? 3000 : Number(v.PORT),
    logLevel: v.LOG_LEVEL ?? 'info',
    apiRequestsPerMinute: v.API_RATE_LIMIT === undefined ? API_REQUESTS_PER_MINUTE : Number(v.API_RATE_LIMIT),
  });
}
