import { formatLocalDate, parseLocalDate } from '../../../domain/dates.js';
import {
  ACTION_WHAT_MAX,
  CHANNEL_TEXT_MAX,
  GOAL_TEXT_MAX,
  type ItemKind,
  isItemKind,
  isPostingCadence,
} from '../../../domain/phase-content.js';
import type { Language } from '../../../domain/strategy.js';
import { messages } from '../../../i18n/index.js';
import { type ItemInput, saveItem } from '../../../services/phase-content.js';
import { CONTENT_IDS } from '../../../views/ids.js';
import type { ItemRef } from '../../../views/phase-content.js';
import type { SlackDeps } from '../../deps.js';
import { afterItemSaved, itemRefusal } from '../../phase-items.js';
import { inputValue, type ViewValues } from '../../view-state.js';
import { close, onSubmission, type Parsed, parsed, refuse } from './submission.js';

const block = CONTENT_IDS.itemBlock;

/**
 * The window of one entry (goal, account, action): checked in the window itself, saved, and then
 * the phase window under it shows the change. Fields that cannot be saved are refused in place.
 */
export const makeItemSubmitted = (deps: SlackDeps) =>
  onSubmission<ItemRef>(
    deps,
    async (s) => {
      const { strategy, meta, language, values } = s;
      const kind = meta.t;
      if (!strategy || !isItemKind(kind)) return close();
      const id = typeof meta.i === 'string' ? meta.i : undefined;
      const remove = (values[block('remove')]?.[CONTENT_IDS.itemAction]?.selected_options ?? []).some(
        (o) => o.value === 'remove',
      );
      const form = readItemForm(kind, language, values);
      if (!form.ok && !remove) return refuse(form.errors);
      const actor = await deps.users.actor(s.client, strategy.teamId, s.userId);
      const item = form.ok ? form.value : ({ kind } as ItemInput);
      const result = await saveItem(deps, { strategy, actor, ...(id ? { id } : {}), item, remove });
      switch (result.kind) {
        case 'unchanged':
          return close();
        case 'invalid':
          return refuse({ [block(result.field)]: messages(language).content.required });
        case 'past_date': {
          const due = inputValue(values, block('due'), CONTENT_IDS.itemAction) ?? '';
          return refuse({
            [block('due')]: messages(language).content.item.pastDate(
              formatLocalDate(language, due),
              formatLocalDate(language, result.today),
            ),
          });
        }
        case 'forbidden':
        case 'not_found':
        case 'too_many':
          return refuse({ [firstBlock(kind)]: itemRefusal(language, strategy, result) });
        case 'saved':
        case 'removed':
          return close(() =>
            afterItemSaved(deps, s.client, {
              strategy,
              kind,
              actor,
              language,
              ...(typeof meta.p === 'string' ? { parentViewId: meta.p } : {}),
              owners: result.ownersConcerned,
            }),
          );
      }
    },
    (ref) => ref.s,
  );

const firstBlock = (kind: ItemKind) =>
  block(kind === 'goal' ? 'text' : kind === 'channel' ? 'service' : 'what');

/** The entry as typed; every required text filled in and within its length. */
function readItemForm(kind: ItemKind, language: Language, values: ViewValues): Parsed<ItemInput> {
  const c = messages(language).content;
  const errors: Record<string, string> = {};
  const get = (field: string) => inputValue(values, block(field), CONTENT_IDS.itemAction);
  const required = (field: string, max: number) => {
    const text = get(field)?.trim() ?? '';
    if (!text) errors[block(field)] = c.required;
    else if (text.length > max) errors[block(field)] = c.tooLong(max);
    return text;
  };
  // Without an owner input (the user may not hand the entry on) the entry keeps its owner.
  const owner = () => (values[block('owner')] ? (get('owner') ?? null) : undefined);
  switch (kind) {
    case 'goal': {
      const text = required('text', GOAL_TEXT_MAX);
      const chosen = values[block('metrics')]?.[CONTENT_IDS.itemAction]?.selected_options ?? [];
      const metricIds = chosen.map((o) => o.value).filter((v): v is string => typeof v === 'string');
      return parsed({ kind, text, metricIds }, errors);
    }
    case 'channel': {
      const cadence = get('cadence') ?? 'weekly';
      const item = {
        kind,
        service: required('service', CHANNEL_TEXT_MAX.service),
        handle: required('handle', CHANNEL_TEXT_MAX.handle),
        audience: required('audience', CHANNEL_TEXT_MAX.audience),
        purpose: required('purpose', CHANNEL_TEXT_MAX.purpose),
        cadence: isPostingCadence(cadence) ? cadence : 'weekly',
        ownerId: owner(),
      } as const;
      return parsed(item, errors);
    }
    case 'action': {
      const due = get('due');
      if (due && !parseLocalDate(due)) errors[block('due')] = c.required;
      const item = {
        kind,
        what: required('what', ACTION_WHAT_MAX),
        ownerId: owner(),
        due: due ?? null,
        done: get('done') === 'done',
      } as const;
      return parsed(item, errors);
    }
  }
}
