import { describe, expect, it } from 'vitest';
import { PHASE_KEYS } from '../../src/domain/method.js';
import { NOTES_MAX_LENGTH } from '../../src/domain/phases.js';
import { foldNotices } from '../../src/services/nudges.js';
import { MAX_STRATEGY_NAME } from '../../src/services/strategies.js';
import type { Notice } from '../../src/storage/nudges.js';
import { noticesMessage, nudgeMessage, reassignRequestMessage } from '../../src/views/nudges.js';
import { checkMessage } from '../support/block-kit.js';

// The nudge, the reassign request and the notices, with every field at its longest and every
// phase in them, inside Block Kit's limits in both languages; and people's text shown as text.

const strategy = { id: 'S1', name: `<!channel> ${'Ä'.repeat(MAX_STRATEGY_NAME - 11)}`, channelId: 'C1' };

function notice(n: number, more: Partial<Notice>): Notice {
  return {
    id: `N${n}`,
    strategyId: 'S1',
    recipient: 'U2',
    kind: 'changed',
    phase: 'listening',
    actorId: 'U1',
    payload: {},
    createdAt: n,
    ...more,
  };
}

describe('nudge messages', () => {
  for (const language of ['en', 'fi'] as const) {
    it(`stay inside Block Kit with every phase and the longest names (${language})`, () => {
      const all = PHASE_KEYS.map((phase) => ({ phase, ownerId: 'U2', due: '2026-12-01', done: false }));
      const nudge = nudgeMessage(language, strategy, {
        ownerId: 'U2',
        date: '2026-12-01',
        overdue: all,
        dueSoon: [],
      });
      expect(checkMessage(nudge as never)).toEqual([]);
      expect(nudge.text).not.toContain('<!channel>');
      expect(reassignRequestMessage(language, strategy, 'organisation', 'U2').blocks).toHaveLength(1);
      expect(checkMessage(reassignRequestMessage(language, strategy, 'organisation', 'U2') as never)).toEqual(
        [],
      );

      const notices = foldNotices([
        ...PHASE_KEYS.flatMap((phase, i) => [
          notice(i, { phase, payload: { field: 'dueDate', before: '2026-12-01', after: '2026-12-24' } }),
          notice(100 + i, { phase, payload: { field: 'status', before: 'not_started', after: 'blocked' } }),
        ]),
        ...Array.from({ length: 30 }, (_, i) =>
          notice(200 + i, {
            kind: 'blocked',
            phase: PHASE_KEYS[i % 8]!,
            payload: { ownerId: 'U2', note: `<@U9> *x* ${'n'.repeat(NOTES_MAX_LENGTH)}` },
          }),
        ),
      ]);
      const m = noticesMessage(language, strategy, notices);
      expect(checkMessage(m as never)).toEqual([]);
      expect(JSON.stringify(m.blocks)).toContain('&lt;@U9&gt;');
    });
  }

  it('folds several changes of one field into one, and leaves out a change undone', () => {
    const folded = foldNotices([
      notice(1, { payload: { field: 'dueDate', before: '2026-12-01', after: '2026-12-08' } }),
      notice(2, { actorId: 'U4', payload: { field: 'dueDate', before: '2026-12-08', after: '2026-12-10' } }),
      notice(3, {
        phase: 'goals',
        payload: { field: 'status', before: 'not_started', after: 'in_progress' },
      }),
      notice(4, {
        phase: 'goals',
        payload: { field: 'status', before: 'in_progress', after: 'not_started' },
      }),
    ]);
    expect(folded.changes).toEqual([
      {
        phase: 'listening',
        field: 'dueDate',
        actors: ['U1', 'U4'],
        before: '2026-12-01',
        after: '2026-12-10',
      },
    ]);
  });
});
