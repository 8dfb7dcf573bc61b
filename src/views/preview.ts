import type { KnownBlock, View } from '@slack/types';
import { formatLocalDate } from '../domain/dates.js';
import type { Language } from '../domain/strategy.js';
import { messages } from '../i18n/index.js';
import { context, divider, type Message, modal, section } from './blocks.js';
import { SCHEDULE_IDS } from './ids.js';

type TextObject = { text?: string };
type AnyBlock = {
  type: string;
  text?: TextObject;
  fields?: TextObject[];
  elements?: (TextObject & { type?: string })[];
};

/** A message as plain lines, for a terminal: each block's text, the buttons in brackets. */
export function messageText(message: Message): string {
  const lines: string[] = [];
  for (const block of message.blocks as AnyBlock[]) {
    if (block.text?.text) lines.push(block.text.text);
    for (const field of block.fields ?? []) if (field.text) lines.push(field.text);
    if (block.type === 'context') lines.push((block.elements ?? []).map((e) => e.text ?? '').join(' · '));
    if (block.type === 'actions')
      lines.push(
        (block.elements ?? [])
          .map((e) => (e as { text?: TextObject }).text?.text)
          .filter(Boolean)
          .map((t) => `[${t}]`)
          .join(' '),
      );
    if (block.type === 'divider') lines.push('---');
  }
  return lines.length > 0 ? lines.join('\n') : message.text;
}

/**
 * The next digest as the channel will get it, pushed over the schedule window. Its buttons are left
 * out: here they would act from a window, not from the channel they are made for.
 */
export function digestPreviewView(
  language: Language,
  channelId: string,
  next: { localTime: string; message: Message } | { none: 'off' | 'paused' },
): View {
  const m = messages(language).schedule;
  let blocks: KnownBlock[];
  if ('none' in next) blocks = [section(next.none === 'off' ? m.previewOff : m.previewPaused)];
  else {
    const [date = '', time = ''] = next.localTime.split(' ');
    blocks = [
      context(m.previewIntro(channelId, formatLocalDate(language, date), time)),
      divider(),
      ...next.message.blocks.filter((b) => b.type !== 'actions'),
    ];
  }
  return modal({ callbackId: SCHEDULE_IDS.previewView, title: m.previewTitle, close: m.close, blocks });
}
