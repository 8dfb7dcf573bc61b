import { describe, expect, it } from 'vitest';
import type { DigestData } from '../../src/domain/digest.js';
import { METRIC_NAME_MAX } from '../../src/domain/metric.js';
import type { OwnerLeftItem } from '../../src/domain/owner-left.js';
import { FORMER_MEMBER } from '../../src/domain/people.js';
import { digestMessage } from '../../src/views/scheduled.js';
import { checkMessage } from '../support/block-kit.js';

// The owner-left list at its largest: every kind of item, names at their maximum length, many items.

const items: OwnerLeftItem[] = [
  { ref: { kind: 'phase', key: 'listening' }, label: null, ownerId: 'U2' },
  ...Array.from({ length: 30 }, (_, i) => ({
    ref: { kind: 'metric' as const, id: `m${i}` },
    label: `<!channel> *${'x'.repeat(METRIC_NAME_MAX - 13)}`,
    ownerId: i === 0 ? FORMER_MEMBER : 'U2',
  })),
  { ref: { kind: 'action', id: 'a1' }, label: 'y'.repeat(5000), ownerId: 'U2' },
];

const digest = (language: 'en' | 'fi'): DigestData => ({
  strategyId: 'c1a0b0e0-0000-4000-8000-000000000000',
  strategyName: 'z'.repeat(80),
  channelId: 'C1',
  language,
  ownerLeft: items,
});

describe('the owner-left list in the digest', () => {
  it.each(['en', 'fi'] as const)(
    'stays inside Block Kit, escapes names and shows five at a time (%s)',
    (language) => {
      const m = digestMessage(digest(language));
      expect(checkMessage(m as never)).toEqual([]);
      const all = JSON.stringify(m.blocks);
      expect(all).not.toContain('<!channel>');
      expect(all).toContain('&lt;!channel&gt;');
      const pickers = (m.blocks as { accessory?: { type: string }; block_id?: string }[]).filter(
        (b) => b.accessory?.type === 'users_select',
      );
      expect(pickers).toHaveLength(5);
      for (const p of pickers) expect(p.block_id!.length).toBeLessThanOrEqual(255);
      expect(all).toContain(language === 'en' ? '…and 27 more' : '…ja vielä 27');
      // The former member is named as such, never as a mention Slack cannot resolve.
      expect(all).toContain(language === 'en' ? 'owned by former member' : 'vastuuhenkilönä entinen jäsen');
      expect(all).not.toContain(`<@${FORMER_MEMBER}>`);
    },
  );
});
