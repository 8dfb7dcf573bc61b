import type { Messages } from './en.js';

export const fi: Messages = {
  appName: 'Somestrategia',
  commands: {
    help: { usage: 'help', description: 'Nämä ohjeet.' },
    start: { usage: 'start [nimi]', description: 'Aloita tämän kanavan strategia.' },
    status: { usage: 'status', description: 'Strategian tilannekuva.' },
  },
  help: {
    title: 'Rakentakaa sosiaalisen median strategia yhdessä',
    intro:
      'Ohjaan tiimin menetelmän läpi: valmiuksien analyysi, kahdeksan vaihetta vastuuhenkilöineen ja päivämäärineen, mitattavat tavoitteet viikoittaisine seurantoineen ja dokumentoitu suunnitelma — kaikki täällä Slackissa.',
    commandsHeading: '*Komennot*',
    noStrategy: 'Tällä kanavalla ei ole vielä strategiaa. Aloita komennolla `/smstrategy start [nimi]`.',
    buttonStart: 'Aloita strategia',
    buttonStatus: 'Näytä tilanne',
    buttonHelp: 'Ohjeet',
  },
  start: {
    defaultName: (channel: string) => (channel ? `Somestrategia: #${channel}` : 'Somestrategia'),
    created: (user: string, name: string) =>
      `<@${user}> aloitti strategian *${name}* tällä kanavalla. Seuraavaksi: valmiuksien analyysi komennolla \`/smstrategy assess\`.`,
    exists: (name: string, user: string, date: string) =>
      `Tällä kanavalla on jo strategia: *${name}*, jonka <@${user}> aloitti ${date}. Mitään ei muutettu.`,
    nameTooLong: (max: number) => `Nimi voi olla enintään ${max} merkkiä. Mitään ei luotu.`,
  },
  status: {
    title: (name: string) => name,
    started: (user: string, date: string) => `Aloittanut <@${user}> ${date}`,
    admins: (users: string) => `Ylläpitäjät: ${users}`,
    settings: (language: string, timeZone: string, state: string) =>
      `Kieli: ${language} · Aikavyöhyke: ${timeZone} · Tila: ${state}`,
    readinessNotAssessed:
      '*Valmius:* analyysia ei ole vielä tehty. Vastatkaa kymmeneen kysymykseen komennolla `/smstrategy assess`.',
  },
  home: {
    strategiesHeading: '*Työtilan strategiat*',
    noStrategies: 'Strategioita ei vielä ole. Kirjoita tiimin kanavalla `/smstrategy start` aloittaaksesi.',
  },
  questions: {
    why: 'Miksi organisaatiollasi pitää olla sosiaalisen median strategia?',
    goals: 'Millaisia mitattavia tavoitteita sen avulla lähdetään tavoittelemaan?',
    pitch: 'Onko brändillä "hissitarina", jonka pystyy tarvittaessa kertomaan 140 merkin avulla?',
    audience: 'Ketä sosiaalisen median avulla on tarkoitus tavoitella?',
    whereabouts: 'Tiedetäänkö, missä kohdeyleisöön kuuluvat ihmiset kokoontuvat verkossa - jos missään?',
    costs: 'Millaisiin kustannuksiin ollaan valmiita?',
    content_strategy:
      'Onko organisaatiollasi olemassa sisältöstrategia, joka ohjaa kaikkea julkaistavaan sisältöön liittyvää päätöksentekoa?',
    ownership: 'Kenen on tarkoitus ottaa vastuu sosiaalisen median operaatiosta?',
    risks: 'Millaisia riskejä voidaan tunnistaa?',
    measurement: 'Miten tuloksia on tarkoitus mitata?',
  },
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
  languageName: { fi: 'suomi', en: 'englanti' },
  stateName: { active: 'käynnissä', paused: 'tauolla', archived: 'arkistoitu' },
  errors: {
    unknownCommand: (word: string) => `En tunne komentoa \`${word}\`.`,
    didYouMean: (suggestion: string) => `Tarkoititko \`/smstrategy ${suggestion}\`?`,
    noStrategy: 'Tällä kanavalla ei ole vielä strategiaa. Aloita komennolla `/smstrategy start [nimi]`.',
    notInstalled:
      'smstrategy ei ole enää asennettuna tähän työtilaan. Työtilan ylläpitäjä voi asentaa sen uudelleen; strategiat ovat tallessa.',
    unexpected: 'Jotain meni vikaan minun päässäni, eikä mitään muutettu. Yritä hetken päästä uudelleen.',
  },
};
