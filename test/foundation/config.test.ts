import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';

const base = { SLACK_BOT_TOKEN: 'xoxb-1-2-abc', SLACK_SIGNING_SECRET: 'a'.repeat(32) };

function errorOf(env: Record<string, string | undefined>): string {
  try {
    loadConfig(env);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as Error).message;
  }
  throw new Error('expected a configuration error');
}

describe('configuration', () => {
  it('defaults to HTTP on port 3000, SQLite under ./data, Slack’s API, level info', () => {
    const config = loadConfig(base);
    expect(config).toMatchObject({
      transport: 'http',
      auth: 'single',
      port: 3000,
      logLevel: 'info',
      database: { kind: 'sqlite', path: './data/smstrategy.db' },
    });
    expect(config.slack.apiUrl).toBe('https://slack.com/api/');
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('selects Socket Mode with an app token, where no signing secret is needed', () => {
    const config = loadConfig({ SLACK_BOT_TOKEN: base.SLACK_BOT_TOKEN, SLACK_APP_TOKEN: 'xapp-1-A1-xyz' });
    expect(config.transport).toBe('socket');
  });

  it('selects PostgreSQL for a postgres:// URL and keeps a base URL ending in a slash', () => {
    const config = loadConfig({
      ...base,
      DATABASE_URL: 'postgres://u@127.0.0.1:5432/db',
      SLACK_API_URL: 'http://x/api',
    });
    expect(config.database).toEqual({ kind: 'postgres', url: 'postgres://u@127.0.0.1:5432/db' });
    expect(config.slack.apiUrl).toBe('http://x/api/');
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ ...base, PORT: '', LOG_LEVEL: ' ' }).port).toBe(3000);
  });

  it.each([
    [{ SLACK_SIGNING_SECRET: base.SLACK_SIGNING_SECRET }, /^SLACK_BOT_TOKEN is missing/],
    [{ SLACK_BOT_TOKEN: base.SLACK_BOT_TOKEN }, /^SLACK_SIGNING_SECRET is missing/],
    [{ ...base, SLACK_SIGNING_SECRET: 'not hex!' }, /^SLACK_SIGNING_SECRET must be the hex Signing Secret/],
    [
      { ...base, SLACK_APP_TOKEN: 'xoxb-wrong' },
      /^SLACK_APP_TOKEN must be an app-level token starting with xapp-/,
    ],
    [{ ...base, DATABASE_URL: './data.db' }, /^DATABASE_URL must be file:PATH/],
    [{ ...base, PORT: '70000' }, /^PORT must be a port number/],
    [{ ...base, PORT: 'abc' }, /^PORT must be a port number/],
    [
      { ...base, LOG_LEVEL: 'loud' },
      /^LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent/,
    ],
    [{ ...base, SLACK_API_URL: 'ftp://x' }, /^SLACK_API_URL must be an http\(s\) URL/],
    [{ ...base, SLACK_CLIENT_ID: '123.456' }, /^SLACK_CLIENT_SECRET is missing/],
    [
      {
        ...base,
        SLACK_CLIENT_ID: '123.456',
        SLACK_CLIENT_SECRET: 'secret-secret',
        SLACK_STATE_SECRET: 's'.repeat(16),
      },
      /^ENCRYPTION_KEY is missing/,
    ],
    [{ ...base, ENCRYPTION_KEY: 'c2hvcnQ=' }, /^ENCRYPTION_KEY must be 32 random bytes in base64/],
  ])('refuses %o with one line naming the variable and the fix', (env, message) => {
    const text = errorOf(env);
    expect(text).toMatch(message);
    expect(text).not.toContain('\n');
  });
});
