import type { ViewStateValue } from '@slack/bolt';

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

/** private_metadata round-trips JSON; anything unreadable is treated as absent. */
export function readMetadata<T extends object>(text: string | undefined): Partial<T> {
  if (!text) return {};
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed && typeof parsed === 'object' ? (parsed as Partial<T>) : {};
  } catch {
    return {};
  }
}
