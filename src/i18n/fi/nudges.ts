import type { nudgeTexts as en } from '../en/nudges.js';

export const nudgeTexts: typeof en = {
  nudges: {
    dueToday: (phase: string) => `• ${phase} erääntyy tänään`,
    markDone: 'Merkitse valmiiksi',
    snooze: 'Torkuta viikoksi',
    open: 'Avaa vaihe',
    notMine: 'Ei minun',
    ladder:
      'Muistutan kolme työpäivää ennen määräpäivää, määräpäivänä ja kerran viikossa niin kauan kuin vaihe on myöhässä.',
    markedDone: (phase: string) => `✅ ${phase}: merkitty valmiiksi.`,
    isDone: (phase: string) => `✅ ${phase} on valmis.`,
    snoozed: (phase: string, until: string) => `💤 ${phase}: ei muistutuksia ennen päivää ${until}.`,
    disowned: (phase: string) =>
      `↩️ ${phase}: pyysin strategian ylläpitäjiä etsimään vaiheelle oikean vastuuhenkilön.`,
    isBlocked: (phase: string) => `⛔ ${phase} on jumissa: en muistuta siitä ennen kuin se etenee.`,
    movedOn: (phase: string, owner: string | null) =>
      owner
        ? `${phase} on nyt käyttäjän <@${owner}> vastuulla.`
        : `Vaiheella ${phase} ei ole nyt vastuuhenkilöä.`,
    onlyOwner: 'Vain vaiheen vastuuhenkilö voi tehdä tämän.',
    reassignRequest: (owner: string, phase: string, strategy: string, channel: string) =>
      `<@${owner}> kertoo, ettei strategian *${strategy}* (<#${channel}>) vaihe *${phase}* kuulu hänelle. Valitse vaiheelle uusi vastuuhenkilö:`,
    reassignPlaceholder: 'Valitse henkilö',
    reassigned: (phase: string, owner: string, by: string) =>
      `*${phase}* on nyt käyttäjän <@${owner}> vastuulla (vaihtoi <@${by}>).`,
    alreadyReassigned: (phase: string, owner: string | null) =>
      owner
        ? `*${phase}* on jo käyttäjän <@${owner}> vastuulla.`
        : `Vaiheella *${phase}* ei ole nyt vastuuhenkilöä.`,
  },
  notices: {
    title: (strategy: string) => `Muutoksia strategiassa *${strategy}*`,
    dueChanged: (actors: string, phase: string, before: string, after: string) =>
      `• ${actors} siirsi vaiheen *${phase}* määräpäivän ${before} → ${after}.`,
    dueSet: (actors: string, phase: string, after: string) =>
      `• ${actors} asetti vaiheen *${phase}* määräpäiväksi ${after}.`,
    dueRemoved: (actors: string, phase: string) => `• ${actors} poisti vaiheen *${phase}* määräpäivän.`,
    statusChanged: (actors: string, phase: string, before: string, after: string) =>
      `• ${actors} muutti vaiheen *${phase}* tilan: ${before} → ${after}.`,
    blocked: (actor: string, phase: string, owner: string | null) =>
      `⛔ ${actor} merkitsi vaiheen *${phase}* jumiin${owner ? ` (vastuuhenkilö <@${owner}>)` : ' (ei vastuuhenkilöä)'}.`,
    note: (note: string) => `Hänen muistiinpanonsa: ${note}`,
    noNote: 'Muistiinpanoa ei annettu.',
    more: (n: number) => `…ja ${n} muuta`,
  },
};
