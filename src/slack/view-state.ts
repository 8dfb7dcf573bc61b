import type { ViewStateValue } from '@slack/bolt';
import type { SubmissionId } from '../services/submissions.js';
import { makeStorable } from './storable-text.js';

export type ViewValues = Record<string, Record<string, ViewStateValue>>;

/**
 * The submitted value of one input, whatever its element: text, a selected option, a user, a
 * date, a time. Undefined when the input was left empty.
 */
export function inputValue(values: ViewValues, blockId: string, actionId: string): string | undefined {
  const v = values[blockId]?.[actionId];
  if (!v) return undefined;
  const raw =
    v.value ??
    v.selected_option?.value ??
    v.selected_user ??
    v.selected_date ??
    v.selected_time ??
    v.selected_conversation;
  return raw === null || raw === undefined || raw === '' ? undefined : String(raw);
}

/** The value an input element opened with, read the way `inputValue` reads what was submitted. */
function initialValue(element: Record<string, unknown>): string | undefined {
  const option = element.initial_option as { value?: unknown } | undefined;
  const raw =
    element.initial_value ??
    option?.value ??
    element.initial_user ??
    element.initial_date ??
    element.initial_time ??
    element.initial_conversation;
  return raw === null || raw === undefined || raw === '' ? undefined : String(raw);
}

/**
 * The blocks whose input the user changed from the value the modal opened with. Slack sends the
 * view back with its blocks as they were opened (initial values included) and what was typed in
 * `state.values`. A form saves only these: what someone else changed meanwhile in a field this
 * user left alone stays. Without blocks to compare (not Slack's payload) every input counts.
 */
export function editedBlocks(view: { blocks?: unknown; state: { values: ViewValues } }): ReadonlySet<string> {
  const values = view.state.values;
  if (!Array.isArray(view.blocks)) return new Set(Object.keys(values));
  const initial = new Map<string, string | undefined>();
  for (const block of view.blocks as { block_id?: unknown; element?: unknown }[]) {
    if (typeof block?.block_id !== 'string' || !block.element || typeof block.element !== 'object') continue;
    initial.set(block.block_id, initialValue(block.element as Record<string, unknown>));
  }
  const edited = new Set<string>();
  for (const [blockId, inputs] of Object.entries(values)) {
    for (const actionId of Object.keys(inputs ?? {})) {
      if (!initial.has(blockId) || inputValue(values, blockId, actionId) !== initial.get(blockId))
        edited.add(blockId);
    }
  }
  return edited;
}

/** The view and version a submission came from, when the payload names both. */
export function submissionIdOf(view: { id?: unknown; hash?: unknown }): SubmissionId | undefined {
  return typeof view.id === 'string' && typeof view.hash === 'string' && view.id && view.hash
    ? { viewId: view.id, hash: view.hash }
    : undefined;
}

/**
 * private_metadata (and a button's value) round-trips JSON; anything unreadable is treated as
 * absent. Its strings are made storable like the rest of the payload: JSON can carry a NUL as
 * an escape that the payload's own text does not show.
 */
export function readMetadata<T extends object>(text: string | undefined): Partial<T> {
  if (!text) return {};
  try {
    const parsed: unknown = JSON.parse(text);
    if (!parsed || typeof parsed !== 'object') return {};
    makeStorable(parsed);
    return parsed as Partial<T>;
  } catch {
    return {};
  }
}
