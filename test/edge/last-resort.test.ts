import { describe, expect, it } from 'vitest';
import { lastResortHandlers, withRequestContext } from '../../src/last-resort.js';
import { createLogger } from '../../src/logger.js';

// The process's last resort, called as Node calls it: a rejection nobody caught is logged with
// the request it came from and the process goes on; an uncaught exception stops it, non-zero.

function harness() {
  const lines: Record<string, any>[] = [];
  const exits: number[] = [];
  const logger = createLogger('info', { write: (line: string) => void lines.push(JSON.parse(line)) });
  return { lines, exits, handlers: lastResortHandlers(logger, (code) => void exits.push(code)) };
}

describe('last-resort handlers', () => {
  it('log a rejection nobody caught with its request, and keep the process running', async () => {
    const { lines, exits, handlers } = harness();
    const rejected = await withRequestContext({ path: '/slack/events' }, () =>
      withRequestContext({ kind: 'view_submission', teamId: 'T1' }, async () => {
        await null;
        handlers.onRejection(new TypeError("Cannot read properties of null (reading 'ssl_check')"));
        return true;
      }),
    );
    expect(rejected).toBe(true);
    expect(exits).toEqual([]);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      level: 50,
      msg: 'unhandled promise rejection: nothing else was affected, the process keeps running',
      request: { path: '/slack/events', kind: 'view_submission', teamId: 'T1' },
      err: { message: "Cannot read properties of null (reading 'ssl_check')" },
    });
  });

  it('log an uncaught exception and stop the process with code 1', () => {
    const { lines, exits, handlers } = harness();
    handlers.onException(new Error('state unknown'), 'uncaughtException');
    expect(exits).toEqual([1]);
    expect(lines[0]).toMatchObject({
      level: 60,
      origin: 'uncaughtException',
      err: { message: 'state unknown' },
    });
  });
});
