import { COMMANDS } from '../domain/commands.js';
import type { Language } from '../domain/strategy.js';
import { messages } from '../i18n/index.js';
import { actions, button, context, divider, header, type Message, section } from './blocks.js';
import { escapeMrkdwn } from './escape.js';
import { ACTIONS, COMMAND } from './ids.js';

export function helpMessage(language: Language, options: { hasStrategy: boolean; lead?: string }): Message {
  const m = messages(language);
  const lines = COMMANDS.map((name) => {
    const c = m.commands[name];
    return `\`${COMMAND} ${escapeMrkdwn(c.usage)}\` — ${c.description}`;
  });
  const buttons = options.hasStrategy
    ? [
        button(m.help.buttonStatus, ACTIONS.helpStatus, undefined, 'primary'),
        button(m.help.buttonAssess, ACTIONS.helpAssess),
        button(m.help.buttonCheckin, ACTIONS.helpCheckin),
        button(m.help.buttonPlan, ACTIONS.helpPlan),
      ]
    : [button(m.help.buttonStart, ACTIONS.helpStart, undefined, 'primary')];
  return {
    text: options.lead ? `${options.lead}\n${m.help.title}` : m.help.title,
    blocks: [
      ...(options.lead ? [section(options.lead), divider()] : []),
      header(m.help.title),
      section(m.help.intro),
      section(`${m.help.commandsHeading}\n${lines.join('\n')}`),
      ...(options.hasStrategy ? [] : [context(m.help.noStrategy)]),
      actions(buttons),
    ],
  };
}
