import { describe, expect, it } from 'vitest';
import { boltLogger, createLogger } from '../../src/logger.js';

function capture(level: 'debug' | 'info' = 'debug') {
  const lines: string[] = [];
  const logger = createLogger(level, { write: (line: string) => void lines.push(line) });
  return { logger, text: () => lines.join('') };
}

describe('log lines', () => {
  it('never carry a Slack token, whatever field or message it hides in', () => {
    const { logger, text } = capture();
    logger.info({ token: 'xoxb-1-2-abc', nested: { auth: 'Bearer xoxb-9-9-zzz' } }, 'using xapp-1-A1-secret');
    logger.error({ err: new Error('invalid_auth for xoxp-5-6-userToken') }, 'failed');
    boltLogger(logger).debug('request', { headers: { Authorization: 'Bearer xoxe.xoxb-1-refresh' } });
    const out = text();
    for (const secret of ['1-2-abc', '9-9-zzz', 'A1-secret', '5-6-userToken', '1-refresh']) {
      expect(out).not.toContain(secret);
    }
    expect(out).toContain('[redacted]');
    expect(out).toContain('invalid_auth for');
  });

  it('never carry a configured secret or an OAuth code, and the OAuth client’s request bodies are left out', () => {
    const lines: string[] = [];
    const key = Buffer.alloc(32, 7);
    const logger = createLogger(
      'trace',
      { write: (line: string) => void lines.push(line) },
      { secrets: ['client-secret-abc', key.toString('base64'), key.toString('hex')] },
    );
    logger.warn({ err: new Error('rejected client-secret-abc') }, `key ${key.toString('base64')}`);
    boltLogger(logger).info(
      'Unhandled HTTP request (GET) made to /slack/oauth_redirect?code=1234.5678.abcd&state=x',
    );
    boltLogger(logger, { omitRequestBodies: true }).debug(
      'http request body: {"client_id":"1.2","client_secret":"unknown-to-the-logger","code":"9.8.7"}',
    );
    const out = lines.join('');
    for (const secret of [
      'client-secret-abc',
      key.toString('base64'),
      '1234.5678.abcd',
      'unknown-to-the-logger',
      '9.8.7',
    ]) {
      expect(out).not.toContain(secret);
    }
    expect(out).toContain('code=[redacted]&state=x');
    expect(out).toContain('http request body: [omitted]');
  });

  it('formats Bolt’s debug payloads only when debug lines are written', () => {
    const { logger, text } = capture('info');
    let formatted = 0;
    const payload = {
      toJSON() {
        formatted += 1;
        return { big: true };
      },
    };
    boltLogger(logger).debug('ack() response sent', payload);
    expect(formatted).toBe(0);
    expect(text()).toBe('');
  });
});
