import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { isItemKind } from '../../../domain/phase-content.js';
import { activeMetrics } from '../../../services/metrics.js';
import { itemToEdit, saveItem } from '../../../services/phase-content.js';
import { strategyNamed } from '../../../services/strategies.js';
import { type ItemRef, itemModal, itemRefusedView } from '../../../views/phase-content.js';
import type { SlackDeps } from '../../deps.js';
import { publishHome } from '../../home.js';
import { itemRefusal } from '../../phase-items.js';
import { readMetadata } from '../../view-state.js';
import { workspaceOf } from '../../workspace.js';

type ButtonArgs = SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs;

/**
 * "Add" and "Edit" in the phase window: the entry's window, pushed over the phase window (whose id
 * it carries, to show the saved change there).
 */
export function makeItemButton(deps: SlackDeps) {
  return async ({ ack, body, action, client }: ButtonArgs) => {
    await ack();
    const ref = readMetadata<ItemRef>(action.value);
    const teamId = workspaceOf(body);
    if (!isItemKind(ref.t)) return;
    const strategy = await strategyNamed(deps, teamId, ref.s);
    if (!strategy) return;
    const userId = body.user.id;
    const [language, actor] = await Promise.all([
      deps.languages.of(client, teamId, userId, { strategy }),
      deps.users.actor(client, teamId, userId),
    ]);
    const id = typeof ref.i === 'string' ? ref.i : undefined;
    const [edit, metrics] = await Promise.all([
      itemToEdit(deps, { strategy, actor, kind: ref.t, ...(id ? { id } : {}) }),
      activeMetrics(deps, strategy),
    ]);
    const view =
      edit.kind === 'editable'
        ? itemModal(language, {
            ref: {
              s: strategy.id,
              t: ref.t,
              ...(id ? { i: id } : {}),
              ...(body.view?.id ? { p: body.view.id } : {}),
            },
            kind: ref.t,
            ...(edit.item ? { item: edit.item } : {}),
            canReassign: edit.canReassign,
            canRemove: edit.canRemove,
            metrics,
            defaultOwner: userId,
          })
        : itemRefusedView(language, ref.t, itemRefusal(language, strategy, edit));
    await client.views.push({ trigger_id: body.trigger_id, view });
  };
}

/** App Home's "Mark done" on an action its owner (or the phase's owner, or a manager) finished. */
export function makeHomeActionDone(deps: SlackDeps) {
  return async ({ ack, body, action, client }: ButtonArgs) => {
    await ack();
    const ref = readMetadata<ItemRef>(action.value);
    const teamId = workspaceOf(body);
    const userId = body.user.id;
    const strategy = await strategyNamed(deps, teamId, ref.s);
    if (!strategy || typeof ref.i !== 'string') return publishHome(deps, client, teamId, userId);
    const actor = await deps.users.actor(client, teamId, userId);
    const edit = await itemToEdit(deps, { strategy, actor, kind: 'action', id: ref.i });
    const item = edit.kind === 'editable' ? edit.item : undefined;
    if (item?.kind === 'action') {
      const result = await saveItem(deps, {
        strategy,
        actor,
        id: item.id,
        item: {
          kind: 'action',
          what: item.what,
          ownerId: item.ownerId ?? null,
          due: item.due ?? null,
          done: true,
        },
      });
      if (result.kind === 'forbidden') {
        const language = await deps.languages.of(client, teamId, userId, { strategy });
        await client.chat.postMessage({ channel: userId, text: itemRefusal(language, strategy, result) });
      }
    } else if (edit.kind !== 'editable') {
      const language = await deps.languages.of(client, teamId, userId, { strategy });
      await client.chat.postMessage({ channel: userId, text: itemRefusal(language, strategy, edit) });
    }
    await publishHome(deps, client, teamId, userId);
  };
}
