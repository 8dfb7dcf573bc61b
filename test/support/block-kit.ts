// Slack's Block Kit limits (from Slack's reference for each block and surface). The stand-in runs
// every view and message it receives through these checks; a breach fails the test that caused it.

type Json = Record<string, unknown>;

const MAX = {
  messageBlocks: 50,
  surfaceBlocks: 100,
  messageText: 40_000,
  viewTitle: 24,
  viewSubmit: 24,
  viewClose: 24,
  privateMetadata: 3000,
  callbackId: 255,
  externalId: 255,
  blockId: 255,
  actionId: 255,
  sectionText: 3000,
  sectionFields: 10,
  fieldText: 2000,
  headerText: 150,
  contextElements: 10,
  actionsElements: 25,
  buttonText: 75,
  buttonValue: 2000,
  buttonUrl: 3000,
  optionText: 75,
  optionValue: 150,
  optionDescription: 75,
  staticSelectOptions: 100,
  optionGroups: 100,
  optionGroupLabel: 75,
  /** views.open, views.update, views.push and views.publish answer view_too_large beyond it. */
  viewBytes: 250_000,
  inputLabel: 2000,
  inputHint: 2000,
  placeholder: 150,
  plainTextInputMax: 3000,
  imageAltText: 2000,
  imageUrl: 3000,
} as const;

function textOf(value: unknown): string | undefined {
  if (value && typeof value === 'object' && 'text' in value) return String((value as Json).text);
  return undefined;
}

function checkLength(problems: string[], where: string, value: unknown, max: number): void {
  const text = typeof value === 'string' ? value : textOf(value);
  if (text !== undefined && text.length > max)
    problems.push(`${where}: ${text.length} characters, limit ${max}`);
}

function checkOptions(problems: string[], where: string, options: unknown): void {
  if (!Array.isArray(options)) return;
  if (options.length > MAX.staticSelectOptions)
    problems.push(`${where}: ${options.length} options, limit ${MAX.staticSelectOptions}`);
  options.forEach((option: Json, i) => {
    checkLength(problems, `${where}.options[${i}].text`, option.text, MAX.optionText);
    checkLength(problems, `${where}.options[${i}].value`, option.value, MAX.optionValue);
    checkLength(problems, `${where}.options[${i}].description`, option.description, MAX.optionDescription);
  });
}

/**
 * A select's choices: `options` or `option_groups`, never both; at most 100 groups of at most 100
 * options, each label at most 75 characters; an `initial_option` that is exactly one of them.
 */
function checkSelect(problems: string[], where: string, element: Json): void {
  const groups = element.option_groups;
  if (element.options !== undefined && groups !== undefined)
    problems.push(`${where}: options and option_groups together`);
  let all: unknown[] = Array.isArray(element.options) ? element.options : [];
  if (Array.isArray(groups)) {
    if (groups.length > MAX.optionGroups)
      problems.push(`${where}.option_groups: ${groups.length} groups, limit ${MAX.optionGroups}`);
    groups.forEach((group: Json, i) => {
      checkLength(problems, `${where}.option_groups[${i}].label`, group.label, MAX.optionGroupLabel);
      checkOptions(problems, `${where}.option_groups[${i}]`, group.options);
    });
    all = groups.flatMap((g: Json) => (Array.isArray(g.options) ? g.options : []));
  } else {
    checkOptions(problems, where, element.options);
  }
  const initial = element.initial_option;
  if (initial !== undefined && !all.some((o) => JSON.stringify(o) === JSON.stringify(initial)))
    problems.push(`${where}.initial_option: not one of the options`);
}

function checkElement(problems: string[], where: string, element: Json): void {
  checkLength(problems, `${where}.action_id`, element.action_id, MAX.actionId);
  checkLength(problems, `${where}.placeholder`, element.placeholder, MAX.placeholder);
  switch (element.type) {
    case 'button':
      checkLength(problems, `${where}.text`, element.text, MAX.buttonText);
      checkLength(problems, `${where}.value`, element.value, MAX.buttonValue);
      checkLength(problems, `${where}.url`, element.url, MAX.buttonUrl);
      break;
    case 'static_select':
    case 'multi_static_select':
      checkSelect(problems, where, element);
      break;
    case 'timepicker':
      if (
        element.initial_time !== undefined &&
        !/^([01]\d|2[0-3]):[0-5]\d$/.test(String(element.initial_time))
      )
        problems.push(`${where}.initial_time: ${String(element.initial_time)} is not HH:mm`);
      break;
    case 'radio_buttons':
    case 'checkboxes':
    case 'overflow':
      checkOptions(problems, where, element.options);
      if (element.type === 'radio_buttons' && Array.isArray(element.options) && element.options.length > 10)
        problems.push(`${where}: radio buttons take at most 10 options`);
      if (element.type === 'overflow' && Array.isArray(element.options) && element.options.length > 5)
        problems.push(`${where}: overflow takes at most 5 options`);
      break;
    case 'plain_text_input':
      if (typeof element.max_length === 'number' && element.max_length > MAX.plainTextInputMax)
        problems.push(`${where}.max_length: ${element.max_length}, limit ${MAX.plainTextInputMax}`);
      checkLength(problems, `${where}.initial_value`, element.initial_value, MAX.plainTextInputMax);
      break;
    case 'image':
      checkLength(problems, `${where}.alt_text`, element.alt_text, MAX.imageAltText);
      break;
  }
}

export function checkBlocks(blocks: unknown, maxBlocks: number, where = 'blocks'): string[] {
  const problems: string[] = [];
  if (blocks === undefined) return problems;
  if (!Array.isArray(blocks)) return [`${where}: not an array`];
  if (blocks.length > maxBlocks) problems.push(`${where}: ${blocks.length} blocks, limit ${maxBlocks}`);
  const ids = new Set<string>();
  blocks.forEach((block: Json, i) => {
    const at = `${where}[${i}](${String(block.type)})`;
    if (typeof block.block_id === 'string') {
      checkLength(problems, `${at}.block_id`, block.block_id, MAX.blockId);
      if (ids.has(block.block_id)) problems.push(`${at}: duplicate block_id ${block.block_id}`);
      ids.add(block.block_id);
    }
    switch (block.type) {
      case 'section':
        checkLength(problems, `${at}.text`, block.text, MAX.sectionText);
        if (Array.isArray(block.fields)) {
          if (block.fields.length > MAX.sectionFields)
            problems.push(`${at}.fields: ${block.fields.length}, limit ${MAX.sectionFields}`);
          block.fields.forEach((f, j) => {
            checkLength(problems, `${at}.fields[${j}]`, f, MAX.fieldText);
          });
        }
        if (!block.text && !block.fields) problems.push(`${at}: a section needs text or fields`);
        if (block.accessory) checkElement(problems, `${at}.accessory`, block.accessory as Json);
        break;
      case 'header':
        checkLength(problems, `${at}.text`, block.text, MAX.headerText);
        break;
      case 'context':
        if (Array.isArray(block.elements)) {
          if (block.elements.length > MAX.contextElements)
            problems.push(`${at}.elements: ${block.elements.length}, limit ${MAX.contextElements}`);
          for (const [j, e] of block.elements.entries()) {
            checkLength(problems, `${at}.elements[${j}]`, e, MAX.sectionText);
          }
        }
        break;
      case 'actions':
        if (Array.isArray(block.elements)) {
          if (block.elements.length > MAX.actionsElements)
            problems.push(`${at}.elements: ${block.elements.length}, limit ${MAX.actionsElements}`);
          for (const [j, e] of block.elements.entries()) checkElement(problems, `${at}.elements[${j}]`, e);
        }
        break;
      case 'input':
        checkLength(problems, `${at}.label`, block.label, MAX.inputLabel);
        checkLength(problems, `${at}.hint`, block.hint, MAX.inputHint);
        if (block.element) checkElement(problems, `${at}.element`, block.element as Json);
        else problems.push(`${at}: an input needs an element`);
        break;
      case 'image':
        checkLength(problems, `${at}.alt_text`, block.alt_text, MAX.imageAltText);
        checkLength(problems, `${at}.image_url`, block.image_url, MAX.imageUrl);
        break;
    }
  });
  return problems;
}

export function checkMessage(message: Json): string[] {
  const problems: string[] = [];
  checkLength(problems, 'text', message.text, MAX.messageText);
  problems.push(...checkBlocks(message.blocks, MAX.messageBlocks));
  return problems;
}

export function checkView(view: Json): string[] {
  const problems: string[] = [];
  if (view.type === 'modal') {
    checkLength(problems, 'view.title', view.title, MAX.viewTitle);
    checkLength(problems, 'view.submit', view.submit, MAX.viewSubmit);
    checkLength(problems, 'view.close', view.close, MAX.viewClose);
    if (!view.title) problems.push('view.title: a modal needs a title');
    const hasInput = Array.isArray(view.blocks) && view.blocks.some((b: Json) => b.type === 'input');
    if (hasInput && !view.submit) problems.push('view.submit: a modal with inputs needs a submit button');
  }
  checkLength(problems, 'view.private_metadata', view.private_metadata, MAX.privateMetadata);
  if (viewTooLarge(view)) problems.push(`view: larger than ${MAX.viewBytes} bytes`);
  checkLength(problems, 'view.callback_id', view.callback_id, MAX.callbackId);
  checkLength(problems, 'view.external_id', view.external_id, MAX.externalId);
  problems.push(...checkBlocks(view.blocks, MAX.surfaceBlocks, 'view.blocks'));
  return problems;
}

/** Slack refuses a view above 250 kB (`view_too_large`). */
export function viewTooLarge(view: Json): boolean {
  return Buffer.byteLength(JSON.stringify(view), 'utf8') > MAX.viewBytes;
}
