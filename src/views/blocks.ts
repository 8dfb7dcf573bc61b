import type {
  Button,
  InputBlock,
  KnownBlock,
  MrkdwnElement,
  PlainTextElement,
  PlainTextOption,
  View,
} from '@slack/types';

// Small builders shared by the views. Texts are cut to Slack's limits here, once, so no view can
// produce a block Slack would refuse. Every mrkdwn text is verbatim: Slack then links and pings only
// what the app wrote as `<…>` (escaped user text has none), never a plain `@here`, `#channel` or
// address someone typed.

export const LIMITS = {
  sectionText: 3000,
  headerText: 150,
  buttonText: 75,
  contextElements: 10,
  messageBlocks: 50,
  modalBlocks: 100,
} as const;

export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

export function mrkdwnText(text: string): MrkdwnElement {
  return { type: 'mrkdwn', text, verbatim: true };
}

export function header(text: string): KnownBlock {
  return { type: 'header', text: { type: 'plain_text', text: clip(text, LIMITS.headerText), emoji: true } };
}

export function section(markdown: string, blockId?: string): KnownBlock {
  return {
    type: 'section',
    ...(blockId ? { block_id: blockId } : {}),
    text: mrkdwnText(clip(markdown, LIMITS.sectionText)),
  };
}

export function context(...markdown: string[]): KnownBlock {
  return {
    type: 'context',
    elements: markdown.slice(0, LIMITS.contextElements).map((text) => mrkdwnText(clip(text, 3000))),
  };
}

export function divider(): KnownBlock {
  return { type: 'divider' };
}

export function button(text: string, actionId: string, value?: string, style?: 'primary' | 'danger'): Button {
  return {
    type: 'button',
    text: { type: 'plain_text', text: clip(text, LIMITS.buttonText), emoji: true },
    action_id: actionId,
    ...(value === undefined ? {} : { value }),
    ...(style ? { style } : {}),
  };
}

export function actions(buttons: Button[], blockId?: string): KnownBlock {
  return { type: 'actions', ...(blockId ? { block_id: blockId } : {}), elements: buttons.slice(0, 25) };
}

export interface Message {
  text: string;
  blocks: KnownBlock[];
}

// ---- modal parts ------------------------------------------------------------------------------

export const MODAL_TITLE_MAX = 24;

export interface ModalOptions {
  callbackId: string;
  title: string;
  submit?: string;
  close?: string;
  blocks: KnownBlock[];
  privateMetadata?: string;
  notifyOnClose?: boolean;
  externalId?: string;
}

export function modal(o: ModalOptions): View {
  return {
    type: 'modal',
    callback_id: o.callbackId,
    title: plain(clip(o.title, MODAL_TITLE_MAX)),
    ...(o.submit ? { submit: plain(clip(o.submit, MODAL_TITLE_MAX)) } : {}),
    ...(o.close ? { close: plain(clip(o.close, MODAL_TITLE_MAX)) } : {}),
    blocks: o.blocks,
    ...(o.privateMetadata === undefined ? {} : { private_metadata: o.privateMetadata }),
    ...(o.notifyOnClose ? { notify_on_close: true } : {}),
    ...(o.externalId ? { external_id: o.externalId } : {}),
  };
}

export function plain(text: string): PlainTextElement {
  return { type: 'plain_text', text, emoji: true };
}

export function option(text: string, value: string, description?: string): PlainTextOption {
  return {
    text: plain(clip(text, 75)),
    value,
    ...(description ? { description: plain(clip(description, 75)) } : {}),
  };
}

export interface InputOptions {
  blockId: string;
  actionId: string;
  label: string;
  hint?: string;
  optional?: boolean;
}

function input(o: InputOptions, element: InputBlock['element']): KnownBlock {
  return {
    type: 'input',
    block_id: o.blockId,
    label: plain(clip(o.label, 2000)),
    ...(o.hint ? { hint: plain(clip(o.hint, 2000)) } : {}),
    ...(o.optional ? { optional: true } : {}),
    element,
  };
}

export function textInput(
  o: InputOptions & { initial?: string; multiline?: boolean; maxLength?: number; placeholder?: string },
): KnownBlock {
  return input(o, {
    type: 'plain_text_input',
    action_id: o.actionId,
    ...(o.initial ? { initial_value: o.initial } : {}),
    ...(o.multiline ? { multiline: true } : {}),
    ...(o.maxLength ? { max_length: Math.min(o.maxLength, 3000) } : {}),
    ...(o.placeholder ? { placeholder: plain(clip(o.placeholder, 150)) } : {}),
  });
}

type ChoiceOptions = InputOptions & { options: PlainTextOption[]; initial?: string; placeholder?: string };

/** A static select holds at most 100 options, radio buttons at most 10. */
const MAX_CHOICES = { static_select: 100, radio_buttons: 10 } as const;

function choiceInput(type: keyof typeof MAX_CHOICES, o: ChoiceOptions): KnownBlock {
  const initial = o.options.find((opt) => opt.value === o.initial);
  return input(o, {
    type,
    action_id: o.actionId,
    options: o.options.slice(0, MAX_CHOICES[type]),
    ...(initial ? { initial_option: initial } : {}),
    // Radio buttons show every choice and take no placeholder.
    ...(o.placeholder && type === 'static_select' ? { placeholder: plain(clip(o.placeholder, 150)) } : {}),
  });
}

export const selectInput = (o: ChoiceOptions): KnownBlock => choiceInput('static_select', o);
export const radioInput = (o: ChoiceOptions): KnownBlock => choiceInput('radio_buttons', o);

export function userInput(o: InputOptions & { initial?: string | null }): KnownBlock {
  return input(o, {
    type: 'users_select',
    action_id: o.actionId,
    ...(o.initial ? { initial_user: o.initial } : {}),
  });
}

export function dateInput(o: InputOptions & { initial?: string | null }): KnownBlock {
  return input(o, {
    type: 'datepicker',
    action_id: o.actionId,
    ...(o.initial ? { initial_date: o.initial } : {}),
  });
}

/** Slack's time picker: any minute of the day, `HH:mm`. */
export function timeInput(o: InputOptions & { initial?: string }): KnownBlock {
  return input(o, {
    type: 'timepicker',
    action_id: o.actionId,
    ...(o.initial ? { initial_time: o.initial } : {}),
  });
}

export interface OptionGroup {
  label: string;
  options: PlainTextOption[];
}

/**
 * A static select whose options come in labelled groups. Slack takes at most 100 groups of at most
 * 100 options each, so a longer list must be split into groups before it gets here.
 */
export function groupedSelectInput(
  o: InputOptions & { groups: OptionGroup[]; initial?: string; placeholder?: string },
): KnownBlock {
  const groups = o.groups
    .filter((g) => g.options.length > 0)
    .slice(0, 100)
    .map((g) => ({ label: plain(clip(g.label, 75)), options: g.options.slice(0, 100) }));
  const initial = groups.flatMap((g) => g.options).find((opt) => opt.value === o.initial);
  return input(o, {
    type: 'static_select',
    action_id: o.actionId,
    option_groups: groups,
    ...(initial ? { initial_option: initial } : {}),
    ...(o.placeholder ? { placeholder: plain(clip(o.placeholder, 150)) } : {}),
  });
}

/** Checkboxes: at most 10 options; `initial` are the values ticked when the window opens. */
export function checkboxInput(
  o: InputOptions & { options: PlainTextOption[]; initial?: readonly string[] },
): KnownBlock {
  const options = o.options.slice(0, 10);
  const initial = options.filter((opt) => o.initial?.includes(opt.value ?? ''));
  return input(o, {
    type: 'checkboxes',
    action_id: o.actionId,
    options,
    ...(initial.length > 0 ? { initial_options: initial } : {}),
  });
}
