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
