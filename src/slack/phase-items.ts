import type { WebClient } from '@slack/web-api';
import type { Actor } from '../domain/permissions.js';
import { ITEM_PHASE, type ItemKind } from '../domain/phase-content.js';
import type { Language, Strategy } from '../domain/strategy.js';
import { messages } from '../i18n/index.js';
import type { ItemResult, ItemToEdit } from '../services/phase-content.js';
import type { SlackDeps } from './deps.js';
import { publishHomes } from './home.js';
import { phaseWindow } from './phases.js';

// What the entry buttons and the entry window share: why a change was refused, and what follows a
// saved one (the phase window under it shows the change, the owners' App Homes are rebuilt).

type Refused =
  | Exclude<ItemResult, { kind: 'saved' | 'removed' | 'unchanged' | 'invalid' | 'past_date' }>
  | Exclude<ItemToEdit, { kind: 'editable' }>;

export function itemRefusal(language: Language, strategy: Strategy, result: Refused): string {
  const c = messages(language).content.item;
  switch (result.kind) {
    case 'forbidden':
      return c.forbidden(result.phaseOwnerId, strategy.admins.map((u) => `<@${u}>`).join(', '));
    case 'not_found':
      return c.notFound;
    case 'too_many':
      return c.tooMany(result.max);
  }
}

/**
 * After an entry is saved: the phase window it was opened from shows the change (Slack keeps what
 * was typed in that window's inputs, which keep their ids), and the App Home of everyone whose
 * entries changed is rebuilt. Both are courtesies: the change is saved already.
 */
export async function afterItemSaved(
  deps: SlackDeps,
  client: WebClient,
  o: {
    strategy: Strategy;
    kind: ItemKind;
    actor: Actor;
    language: Language;
    parentViewId?: string;
    owners: string[];
  },
): Promise<void> {
  const { strategy } = o;
  const teamId = strategy.teamId;
  if (o.parentViewId) {
    try {
      const window = await phaseWindow(deps, strategy, ITEM_PHASE[o.kind], o.actor, o.language);
      if ('view' in window) await client.views.update({ view_id: o.parentViewId, view: window.view });
    } catch (err) {
      // Closed meanwhile, most likely: the change shows the next time the window opens.
      deps.logger.info({ err, teamId }, 'could not show a saved entry in its phase window');
    }
  }
  await publishHomes(deps, client, teamId, [...o.owners, o.actor.userId]);
}
