import type { phaseTexts as en } from '../en/phases.js';
import { characters, others } from './counts.js';

export const phaseTexts: typeof en = {
  phases: {
    listening: {
      name: 'Kuuntelu',
      produces:
        'seuratut keskustelut toimialasta, asiakkaiden tarpeista ja tyytyväisyydestä sekä kilpailijoista, ja missä niitä käydään',
    },
    goals: {
      name: 'Tavoitteiden asettaminen',
      produces:
        'mitattavat tavoitteet: erottautuminen, markkinaosuus, asiakaspysyvyys… kullekin mittari ja tavoitearvo',
    },
    content: {
      name: 'Sisältöstrategian luominen tai tarkentaminen',
      produces: 'tavoitteista johdettu uusi tai tarkennettu sisältöstrategia',
    },
    presence: {
      name: 'Läsnäolomallin määrittely',
      produces: 'missä ja millä olemme läsnä, miten osallistumme ja miten tuotamme arvoa asiakkaille',
    },
    channels: {
      name: 'Käytettävien palveluiden valinta',
      produces: 'palvelut ja työkalut, joiden kautta strategia toteutetaan',
    },
    measurement: {
      name: 'Seurannan ja mittaamisen suunnittelu',
      produces: 'mitä seuraamme ja mittaamme, kuinka usein ja kuka raportoi',
    },
    organisation: { name: 'Organisointi ja budjetointi', produces: 'kuka tekee mitä, aika ja raha' },
    action_plan: {
      name: 'Toimintasuunnitelman luominen',
      produces: 'konkreettinen suunnitelma toimenpiteistä, vastuuhenkilöistä ja aikatauluista',
    },
  },
  phase: {
    statusName: { not_started: 'Ei aloitettu', in_progress: 'Käynnissä', done: 'Valmis', blocked: 'Jumissa' },
    heading: '*Vaiheet*',
    noOwner: 'ei vielä vastuuhenkilöä',
    noDue: 'ei määräpäivää',
    due: (date: string) => `määräpäivä ${date}`,
    overdue: '*myöhässä*',
    dueSoon: 'erääntyy viikon sisällä',
    notes: 'Muistiinpanot',
    deliverable: 'Tuotos',
    timesIn: (timeZone: string) => `Päivämäärät aikavyöhykkeellä ${timeZone}.`,
    buttonDone: 'Merkitse valmiiksi',
    buttonStart: 'Aloita',
    buttonBlocked: 'Jumissa',
    buttonEdit: 'Muokkaa',
    unknown: (word: string) => `En tunne vaihetta \`${word}\`.`,
    didYouMean: (key: string) => `Tarkoititko \`${key}\`?`,
    known: (list: string) => `Vaiheet: ${list}.`,
    assignUsage:
      'Käyttö: `/smstrategy assign &lt;vaihe&gt; @henkilö`. Valitse henkilö listasta, joka aukeaa, kun kirjoitat @-merkin. Voit myös avata vaiheen komennolla `/smstrategy phase &lt;vaihe&gt;` ja valita vastuuhenkilön siellä.',
    assignPickPerson: (typed: string, phaseCommand: string) =>
      `En tiedä, kuka ”${typed}” on. Slack tekee nimestä maininnan vain, kun valitset henkilön listasta, joka aukeaa @-merkin kirjoittamisen jälkeen. Kirjoita @, valitse henkilö listasta ja lähetä komento uudelleen, tai avaa vaihe komennolla \`${phaseCommand}\` ja valitse vastuuhenkilö siellä. Mitään ei muutettu.`,
    phasePlaceholder: '&lt;vaihe&gt;',
    dueUsage:
      'Käyttö: `/smstrategy due &lt;vaihe&gt; &lt;VVVV-KK-PP&gt;`, esimerkiksi `/smstrategy due 2 2027-01-31`.',
    phaseUsage:
      'Käyttö: `/smstrategy phase &lt;vaihe&gt;`, esimerkiksi `/smstrategy phase kuuntelu` tai `/smstrategy phase 1`.',
    invalidDate: (text: string) =>
      `\`${text}\` ei ole olemassa oleva päivämäärä. Kirjoita se muodossa VVVV-KK-PP, esimerkiksi 2027-01-31. Mitään ei muutettu.`,
    pastDate: (date: string, today: string) =>
      `${date} on jo mennyt (tänään on ${today}). Valitse myöhäisempi päivä. Mitään ei muutettu.`,
    invalidUrl: 'Tuotoksen on oltava linkki, joka alkaa http:// tai https://. Mitään ei muutettu.',
    notesTooLong: (max: number) =>
      `Muistiinpanot voivat olla enintään ${characters(max)}. Mitään ei muutettu.`,
    botUser: (user: string) => `<@${user}> on botti eikä voi vastata vaiheesta. Mitään ei muutettu.`,
    deactivatedUser: (user: string) =>
      `<@${user}> on poistettu käytöstä eikä voi vastata vaiheesta. Mitään ei muutettu.`,
    unknownUser: (user: string) => `En löydä käyttäjää <@${user}>. Mitään ei muutettu.`,
    onlyManagers: (admins: string) =>
      `Vain strategian ylläpitäjät (${admins}) tai työtilan ylläpitäjä voivat valita vaiheen vastuuhenkilön. Mitään ei muutettu.`,
    onlyEditors: (owner: string | null, admins: string) =>
      `Vain ${owner ? `vaiheen vastuuhenkilö <@${owner}>, ` : ''}strategian ylläpitäjät (${admins}) tai työtilan ylläpitäjä voivat muuttaa tätä vaihetta. Mitään ei muutettu.`,
    assigned: (user: string, phase: string) =>
      `<@${user}> vastaa nyt vaiheesta *${phase}*. Kerroin sen hänelle yksityisviestillä.`,
    alreadyOwner: (user: string, phase: string) =>
      `<@${user}> vastaa jo vaiheesta *${phase}*. Mitään ei muutettu.`,
    dueSet: (phase: string, date: string) => `Vaiheen *${phase}* määräpäivä on nyt ${date}.`,
    dueUnchanged: (phase: string, date: string) =>
      `Vaiheen *${phase}* määräpäivä on jo ${date}. Mitään ei muutettu.`,
    statusSet: (phase: string, status: string) => `Vaiheen *${phase}* tila on nyt: ${status}.`,
    dmNewOwner: (o: {
      phase: string;
      number: number;
      strategy: string;
      channel: string;
      due: string;
      produces: string;
      key: string;
      by: string;
    }) =>
      `<@${o.by}> nimesi sinut vastuuhenkilöksi vaiheelle ${o.number}/8, *${o.phase}*, strategiassa *${o.strategy}* kanavalla <#${o.channel}>. ${o.due}.\nVaihe tuottaa: ${o.produces}.\nPäivitä sitä komennolla \`/smstrategy phase ${o.key}\` kanavalla <#${o.channel}> tai Koti-välilehdeltäni.`,
    dmDue: (date: string) => `Määräpäivä ${date}`,
    dmNoDue: 'Määräpäivää ei ole vielä asetettu',
    dmPreviousOwner: (o: {
      phase: string;
      strategy: string;
      channel: string;
      owner: string | null;
      by: string;
    }) =>
      o.owner
        ? `<@${o.by}> siirsi vaiheen *${o.phase}* (strategia *${o.strategy}*, <#${o.channel}>) käyttäjälle <@${o.owner}>. Et enää vastaa siitä.`
        : `<@${o.by}> poisti sinut vaiheen *${o.phase}* vastuuhenkilöstä (strategia *${o.strategy}*, <#${o.channel}>).`,
    modal: {
      title: 'Vaihe',
      submit: 'Tallenna',
      close: 'Peruuta',
      owner: 'Vastuuhenkilö',
      ownerFixed: (owner: string | null) =>
        owner
          ? `*Vastuuhenkilö:* <@${owner}> (vain strategian ylläpitäjät voivat vaihtaa sen)`
          : '*Vastuuhenkilö:* ei vielä (vain strategian ylläpitäjät voivat valita sen)',
      dueDate: 'Määräpäivä',
      status: 'Tila',
      notes: 'Muistiinpanot',
      notesHint: (max: number) => `Enintään ${characters(max)}.`,
      deliverable: 'Tuotoksen linkki',
      deliverableHint: 'http://- tai https://-linkki dokumenttiin, tauluun tai kansioon.',
    },
    home: {
      heading: '*Omat vaiheesi*',
      none: 'Et vielä vastaa mistään vaiheesta. Kun sinut nimetään vaiheen vastuuhenkilöksi, se näkyy täällä.',
      more: (n: number) => `…ja ${others(n)}. \`/smstrategy status\` kunkin kanavan sisällä näyttää kaikki.`,
      summary: (overdue: number, soon: number) => `${overdue} myöhässä · ${soon} erääntyy viikon sisällä`,
    },
  },
};
