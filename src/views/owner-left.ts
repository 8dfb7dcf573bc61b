import type { KnownBlock } from '@slack/types';
import type { OwnerLeftItem } from '../domain/owner-left.js';
import { FORMER_MEMBER } from '../domain/people.js';
import type { Language } from '../domain/strategy.js';
import { messages } from '../i18n/index.js';
import { clip, context, plain, section } from './blocks.js';
import { escapeMrkdwn } from './escape.js';
import { OWNER_LEFT_IDS } from './ids.js';
import { phaseName } from './phases.js';

/** Items listed at once; each is a block, and the digest and App Home have others to show. */
export const OWNER_LEFT_SHOWN = 5;

/** What one item is called, with who owned it. */
function itemText(language: Language, item: OwnerLeftItem): string {
  const m = messages(language).ownerLeft;
  const owner =
    item.ownerId === FORMER_MEMBER ? messages(language).people.formerMember : `<@${item.ownerId}>`;
  const label = escapeMrkdwn(clip(item.label ?? '', 200));
  switch (item.ref.kind) {
    case 'phase':
      return m.phase(phaseName(language, item.ref.key), owner);
    case 'metric':
      return m.metric(label, owner);
    case 'action':
      return m.action(label, owner);
    case 'channel':
      return m.channel(label, owner);
  }
}

const refId = (item: OwnerLeftItem) => (item.ref.kind === 'phase' ? item.ref.key : item.ref.id);

/**
 * The items whose owner left, each with a picker for the new owner; `heading` opens the list
 * (the digest's, or App Home's naming the strategy). Nothing when there is none.
 */
export function ownerLeftBlocks(
  language: Language,
  strategyId: string,
  items: OwnerLeftItem[],
  heading: string,
): KnownBlock[] {
  if (items.length === 0) return [];
  const m = messages(language).ownerLeft;
  const shown = items.slice(0, OWNER_LEFT_SHOWN);
  const blocks: KnownBlock[] = [section(heading)];
  for (const item of shown) {
    const block = section(
      itemText(language, item),
      OWNER_LEFT_IDS.block(strategyId, item.ref.kind, refId(item)),
    );
    blocks.push({
      ...block,
      accessory: {
        type: 'users_select',
        action_id: OWNER_LEFT_IDS.reassign,
        placeholder: plain(clip(m.pick, 150)),
      },
    } as KnownBlock);
  }
  if (items.length > shown.length) blocks.push(context(m.more(items.length - shown.length)));
  return blocks;
}
