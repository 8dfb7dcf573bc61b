import type { Messages } from './en.js';

export const fi: Messages = {
  appName: 'Somestrategia',
  commands: {
    help: { usage: 'help', description: 'Nämä ohjeet.' },
    start: { usage: 'start [nimi]', description: 'Aloita tämän kanavan strategia.' },
    status: { usage: 'status', description: 'Strategian tilannekuva.' },
    assess: {
      usage: 'assess',
      description: 'Vastaa kymmeneen valmiuskysymykseen (ylläpitäjät muokkaavat, muut lukevat).',
    },
    assign: {
      usage: 'assign <vaihe> <@käyttäjä>',
      description: 'Nimeä vaiheelle vastuuhenkilö; hänelle kerrotaan yksityisviestillä.',
    },
    due: { usage: 'due <vaihe> <VVVV-KK-PP>', description: 'Aseta vaiheen määräpäivä.' },
    phase: {
      usage: 'phase <vaihe>',
      description: 'Avaa vaihe: vastuuhenkilö, määräpäivä, tila, muistiinpanot, tuotos.',
    },
    metric: {
      usage: 'metric add | list | edit <nimi> | archive <nimi> | chart <nimi>',
      description:
        'Mitattavat tavoitteet: lisää, listaa, muokkaa, arkistoi tai piirrä kuvaaja tavoitetta vasten.',
    },
    checkin: { usage: 'checkin', description: 'Raportoi mittareiden arvot tältä jaksolta.' },
    schedule: {
      usage: 'schedule',
      description: 'Aseta, milloin kooste, seurantakysely ja muistutukset lähetetään.',
    },
    pause: { usage: 'pause', description: 'Keskeytä strategian kaikki ajastetut viestit.' },
    resume: { usage: 'resume', description: 'Jatka ajastettuja viestejä.' },
    plan: {
      usage: 'plan',
      description: 'Dokumentoitu suunnitelma: julkaistaan tänne Markdown-tiedostona ja pidetään canvasina.',
    },
  },
  help: {
    title: 'Rakentakaa sosiaalisen median strategia yhdessä',
    intro:
      'Ohjaan tiimin menetelmän läpi: valmiuksien analyysi, kahdeksan vaihetta vastuuhenkilöineen ja päivämäärineen, mitattavat tavoitteet viikoittaisine seurantoineen ja dokumentoitu suunnitelma — kaikki täällä Slackissa.',
    commandsHeading: '*Komennot*',
    noStrategy: 'Tällä kanavalla ei ole vielä strategiaa. Aloita komennolla `/smstrategy start [nimi]`.',
    buttonStart: 'Aloita strategia',
    buttonStatus: 'Näytä tilanne',
    buttonAssess: 'Valmiuksien analyysi',
    buttonCheckin: 'Raportoi mittarit',
    buttonPlan: 'Dokumentoitu suunnitelma',
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
  assessment: {
    title: (step: number, total: number) => `Valmiusanalyysi ${step}/${total}`,
    readOnlyTitle: 'Valmiusanalyysi',
    next: 'Seuraava',
    save: 'Tallenna',
    close: 'Sulje',
    back: '← Takaisin',
    stepNames: ['Miksi ja tavoitteet', 'Kohdeyleisö', 'Resurssit ja vastuu', 'Riskit ja mittaaminen'],
    stepIntro: (step: number, total: number, name: string) => `*Vaihe ${step}/${total}: ${name}*`,
    hint: 'Vastatkaa yhdessä ja arvioikaa, kuinka selvä kukin vastaus on. Mitään ei katoa, vaikka palaisit taaksepäin tai sulkisit ikkunan: luonnoksesi odottaa seuraavaa `/smstrategy assess` -komentoa.',
    fromDraft: 'Jatketaan tallentamatonta luonnostasi.',
    fromRevision: (revision: number, user: string, date: string) =>
      `Nykyiset vastaukset valmiina (versio ${revision}, tallentanut <@${user}> ${date}).`,
    ratingLabel: 'Kuinka selvä vastaus on?',
    ratings: { clear: 'Selvä', partial: 'Osittain', missing: 'Puuttuu' },
    ownerLabel: 'Kuka vastaa? (valinnainen)',
    pitchHint: (max: number) => `Enintään ${max} merkkiä.`,
    pitchTooLong: (length: number, max: number) =>
      `Hissitarinassa on ${length} merkkiä; enintään ${max} on sallittu. Lyhennä ${length - max} merkillä.`,
    emptyClear:
      'Tyhjää vastausta ei voi arvioida selväksi: kirjoita vastaus tai valitse osittain tai puuttuu.',
    fixFirst: (step: number) => `Vaiheessa ${step} on vielä korjattavaa: korjaa se ennen tallennusta.`,
    readOnly: (admins: string) =>
      `Vain strategian ylläpitäjät (${admins}) ja työtilan ylläpitäjät voivat muuttaa analyysia. Tässä ovat nykyiset vastaukset; täällä ei voi muuttaa mitään.`,
    notAnswered: '_Ei vastattu._',
    notAnalysed: 'Analyysia ei ole vielä tallennettu.',
    owner: (user: string) => `Vastuussa: <@${user}>`,
    forbidden:
      'Vain strategian ylläpitäjät ja työtilan ylläpitäjät voivat muuttaa analyysia. Mitään ei tallennettu.',
    notPosted: (channel: string) =>
      `Analyysi on tallennettu, mutta en voinut julkaista sitä kanavalla <#${channel}>. Kutsu minut sinne komennolla \`/invite\`; sillä välin tässä on yhteenveto.`,
    gone: 'Tätä strategiaa ei enää ole. Mitään ei tallennettu.',
    short: {
      why: 'Miksi',
      goals: 'Mitattavat tavoitteet',
      pitch: 'Hissitarina',
      audience: 'Kohdeyleisö',
      whereabouts: 'Missä yleisö kokoontuu',
      costs: 'Kustannukset',
      content_strategy: 'Sisältöstrategia',
      ownership: 'Vastuu',
      risks: 'Riskit',
      measurement: 'Mittaaminen',
    },
    verdicts: {
      ready: 'Valmis aloittamaan',
      groundwork_needed: 'Pohjatyötä tarvitaan ensin',
      not_ready: 'Ei vielä valmis',
    },
    summaryTitle: (name: string) => `Valmius: ${name}`,
    verdictLine: (verdict: string, score: number, max: number) => `*${verdict}* · pisteet ${score}/${max}`,
    reasonsHeading: '*Miksi tämä arvio*',
    reasons: {
      whyMissing:
        '*Miksi* puuttuu. Miksi tulee ennen mitä ja miten, joten muuta ei voi vielä rakentaa sen varaan.',
      lowScore: (score: number, threshold: number) =>
        `Pisteet ${score} jäävät alle ${threshold}: liian moni asia on vielä auki aloittamiseen.`,
      missingAnswers: (list: string) => `Puuttuu: ${list}.`,
      manyPartials: (list: string) => `Vain osittain selvää: ${list}.`,
      allClear: 'Kaikki vastaukset ovat selviä.',
      fewPartials: (list: string) => `Lähes kaikki on selvää; vielä tarkennettavaa: ${list}.`,
    },
    gapsHeading: '*Puutteet ja vaiheet, jotka ne korjaavat*',
    gapLine: (phase: string, items: string) => `• *${phase}*: ${items}`,
    gapItem: (question: string, rating: string) => `${question} (${rating.toLowerCase()})`,
    noGaps: 'Ei puutteita: kaikki vastaukset ovat selviä.',
    assignButton: 'Nimeä vaiheille vastuut',
    updated: (user: string, date: string, revision: number) =>
      `Päivittänyt <@${user}> ${date} · versio ${revision}`,
    statusLine: (verdict: string, score: number, max: number) =>
      `*Valmius:* ${verdict} · pisteet ${score}/${max}`,
    statusGaps: (list: string) => `Puutteet: ${list}`,
    assignHint: (phases: string) =>
      `Nimeä kullekin vaiheelle vastuuhenkilö komennolla \`/smstrategy assign <vaihe> @käyttäjä\`, esimerkiksi \`/smstrategy assign kuuntelu @maria\`. Vaiheet: ${phases}.`,
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
      'Käyttö: `/smstrategy assign <vaihe> <@käyttäjä>`, esimerkiksi `/smstrategy assign kuuntelu @maria`.',
    dueUsage: 'Käyttö: `/smstrategy due <vaihe> <VVVV-KK-PP>`, esimerkiksi `/smstrategy due 2 2027-01-31`.',
    phaseUsage:
      'Käyttö: `/smstrategy phase <vaihe>`, esimerkiksi `/smstrategy phase kuuntelu` tai `/smstrategy phase 1`.',
    invalidDate: (text: string) =>
      `\`${text}\` ei ole olemassa oleva päivämäärä. Kirjoita se muodossa VVVV-KK-PP, esimerkiksi 2027-01-31. Mitään ei muutettu.`,
    pastDate: (date: string, today: string) =>
      `${date} on jo mennyt (tänään on ${today}). Valitse myöhäisempi päivä. Mitään ei muutettu.`,
    invalidUrl: 'Tuotoksen on oltava linkki, joka alkaa http:// tai https://. Mitään ei muutettu.',
    notesTooLong: (max: number) => `Muistiinpanot voivat olla enintään ${max} merkkiä. Mitään ei muutettu.`,
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
      notesHint: (max: number) => `Enintään ${max} merkkiä.`,
      deliverable: 'Tuotoksen linkki',
      deliverableHint: 'http://- tai https://-linkki dokumenttiin, tauluun tai kansioon.',
    },
    home: {
      heading: '*Omat vaiheesi*',
      none: 'Et vielä vastaa mistään vaiheesta. Kun sinut nimetään vaiheen vastuuhenkilöksi, se näkyy täällä.',
      more: (n: number) => `…ja ${n} muuta. \`/smstrategy status\` kunkin kanavan sisällä näyttää kaikki.`,
      summary: (overdue: number, soon: number) => `${overdue} myöhässä · ${soon} erääntyy viikon sisällä`,
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
  plan: {
    title: (name: string) => `${name}: sosiaalisen median strategian suunnitelma`,
    madeOn: (date: string) => `Koottu ${date} kaikesta, mitä tiimi on kirjannut.`,
    facts: (timeZone: string, language: string, state: string) =>
      `Aikavyöhyke: ${timeZone} · Kieli: ${language} · Tila: ${state}`,
    started: (user: string, date: string) => `Aloittanut ${user} ${date}.`,
    admins: (users: string) => `Ylläpitäjät: ${users}.`,
    unknownUser: (id: string) => `${id} (nimeä ei vielä tiedetä)`,
    readinessHeading: '1. Valmius',
    readinessMissing:
      'Valmiuksien analyysia ei ole vielä tehty: vastaa kymmeneen kysymykseen komennolla `/smstrategy assess`. Siihen asti ei ole arviota, pisteitä eikä puutteiden listaa.',
    verdict: (verdict: string, score: number, max: number) =>
      `**Arvio:** ${verdict} · pisteet ${score}/${max}`,
    revision: (revision: number, user: string, date: string) =>
      `Analyysin versio ${revision}, tallentanut ${user} ${date}.`,
    reasonsHeading: 'Miksi tämä arvio',
    answersHeading: 'Kymmenen vastausta',
    answerLine: (n: number, question: string, rating: string) => `${n}. **${question}** (${rating})`,
    notAnswered: 'Ei vielä vastattu: vastaa komennolla `/smstrategy assess`.',
    responsible: (user: string) => `Vastuussa: ${user}`,
    gapsHeading: 'Puutteet ja vaiheet, jotka ne korjaavat',
    phasesHeading: '2. Kahdeksan vaihetta',
    phaseHeading: (n: number, name: string, status: string) => `${n}. ${name}: ${status}`,
    produces: (text: string) => `Tuottaa: ${text}.`,
    owner: (user: string) => `Vastuuhenkilö: ${user}`,
    noOwner: (key: string) =>
      `Vastuuhenkilö: ei vielä. Nimeä vastuuhenkilö komennolla \`/smstrategy assign ${key} @käyttäjä\`.`,
    due: (date: string) => `Määräpäivä: ${date}`,
    overdue: 'myöhässä',
    dueSoon: 'erääntyy viikon sisällä',
    noDue: (key: string) =>
      `Määräpäivä: ei vielä. Aseta se komennolla \`/smstrategy due ${key} VVVV-KK-PP\`.`,
    notes: 'Muistiinpanot:',
    noNotes: (key: string) => `Muistiinpanot: ei vielä. Lisää ne komennolla \`/smstrategy phase ${key}\`.`,
    deliverable: (url: string) => `Tuotos: ${url}`,
    noDeliverable: (key: string) =>
      `Tuotos: ei vielä linkkiä. Lisää se komennolla \`/smstrategy phase ${key}\`.`,
    metricsHeading: '3. Mittarit',
    noMetrics:
      'Mittareita ei vielä ole, joten mitään ei voi mitata: lisää mitattava tavoite komennolla `/smstrategy metric add`.',
    baseline: (value: string) => `Lähtötaso: ${value}`,
    target: (value: string, date: string, direction: string) =>
      `Tavoite: ${value} viimeistään ${date} (${direction})`,
    latest: (value: string, period: string) => `Viimeisin: ${value} (${period})`,
    noLatest: 'Viimeisin: arvoa ei ole vielä raportoitu. Raportoi komennolla `/smstrategy checkin`.',
    trend: (status: string, percent: string, spark: string) =>
      `Kehitys: ${status} · ${percent} matkasta lähtötasolta tavoitteeseen${spark ? ` · ${spark}` : ''}`,
    metricOwner: (user: string, cadence: string) => `Vastuuhenkilö: ${user} · raportointi ${cadence}`,
    cadence: { weekly: 'viikoittain', monthly: 'kuukausittain' } as Record<string, string>,
    scheduleHeading: '4. Aikataulu',
    digest: (day: string, time: string) => `Viikkokooste: ${day} klo ${time}`,
    checkin: (day: string, time: string) =>
      `Mittarien raportointi: ${day} klo ${time}; raportoimattomille vastuuhenkilöille yksi muistutus yksityisviestinä seuraavana päivänä`,
    nudgesOn:
      'Muistutukset vastuuhenkilöille: päällä (vaiheet, joiden määräpäivä on kolmen päivän sisällä tai ohi, enintään yksi viesti päivässä)',
    nudgesOff: 'Muistutukset vastuuhenkilöille: pois',
    timesIn: (timeZone: string) => `Ajat aikavyöhykkeellä ${timeZone}.`,
    paused: 'Ajastetut viestit ovat tauolla: `/smstrategy resume` käynnistää ne uudelleen.',
    changesHeading: '5. Viimeisimmät muutokset',
    noChanges: 'Muutoksia ei ole vielä kirjattu.',
    changeLine: (at: string, user: string, what: string) => `${at} · ${user}: ${what}`,
    changes: {
      strategy_created: 'aloitti strategian',
      assessment_revised: (revision: string) =>
        `tallensi valmiuksien analyysin${revision ? ` (versio ${revision})` : ''}`,
      phase_updated: (phase: string, fields: string) =>
        `muutti vaihetta ${phase}${fields ? ` (${fields})` : ''}`,
      metric_created: (name: string) => `lisäsi mittarin ${name}`,
      metric_updated: (name: string) => `muokkasi mittaria ${name}`,
      metric_archived: (name: string) => `arkistoi mittarin ${name}`,
      checkin_reported: (name: string, value: string, period: string) =>
        `raportoi mittarille ${name} arvon ${value} (${period})`,
      checkin_replaced: (name: string, value: string, period: string) =>
        `korjasi mittarin ${name} arvoksi ${value} (${period})`,
      schedule_updated: 'muutti aikataulua',
      schedule_paused: 'keskeytti ajastetut viestit',
      schedule_resumed: 'jatkoi ajastettuja viestejä',
      other: (action: string) => action,
    },
    fieldName: {
      ownerId: 'vastuuhenkilö',
      dueDate: 'määräpäivä',
      status: 'tila',
      notes: 'muistiinpanot',
      deliverableUrl: 'tuotos',
    } as Record<string, string>,
    canvasCreated: 'Suunnitelma on julkaistu tällä kanavalla Markdown-tiedostona, ja sille on luotu canvas.',
    canvasUpdated:
      'Suunnitelma on julkaistu tällä kanavalla Markdown-tiedostona, ja sen canvas on päivitetty.',
    canvasRefused: (reason: string) =>
      `Suunnitelma on julkaistu tällä kanavalla Markdown-tiedostona. Canvasia en voinut pitää ajan tasalla: ${reason}.`,
    canvasReason: {
      not_allowed: 'tämä työtila ei salli sovellusten luoda canvaseja',
      free_team_not_allowed: 'canvasit vaativat maksullisen Slack-tilauksen',
      canvas_disabled_user_team: 'canvasit on poistettu käytöstä tässä työtilassa',
      missing_scope: 'minulle ei ole annettu lupaa kirjoittaa canvaseja (canvases:write)',
      restricted_action: 'työtila ei anna minun luoda canvaseja tälle kanavalle',
      team_tier_cannot_create_channel_canvases: 'työtilan Slack-tilaus ei salli canvaseja kanavilla',
      free_team_canvas_tab_already_exists:
        'kanavalla on jo ainoa ilmaisen tilauksen sallima canvas-välilehti',
    } as Record<string, string>,
    notPosted: (channel: string) =>
      `En voinut julkaista suunnitelmaa kanavalla <#${channel}>: kutsu minut sinne komennolla \`/invite @smstrategy\` ja aja \`/smstrategy plan\` uudelleen.`,
    canvasReasonOther: (code: string) => `Slack vastasi \`${code}\``,
    fileTitle: (name: string, date: string) => `${name}: suunnitelma ${date}`,
  },
  errors: {
    unknownCommand: (word: string) => `En tunne komentoa \`${word}\`.`,
    didYouMean: (suggestion: string) => `Tarkoititko \`/smstrategy ${suggestion}\`?`,
    noStrategy: 'Tällä kanavalla ei ole vielä strategiaa. Aloita komennolla `/smstrategy start [nimi]`.',
    notInstalled:
      'smstrategy ei ole enää asennettuna tähän työtilaan. Työtilan ylläpitäjä voi asentaa sen uudelleen; strategiat ovat tallessa.',
    unexpected: 'Jotain meni vikaan minun päässäni, eikä mitään muutettu. Yritä hetken päästä uudelleen.',
  },
};
