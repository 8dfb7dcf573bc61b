import type { Messages } from './en.js';

export const fi: Messages = {
  appName: 'Somestrategia',
  commands: {
    help: { usage: 'help', description: 'Nämä ohjeet.' },
    start: { usage: 'start [nimi]', description: 'Aloita tämän kanavan strategia.' },
    status: { usage: 'status', description: 'Strategian tilannekuva.' },
    metric: {
      usage: 'metric add | list | edit <nimi> | archive <nimi> | chart <nimi>',
      description:
        'Mitattavat tavoitteet: lisää, listaa, muokkaa, arkistoi tai piirrä kuvaaja tavoitetta vasten.',
    },
    checkin: { usage: 'checkin', description: 'Raportoi mittareiden arvot tältä jaksolta.' },
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
  metrics: {
    modalTitleAdd: 'Uusi mittari',
    modalTitleEdit: 'Muokkaa mittaria',
    save: 'Tallenna',
    cancel: 'Peruuta',
    name: 'Nimi',
    namePlaceholder: 'esim. Uutiskirjeen tilaajat',
    unit: 'Yksikkö',
    unitHint: 'Vapaaehtoinen, esim. tilaajaa, %, €',
    baseline: 'Lähtötaso (missä olemme nyt)',
    target: 'Tavoite',
    numberHint: 'Luku: 1,5 ja 1.5 käyvät, samoin 1 234 ja 1 234,5.',
    targetDate: 'Tavoitepäivä',
    owner: 'Vastuuhenkilö (raportoi arvot)',
    direction: 'Kumpi suunta on parempi?',
    directionName: { up: 'Suurempi on parempi', down: 'Pienempi on parempi' },
    cadence: 'Raportointitiheys',
    cadenceName: { weekly: 'Viikoittain', monthly: 'Kuukausittain' },
    problems: {
      required: 'Täytä tämä kenttä.',
      tooLong: (max: number) => `Enintään ${max} merkkiä.`,
      duplicate: 'Strategiassa on jo tämän niminen mittari.',
      notANumber: 'Tämä ei ole luku. Kirjoita esimerkiksi 1,5 tai 1.5 tai 1 234.',
      sameAsBaseline: 'Tavoitteen pitää erota lähtötasosta.',
      notADate: 'Tämä ei ole päivämäärä.',
      dateInPast: 'Tavoitepäivä on menneisyydessä: valitse tämä päivä tai myöhempi.',
      forbiddenOwner:
        'Vain strategian ylläpitäjät ja työtilan ylläpitäjät voivat lisätä mittarin toiselle: merkitse itsesi vastuuhenkilöksi tai pyydä ylläpitäjää.',
    },
    created: (user: string, name: string, baseline: string, target: string, date: string, owner: string) =>
      `<@${user}> lisäsi mittarin *${name}*: lähtötasosta ${baseline} tavoitteeseen ${target} ${date} mennessä, vastuuhenkilö <@${owner}>.`,
    updated: (name: string) => `Mittari *${name}* tallennettu.`,
    archived: (name: string) => `Mittari *${name}* arkistoitu. Sen historia säilyy.`,
    forbidden: (name: string, owner: string) =>
      `Vain strategian ylläpitäjät, työtilan ylläpitäjät ja mittarin vastuuhenkilö <@${owner}> voivat muuttaa mittaria *${name}*. Mitään ei muutettu.`,
    notFound: (name: string) => `Aktiivista mittaria nimeltä ”${name}” ei ole.`,
    didYouMean: (name: string) => `Tarkoititko ”${name}”?`,
    usage:
      'Käytä komentoja `/smstrategy metric add`, `metric list`, `metric edit <nimi>`, `metric archive <nimi>` tai `metric chart <nimi>`.',
    listHeading: (strategy: string) => `Mittarit — ${strategy}`,
    none: 'Mittareita ei vielä ole. Lisää ensimmäinen mitattava tavoite komennolla `/smstrategy metric add`.',
    line: (name: string, unit: string, baseline: string, target: string, date: string, owner: string) =>
      `*${name}*${unit ? ` (${unit})` : ''} — lähtötasosta ${baseline} tavoitteeseen ${target} ${date} mennessä · vastuuhenkilö <@${owner}>`,
    cadenceAndDirection: (cadence: string, direction: string) => `${cadence} · ${direction}`,
    buttonAdd: 'Lisää mittari',
    buttonCheckin: 'Raportoi arvot',
    buttonEdit: 'Muokkaa',
    buttonArchive: 'Arkistoi',
    buttonChart: 'Kuvaaja',
    confirmArchiveTitle: 'Arkistoidaanko mittari?',
    confirmArchiveText: (name: string) =>
      `*${name}* poistuu raportoinnista ja tilannekuvasta. Historia säilyy.`,
    confirmArchiveYes: 'Arkistoi',
    checkinTitle: 'Raportointi',
    checkinSubmit: 'Raportoi',
    checkinIntro: (period: string) =>
      `Arvot jaksolle *${period}*. Jo raportoidut arvot on täytetty valmiiksi; muuta arvoa korvataksesi sen, jätä kenttä tyhjäksi ohittaaksesi sen.`,
    checkinLabel: (name: string, unit: string) => (unit ? `${name} (${unit})` : name),
    checkinHint: (target: string, date: string, period: string) =>
      `Tavoite ${target} ${date} mennessä · jakso ${period}`,
    checkinNone: 'Raportoitavia mittareita ei ole. Lisää mittari komennolla `/smstrategy metric add`.',
    checkinSaved: (count: number) =>
      count === 1 ? 'Kiitos! 1 arvo tallennettu.' : `Kiitos! ${count} arvoa tallennettu.`,
    checkinNothing: 'Mikään ei muuttunut: arvot oli jo raportoitu.',
    statusHeading: '*Mittarit*',
    statusNone: '*Mittarit:* ei vielä yhtään. Lisää mitattava tavoite komennolla `/smstrategy metric add`.',
    statusLine: (name: string, latest: string, target: string, date: string) =>
      `*${name}* — ${latest}, tavoite ${target} ${date} mennessä`,
    noValue: 'ei vielä arvoa',
    statusTrend: (bar: string, percent: string, spark: string, trend: string) =>
      `${bar} ${percent} · ${spark ? `\`${spark}\` · ` : ''}${trend}`,
    trendName: {
      no_data: 'ei vielä arvoja',
      reached: 'tavoite saavutettu',
      on_track: 'aikataulussa',
      behind: 'jäljessä',
    },
    moreMetrics: (count: number) => `…ja ${count} muuta.`,
    homeHeading: '*Sinun mittarisi*',
    homeCheckinButton: (strategy: string) => `Raportoi arvot: ${strategy}`,
    chartComment: (name: string) => `*${name}*: raportoidut arvot tavoitepolkua vasten.`,
    chartLegendHistory: 'Raportoidut arvot',
    chartLegendPath: 'tavoitepolku',
    chartPosted: (name: string) => `Mittarin *${name}* kuvaaja on lähetetty tälle kanavalle.`,
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
    unexpected: 'Jotain meni vikaan minun päässäni, eikä mitään muutettu. Yritä hetken päästä uudelleen.',
  },
};
