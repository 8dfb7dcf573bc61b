import type { Language } from '../../domain/strategy.js';
import type { languageTexts as en } from '../en/language.js';

const name: Record<Language, string> = { fi: 'suomi', en: 'englanti' };
/** "suomeksi", "englanniksi": in a language. */
const inLanguage: Record<Language, string> = { fi: 'suomeksi', en: 'englanniksi' };
/** "suomen", "englannin": the language as what is set. */
const languageObject: Record<Language, string> = { fi: 'suomen', en: 'englannin' };
/** "suomea", "englantia": a language spoken. */
const spoken: Record<Language, string> = { fi: 'suomea', en: 'englantia' };

export const languageTexts: typeof en = {
  language: {
    startNote: (language: Language) =>
      `Kanavan viestit, suunnitelma ja canvas ovat ${inLanguage[language]}. Strategian ylläpitäjät voivat vaihtaa kielen:`,
    startButton: { fi: 'Suomeksi', en: 'In English' },
    strategyButton: { fi: 'Strategia suomeksi', en: 'Strategy in English' },
    personalButton: { fi: 'Minulle suomeksi', en: 'For me in English' },
    autoButton: 'Automaattinen',
    strategy: (language: Language) =>
      `*Strategian kieli:* ${name[language]}. Kanavan viestit, suunnitelma ja canvas ovat ${inLanguage[language]}.`,
    strategyAdmins: (admins: string) =>
      `Sen voivat vaihtaa strategian ylläpitäjät (${admins}) ja työtilan ylläpitäjät.`,
    noStrategy: 'Tällä kanavalla ei ole strategiaa: strategian kieli valitaan sen omalla kanavalla.',
    mine: (language: Language) =>
      `*Oma kielesi:* ${name[language]}. Kaikki, minkä vain sinä näet, on ${inLanguage[language]}: vastaukset, ikkunat, yksityisviestit ja Koti-välilehteni.`,
    mineAuto: (slack: Language) =>
      `*Oma kielesi:* ei valittu. Kun asia koskee strategiaa, näet sen kyseisen strategian kielellä; muuten Slackin kielelläsi (${name[slack]}).`,
    strategyChanged: (user: string, language: Language, other: Language) =>
      `<@${user}> asetti strategian kieleksi ${languageObject[language]}: kanavan viestit, suunnitelma ja canvas ovat tästä lähtien ${inLanguage[language]}. Jokainen voi silti valita itselleen oman kielen, esim. \`/smstrategy kieli minä ${other}\`.`,
    strategyUnchanged: (language: Language) => `Strategian kieli on jo ${name[language]}.`,
    strategyForbidden: (admins: string, asked: Language) =>
      `Vain strategian ylläpitäjät (${admins}) ja työtilan ylläpitäjät voivat vaihtaa sen kielen. Jos haluat omat vastauksesi, ikkunasi ja viestisi ${inLanguage[asked]}, valitse oma kielesi: \`/smstrategy kieli minä ${asked}\`.`,
    mineSet: (language: Language) =>
      `Tästä lähtien puhun sinulle ${spoken[language]}: vastaukset, ikkunat, yksityisviestit ja Koti-välilehteni ovat ${inLanguage[language]}. Kanavan viestit pysyvät strategian kielellä.`,
    mineCleared:
      'Oma kielivalintasi on poistettu: kun asia koskee strategiaa, puhun sinulle sen kieltä, muuten Slackin kieltäsi.',
    unknown: (word: string) => `En tunne kieltä \`${word}\`: valitse \`fi\` tai \`en\`.`,
    usage:
      '`/smstrategy kieli fi|en` asettaa strategian kielen (ylläpitäjät), `/smstrategy kieli minä fi|en|auto` oman kielesi, ja pelkkä `/smstrategy kieli` näyttää molemmat.',
    homeLabel:
      '*Oma kielesi* kaikkeen, minkä vain sinä näet. Automaattinen seuraa strategiaa tai Slackin kieltäsi.',
    homeOptions: { auto: 'Automaattinen', fi: 'Suomi', en: 'English' },
  },
};
