import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import { storableText } from '../domain/storable-text.js';

/**
 * Makes every string in `value` storable, in place (objects and arrays, however deep). Walked
 * with a stack of its own, so no payload is nested deep enough to overflow the call stack.
 */
export function makeStorable(value: unknown): void {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const node = stack.pop();
    if (!node || typeof node !== 'object') continue;
    const record = node as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      const item = record[key];
      if (typeof item === 'string') {
        const kept = storableText(item);
        if (kept !== item) record[key] = kept;
      } else if (item && typeof item === 'object') stack.push(item);
    }
  }
}

/**
 * Global middleware, the one place text from Slack comes in: command text, typed modal values,
 * button values and every other string of the payload are made storable before any listener
 * reads them, so that both databases keep the same text and none refuses it.
 */
export const storableRequest: Middleware<AnyMiddlewareArgs> = async ({ body, next }) => {
  makeStorable(body);
  await next();
};
