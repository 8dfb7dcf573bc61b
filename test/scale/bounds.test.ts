import type { App } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { Health } from '../../src/health.js';
import { createLogger } from '../../src/logger.js';
import { boundWorkspaceClients } from '../../src/slack/web-clients.js';
import { REFUSED_RECHECK_MS, TokenUnusableError, WorkspaceTokens } from '../../src/slack/workspace-tokens.js';
import { TestClock } from '../support/clock.js';

// What the process keeps for each workspace it serves stays within a bound, however many there are.

describe("Bolt's Web API clients", () => {
  /** What Bolt does with its `clients` for each request it dispatches (App.processEvent). */
  function dispatch(bolt: { clients: Record<string, { token: string } | undefined> }, teamId: string) {
    let pool = bolt.clients[teamId];
    if (pool === undefined) pool = bolt.clients[teamId] = { token: `xoxb-${teamId}` };
    return pool;
  }

  it('are kept for the most recently served workspaces only', () => {
    const bolt = { clients: {} as Record<string, { token: string } | undefined> };
    boundWorkspaceClients(bolt as unknown as App, 10);
    const first = dispatch(bolt, 'T0');
    for (let w = 1; w < 1_000; w++) {
      dispatch(bolt, `T${w}`);
      // T0 keeps being served: it stays.
      if (w % 5 === 0) expect(dispatch(bolt, 'T0')).toBe(first);
      expect(Object.keys(bolt.clients).length).toBeLessThanOrEqual(10);
    }
    expect(Object.keys(bolt.clients)).toContain('T0');
    expect('T999' in bolt.clients).toBe(true);
    expect('T1' in bolt.clients).toBe(false);
    // A workspace forgotten gets a new client when it comes back.
    expect(dispatch(bolt, 'T1')).toEqual({ token: 'xoxb-T1' });
  });
});

describe('refused workspace tokens', () => {
  it('are remembered for a bounded number of workspaces, the latest refusals first', () => {
    const clock = new TestClock();
    const lines: string[] = [];
    const tokens = new WorkspaceTokens(
      createLogger('error', { write: (line: string) => void lines.push(line) }),
      clock,
      new Health(),
      10,
    );
    for (let w = 0; w < 1_000; w++) tokens.refused(`T${w}`, 'token_revoked');
    expect(tokens.remembered).toEqual({ refused: 10, logged: 10 });
    expect(lines).toHaveLength(1_000);
    // The latest refusal still holds its workspace's work back; the earliest is forgotten.
    expect(() => tokens.assertNotRefused('T999')).toThrow(TokenUnusableError);
    expect(() => tokens.assertNotRefused('T0')).not.toThrow();
    // Once the recheck is due, the refusal is let go (and noted again should Slack refuse again).
    clock.advance(REFUSED_RECHECK_MS);
    expect(() => tokens.assertNotRefused('T999')).not.toThrow();
    expect(tokens.remembered.refused).toBe(9);
  });
});
