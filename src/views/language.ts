import type { KnownBlock } from '@slack/types';
import type { LanguageChoice } from '../domain/language.js';
import type { Language, Strategy } from '../domain/strategy.js';
import { messages } from '../i18n/index.js';
import { actions, button, context, type Message, mrkdwnText, option, section } from './blocks.js';
import { escapeMrkdwn } from './escape.js';
import { LANGUAGE_IDS } from './ids.js';

const other = (language: Language): Language => (language === 'fi' ? 'en' : 'fi');

/** The channel's news of a new strategy, in its language, with a switch to the other language. */
export function startedMessage(strategy: Pick<Strategy, 'name' | 'language'>, starterId: string): Message {
  const m = messages(strategy.language);
  const text = m.start.created(starterId, escapeMrkdwn(strategy.name));
  const switchTo = other(strategy.language);
  return {
    text,
    blocks: [
      section(text),
      context(m.language.startNote(strategy.language)),
      actions([button(m.language.startButton[switchTo], LANGUAGE_IDS.startSwitch, switchTo)]),
    ],
  };
}

export interface LanguageSettings {
  /** The channel's strategy; undefined when the channel has none. */
  strategy: Pick<Strategy, 'language' | 'admins'> | undefined;
  /** Whether the caller may change the strategy's language. */
  canChange: boolean;
  /** The caller's own choice; undefined when they have made none. */
  chosen: Language | undefined;
  /** The caller's Slack language, what they get outside a strategy without a choice. */
  slack: Language;
}

/** `/smstrategy language`: the strategy's language and the caller's own, each with its buttons. */
export function languageSettingsMessage(language: Language, s: LanguageSettings): Message {
  const m = messages(language).language;
  const strategyBlocks: KnownBlock[] = s.strategy
    ? [
        section(m.strategy(s.strategy.language)),
        s.canChange
          ? actions([
              button(
                m.strategyButton[other(s.strategy.language)],
                LANGUAGE_IDS.strategy,
                other(s.strategy.language),
              ),
            ])
          : context(m.strategyAdmins(s.strategy.admins.map((u) => `<@${u}>`).join(', '))),
      ]
    : [context(m.noStrategy)];
  const personal = s.chosen ? m.mine(s.chosen) : m.mineAuto(s.slack);
  const choices: LanguageChoice[] = (['fi', 'en', 'auto'] as const).filter((c) => c !== (s.chosen ?? 'auto'));
  return {
    text: `${s.strategy ? `${m.strategy(s.strategy.language)}\n` : ''}${personal}`,
    blocks: [
      ...strategyBlocks,
      section(personal),
      actions(
        choices.map((c) =>
          button(c === 'auto' ? m.autoButton : m.personalButton[c], LANGUAGE_IDS.personal, c),
        ),
      ),
    ],
  };
}

/** App Home's control of the viewer's own language. */
export function homeLanguageBlock(language: Language, choice: LanguageChoice): KnownBlock {
  const m = messages(language).language;
  const options = (['auto', 'fi', 'en'] as const).map((c) => option(m.homeOptions[c], c));
  return {
    type: 'section',
    block_id: LANGUAGE_IDS.homeBlock,
    text: mrkdwnText(m.homeLabel),
    accessory: {
      type: 'static_select',
      action_id: LANGUAGE_IDS.home,
      options,
      initial_option: options.find((o) => o.value === choice)!,
    },
  };
}
