import type { Language } from '../../domain/strategy.js';

const name: Record<Language, string> = { fi: 'Finnish', en: 'English' };

// Which language the strategy and each person get, and how to choose. The buttons that switch to
// a language are labelled in that language, so whoever cannot read this one still finds theirs.
export const languageTexts = {
  language: {
    startNote: (language: Language) =>
      `Channel posts, the plan and the canvas are in ${name[language]}. The strategy's admins can switch:`,
    startButton: { fi: 'Suomeksi', en: 'In English' } satisfies Record<Language, string>,
    strategyButton: { fi: 'Strategia suomeksi', en: 'Strategy in English' } satisfies Record<
      Language,
      string
    >,
    personalButton: { fi: 'Minulle suomeksi', en: 'For me in English' } satisfies Record<Language, string>,
    autoButton: 'Automatic',
    strategy: (language: Language) =>
      `*This strategy's language:* ${name[language]}. Channel posts, the plan and the canvas are in ${name[language]}.`,
    strategyAdmins: (admins: string) => `Its admins (${admins}) and workspace admins can change it.`,
    noStrategy: "This channel has no strategy: a strategy's language is chosen in its own channel.",
    mine: (language: Language) =>
      `*Your language:* ${name[language]}, for everything only you see: replies, windows, direct messages and my Home tab.`,
    mineAuto: (slack: Language) =>
      `*Your language:* not chosen. Whatever concerns a strategy you see in that strategy's language; anything else in your Slack language (${name[slack]}).`,
    strategyChanged: (user: string, language: Language, other: Language) =>
      `<@${user}> set this strategy's language to ${name[language]}: channel posts, the plan and the canvas are in ${name[language]} from now on. Anyone can still choose a language of their own, e.g. \`/smstrategy language me ${other}\`.`,
    strategyUnchanged: (language: Language) => `This strategy's language is already ${name[language]}.`,
    strategyForbidden: (admins: string, asked: Language) =>
      `Only the strategy's admins (${admins}) and workspace admins can change its language. To get your own replies, windows and messages in ${name[asked]}, choose your own language: \`/smstrategy language me ${asked}\`.`,
    mineSet: (language: Language) =>
      `From now on I speak ${name[language]} to you: replies, windows, direct messages and my Home tab. Channel posts keep the strategy's language.`,
    mineCleared:
      'You no longer have a language of your own: whatever concerns a strategy comes in its language, anything else in your Slack language.',
    unknown: (word: string) => `I don't know the language \`${word}\`: choose \`fi\` or \`en\`.`,
    usage:
      "`/smstrategy language fi|en` sets the strategy's language (admins), `/smstrategy language me fi|en|auto` your own, and `/smstrategy language` alone shows both.",
    homeLabel:
      '*Your language* for everything only you see. Automatic follows the strategy, or your Slack language.',
    homeOptions: { auto: 'Automatic', fi: 'Suomi', en: 'English' },
  },
};
