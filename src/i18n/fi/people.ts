import type { peopleTexts as en } from '../en/people.js';

export const peopleTexts: typeof en = {
  people: {
    /** Someone whose personal data was removed. */
    formerMember: 'entinen jäsen',
  },
  ownerLeft: {
    heading: (count: number) =>
      count === 1
        ? ':warning: *Vastuuhenkilö poistunut:* Slackin mukaan tämän kohteen vastuuhenkilön tili on poistettu käytöstä. Valitse uusi vastuuhenkilö:'
        : `:warning: *Vastuuhenkilö poistunut:* Slackin mukaan näiden ${count} kohteen vastuuhenkilöiden tilit on poistettu käytöstä. Valitse kullekin uusi vastuuhenkilö:`,
    homeHeading: (strategy: string, channel: string) =>
      `:warning: *Vastuuhenkilö poistunut* strategiassa *${strategy}* (<#${channel}>): valitse kullekin uusi vastuuhenkilö.`,
    phase: (name: string, owner: string) => `Vaihe *${name}*, vastuuhenkilönä ${owner}`,
    metric: (name: string, owner: string) => `Mittari *${name}*, vastuuhenkilönä ${owner}`,
    action: (what: string, owner: string) => `Toimenpide *${what}*, vastuuhenkilönä ${owner}`,
    channel: (account: string, owner: string) => `Tili *${account}*, vastuuhenkilönä ${owner}`,
    pick: 'Valitse uusi vastuuhenkilö',
    more: (n: number) => `…ja vielä ${n}, jotka näkyvät, kun nämä on siirretty.`,
    reassigned: (item: string, user: string) => `${item} on nyt käyttäjän <@${user}> vastuulla.`,
    phaseItem: (name: string) => `Vaihe *${name}*`,
    metricItem: (name: string) => `Mittari *${name}*`,
    actionItem: (what: string) => `Toimenpide *${what}*`,
    channelItem: (account: string) => `Tili *${account}*`,
    gone: 'Kohdetta ei enää ole, tai sillä on jo vastuuhenkilö.',
    metricForbidden:
      'Mittarin vastuuhenkilön voivat vaihtaa vain strategian ylläpitäjät, mittarin vastuuhenkilö ja työtilan ylläpitäjät.',
  },
};
