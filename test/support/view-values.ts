import type { Json } from './slack-stand-in.js';

/**
 * The state values Slack sends for a modal submitted as it was opened: each input's initial value,
 * in the shape its element type has in `view.state.values`. Override a block to "type" into it.
 */
export function valuesAsOpened(view: Json, typed: Record<string, Json> = {}): Json {
  const values: Json = {};
  for (const block of view.blocks ?? []) {
    if (block.type !== 'input' || !block.element?.action_id) continue;
    const e = block.element;
    const state: Json = { type: e.type };
    switch (e.type) {
      case 'plain_text_input':
      case 'url_text_input':
      case 'number_input':
        state.value = e.initial_value ?? null;
        break;
      case 'datepicker':
        state.selected_date = e.initial_date ?? null;
        break;
      case 'timepicker':
        state.selected_time = e.initial_time ?? null;
        break;
      case 'users_select':
        state.selected_user = e.initial_user ?? null;
        break;
      case 'static_select':
      case 'radio_buttons':
        state.selected_option = e.initial_option ?? null;
        break;
      case 'checkboxes':
        state.selected_options = e.initial_options ?? [];
        break;
      default:
        continue;
    }
    values[block.block_id] = { [e.action_id]: state };
  }
  for (const [blockId, state] of Object.entries(typed)) {
    const actionId = Object.keys(values[blockId] ?? {})[0];
    if (!actionId) throw new Error(`no input block ${blockId} in the view`);
    values[blockId] = { [actionId]: { ...values[blockId][actionId], ...state } };
  }
  return values;
}

/** A selected option as Slack sends it back: the option of the element with that value. */
export function optionOf(view: Json, blockId: string, value: string): Json {
  const block = (view.blocks ?? []).find((b: Json) => b.block_id === blockId);
  const option = block?.element?.options?.find((o: Json) => o.value === value);
  if (!option) throw new Error(`no option ${value} in ${blockId}`);
  return { selected_option: option };
}
