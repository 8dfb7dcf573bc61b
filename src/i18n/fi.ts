import type { Messages } from './en.js';

export const fi: Messages = {
  appName: 'Somestrategia',
  commands: {
    help: { usage: 'help', description: 'Nämä ohjeet.' },
    start: { usage: 'start [nimi]', description: 'Aloita tämän kanavan strategia.' },
    status: { usage: 'status', description: 'Strategian tilannekuva.' },
    schedule: {
      usage: 'schedule',
      description: 'Aseta, milloin kooste, seurantakysely ja muistutukset lähetetään.',
    },
    pause: { usage: 'pause', description: 'Keskeytä strategian kaikki ajastetut viestit.' },
    resume: { usage: 'resume', description: 'Jatka ajastettuja viestejä.' },
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
  schedule: {
    weekdays: {
      1: 'maanantai',
      2: 'tiistai',
      3: 'keskiviikko',
      4: 'torstai',
      5: 'perjantai',
      6: 'lauantai',
      7: 'sunnuntai',
    } as Record<number, string>,
    modalTitle: 'Aikataulu',
    save: 'Tallenna',
    cancel: 'Peruuta',
    intro: (channel: string) =>
      `Milloin julkaisen viikkokoosteen ja mittariseurannan kanavalle <#${channel}> ja muistutanko vastuuhenkilöitä määräajoista. Ajat ovat alla olevan aikavyöhykkeen paikallisia aikoja ja pysyvät oikeina kesäajan vaihtuessa.`,
    digestDay: 'Viikkokooste: päivä',
    digestTime: 'Viikkokooste: kellonaika',
    checkinDay: 'Mittariseuranta: päivä',
    checkinTime: 'Mittariseuranta: kellonaika',
    checkinHint:
      'Raportoimatta jättäneet vastuuhenkilöt saavat yhden muistutuksen yksityisviestinä seuraavana päivänä.',
    timeZone: 'Aikavyöhyke',
    timeZoneHint: 'IANA-aikavyöhyke, esimerkiksi Europe/Helsinki tai America/New_York.',
    nudges: 'Muistutukset vastuuhenkilöille',
    nudgesOn: 'Päällä',
    nudgesHint:
      'Yksityisviesti vastuuhenkilölle, kun vaihe erääntyy kolmen päivän sisällä tai on myöhässä, enintään kerran päivässä.',
    nudgesOff: 'Pois',
    invalidTimeZone: (zone: string) =>
      `”${zone}” ei ole tuntemani aikavyöhyke. Käytä IANA-nimeä, esimerkiksi Europe/Helsinki.`,
    forbidden:
      'Vain strategian ylläpitäjät ja työtilan ylläpitäjät voivat muuttaa aikataulua. Mitään ei muutettu.',
    saved: (digest: string, checkin: string, zone: string, nudges: boolean) =>
      `Aikataulu tallennettu. Kooste: ${digest}. Seuranta: ${checkin}. Aikavyöhyke: ${zone}. Muistutukset: ${nudges ? 'päällä' : 'pois'}.`,
    paused: (user: string) =>
      `<@${user}> keskeytti strategian ajastetut viestit. \`/smstrategy resume\` käynnistää ne uudelleen.`,
    resumed: (user: string) => `<@${user}> käynnisti strategian ajastetut viestit uudelleen.`,
    alreadyPaused: 'Ajastetut viestit ovat jo keskeytettyinä.',
    alreadyRunning: 'Ajastetut viestit ovat jo käynnissä.',
    kindName: {
      digest: 'viikkokoostetta',
      checkin_prompt: 'mittariseurantaa',
      checkin_reminder: 'seurannan muistutuksia',
      nudges: 'vastuuhenkilöiden muistutuksia',
    } as Record<string, string>,
    errorReason: {
      channel_not_found: 'kanavaa ei ole enää tai en näe sitä',
      not_in_channel: 'en ole kanavan jäsen',
      is_archived: 'kanava on arkistoitu',
      invalid_auth: 'pääsyni työtilaan ei ole enää voimassa',
      account_inactive: 'tilini työtilassa ei ole aktiivinen',
    } as Record<string, string>,
    pausedNotice: (what: string, channel: string, reason: string) =>
      `En voinut lähettää ${what} kanavalle <#${channel}>: ${reason}. Keskeytin sen, jotta viestit eivät kasaudu. Korjaa syy (esimerkiksi \`/invite @smstrategy\` kanavalla) ja kirjoita siellä \`/smstrategy resume\`.`,
  },
  digest: {
    title: (name: string) => `Viikkokooste: ${name}`,
    phasesDone: (done: number, total: number) => `*Vaiheet:* ${done} / ${total} valmiina`,
    dueSoon: '*Erääntyy pian*',
    overdue: '*Myöhässä*',
    phaseLine: (phase: string, owner: string | null, due: string) =>
      `• ${phase} — ${owner ? `<@${owner}>` : 'ei vastuuhenkilöä'} — ${due}`,
    gaps: '*Avoimet puutteet valmiuksissa*',
    gapLine: (question: string, phase: string) => `• ${question} → ${phase}`,
    metrics: '*Mittarit*',
    metricLine: (name: string, latest: string, target: string, trend: string) =>
      `• ${name}: ${latest} / ${target} ${trend}`,
    noValue: 'ei arvoa vielä',
    trend: { better: '↗ paranee', worse: '↘ heikkenee', flat: '→ ennallaan', unknown: '' } as Record<
      string,
      string
    >,
    nothingYet: 'Ei vielä raportoitavaa: vaiheet ja mittarit näkyvät tässä, kun tiimi on asettanut ne.',
    more: (n: number) => `…ja ${n} muuta`,
    reportMetrics: 'Raportoi mittarit',
    openStatus: 'Avaa tilanne',
  },
  checkin: {
    promptTitle: 'Mittariseuranta',
    prompt: (name: string) =>
      `Tämän viikon seurannan aika: *${name}*. Raportoi jokaisen vastuullasi olevan mittarin viimeisin arvo.`,
    promptButton: 'Raportoi mittarit',
    reminder: (name: string, channel: string) =>
      `Muistutus: et ole vielä raportoinut tämän viikon mittariarvoja strategiaan *${name}* kanavalla <#${channel}>.`,
  },
  nudge: {
    title: (name: string) => `Strategian *${name}* vaiheet, jotka tarvitsevat sinua`,
    dueSoon: (phase: string, due: string) => `• ${phase} erääntyy ${due}`,
    overdue: (phase: string, due: string) => `• ${phase} erääntyi ${due} ja on myöhässä`,
  },
  errors: {
    unknownCommand: (word: string) => `En tunne komentoa \`${word}\`.`,
    didYouMean: (suggestion: string) => `Tarkoititko \`/smstrategy ${suggestion}\`?`,
    noStrategy: 'Tällä kanavalla ei ole vielä strategiaa. Aloita komennolla `/smstrategy start [nimi]`.',
    unexpected: 'Jotain meni vikaan minun päässäni, eikä mitään muutettu. Yritä hetken päästä uudelleen.',
  },
};
