import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { schedulerClients } from '../../src/scheduler/slack-client.js';
import { SIGNING_SECRET } from '../support/signing.js';

describe('the scheduler’s Web API clients', () => {
  it('one per workspace token, the 100 most recently used kept: memory does not grow with workspaces', async () => {
    const config = loadConfig({
      SLACK_BOT_TOKEN: 'xoxb-single',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      DATABASE_URL: 'file::memory:',
      PORT: '0',
    });
    const clientFor = schedulerClients(config, createLogger('silent'), async (teamId) =>
      teamId === 'TGONE' ? undefined : `xoxb-${teamId}`,
    );
    const first = await clientFor('T0');
    expect(await clientFor('T0')).toBe(first);
    expect(await clientFor('TGONE')).toBeUndefined();
    const recent = [];
    for (let i = 1; i <= 100; i += 1) recent.push(await clientFor(`T${i}`));
    // T0 was the least recently used of 101: a new client now; the last hundred are the same ones.
    expect(await clientFor('T0')).not.toBe(first);
    expect(await clientFor('T100')).toBe(recent[99]);
    // …and T1, the oldest when T0 came back, made way for it.
    expect(await clientFor('T1')).not.toBe(recent[0]);
  });
});
