import type { KnownBlock, View } from '@slack/types';
import type { Language } from '../domain/strategy.js';
import { messages } from '../i18n/index.js';
import { clip, LIMITS, modal, section } from './blocks.js';
import { SAVING_IDS } from './ids.js';

// A save that outlasts Slack's three seconds: the modal (keeping its title) says it is saving,
// then says how it went. These views have nothing to submit, only a close button.

function outcome(language: Language, title: string, blocks: KnownBlock[]): View {
  return modal({ callbackId: SAVING_IDS.view, title, close: messages(language).saving.close, blocks });
}

export function savingView(language: Language, title: string): View {
  return outcome(language, title, [section(messages(language).saving.inProgress)]);
}

export function savedView(language: Language, title: string): View {
  return outcome(language, title, [section(messages(language).saving.saved)]);
}

/** Why the save was refused, one reason a block; plain text, since a reason may quote what was typed. */
export function notSavedView(language: Language, title: string, reasons: string[]): View {
  const explained: KnownBlock[] = reasons.slice(0, LIMITS.modalBlocks - 1).map((reason) => ({
    type: 'section',
    text: { type: 'plain_text', text: clip(reason, LIMITS.sectionText), emoji: true },
  }));
  return outcome(language, title, [section(messages(language).saving.notSaved), ...explained]);
}

export function saveFailedView(language: Language, title: string): View {
  return outcome(language, title, [section(messages(language).saving.failed)]);
}
