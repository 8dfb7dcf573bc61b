import type { planTexts as en } from '../en/plan.js';

export const planTexts: typeof en = {
  plan: {
    title: (name: string) => `${name}: sosiaalisen median strategia`,
    versionLine: (version: number, date: string) => `Versio ${version} · ${date}`,
    facts: (timeZone: string, language: string, state: string) =>
      `Aikavyöhyke: ${timeZone} · Kieli: ${language} · Tila: ${state}`,
    started: (user: string, date: string) => `Aloittanut ${user} ${date}.`,
    admins: (users: string) => `Ylläpitäjät: ${users}.`,
    unknownUser: (id: string) => `${id} (nimeä ei vielä tiedetä)`,
    notYet: 'ei vielä kirjattu',

    summaryHeading: '1. Tiivistelmä',
    summary: {
      why: 'Miksi',
      goals: 'Tavoitteet',
      pitch: 'Hissitarina',
      audience: 'Kohdeyleisö',
      channels: 'Valitut kanavat',
      budget: 'Budjetti',
      verdict: 'Valmius',
    },
    monthlyBudget: (text: string) => `${text} kuukaudessa`,
    hoursPerWeek: (text: string) => `${text} viikossa`,
    costsAnswer: (text: string) => `${text} (valmiuksien analyysista)`,
    verdictSummary: (verdict: string, score: number, max: number, headline: string) =>
      `${verdict} (${score}/${max}): ${headline}.`,
    noVerdict: 'ei vielä arviota, koska valmiuksien analyysia ei ole tehty',

    readinessHeading: '2. Valmius',
    readinessMissing:
      'Valmiuksien analyysia ei ole vielä tehty, joten arviota, pisteitä ja puutteiden listaa ei vielä ole.',
    verdictLabel: 'Arvio:',
    verdict: (verdict: string, score: number, max: number) => `${verdict} · pisteet ${score}/${max}`,
    revision: (revision: number, user: string, date: string) =>
      `Analyysin versio ${revision}, tallentanut ${user} ${date}.`,
    reasonsHeading: 'Miksi tämä arvio',
    judgementsHeading: 'Kolme arviotamme',
    answersHeading: 'Kymmenen vastausta',
    answerLine: (n: number, question: string) => `${n}. ${question}`,
    rated: (rating: string) => ` (${rating})`,
    notAnswered: 'Ei vielä vastattu.',
    responsible: (user: string) => `Vastuussa: ${user}`,
    gapsHeading: 'Puutteet ja vaiheet, jotka ne korjaavat',
    noGaps: 'Ei puutteita: jokainen vastaus on selvä.',
    gapItem: (question: string, rating: string) => `${question} (${rating})`,
    addressedBy: (phase: string) => `hoidettu vaiheessa ${phase}`,

    phasesHeading: '3. Strategia vaihe vaiheelta',
    phaseHeading: (n: number, name: string, status: string) => `${n}. ${name}: ${status}`,
    produces: (text: string) => `Tuottaa: ${text}.`,
    owner: (user: string) => `Vastuuhenkilö: ${user}`,
    due: (date: string) => `Määräpäivä: ${date}`,
    overdue: 'myöhässä',
    dueSoon: 'erääntyy viikon sisällä',
    notes: 'Muistiinpanot',
    deliverable: 'Tuotos: ',
    fieldName: {
      sources: 'Seuratut lähteet ja yhteisöt',
      competitors: 'Kilpailijat',
      findings: 'Havainnot',
      pillars: 'Sisällön pääteemat',
      formats: 'Sisältömuodot',
      tone: 'Äänensävy',
      rhythm: 'Julkaisutahti',
      participation: 'Miten osallistumme',
      response_time: 'Lupaus vastausajasta',
      house_rules: 'Pelisäännöt',
      responders: 'Kuka vastaa',
      reporting: 'Mitä raportoidaan, kuinka usein ja kuka',
      roles: 'Roolit',
      hours_per_week: 'Aikaa viikossa',
      monthly_budget: 'Kuukausibudjetti',
    },
    goalsHeading: 'Tavoitteet',
    measuredBy: (metrics: string) => `mittarina ${metrics}`,
    noMetricLinked: 'mittaria ei vielä liitetty',
    registerHeading: 'Kanavarekisteri',
    registerColumns: [
      'Palvelu',
      'Tili',
      'Yleisö',
      'Tarkoitus',
      'Julkaisutahti',
      'Vastuuhenkilö',
      'Viimeisin vahvistettu toiminta',
    ],
    postingCadence: {
      daily: 'päivittäin',
      weekly: 'viikoittain',
      biweekly: 'joka toinen viikko',
      monthly: 'kuukausittain',
    },
    activity: (posted: boolean, count: number | null, period: string, confirmedOn: string) =>
      `${posted ? (count === null ? 'julkaistu' : `${count} julkaisua`) : 'ei julkaisuja'}, ${period} (vahvistettu ${confirmedOn})`,
    noActivity: 'ei vielä vahvistettu',
    seeActions: 'Toimenpiteet, niiden vastuuhenkilöt ja päivämäärät ovat toimintasuunnitelmassa (luku 5).',
    seeMeasurement: 'Mittarit ja niiden nykyiset luvut ovat mittaussuunnitelmassa (luku 6).',

    risksHeading: '4. Riskit ja niihin varautuminen',
    risksNoAnalysis: 'Riskit johdetaan valmiuksien analyysista, jota ei ole vielä tehty.',
    noRisks: 'Analyysi ei osoita avoimia riskejä.',
    teamRisks: 'Tiimin tunnistamat riskit',
    risksIntro:
      'Jokainen alla oleva riski johtuu analyysista: vastauksesta, joka ei ole vielä selvä, epäröivästä arviosta tai tilistä, josta kukaan ei huolehdi. Kuhunkin vastataan yhden vaiheen työllä.',
    riskColumns: ['Riski', 'Miten siihen vastataan', 'Tilanne'],
    answerRisk: {
      why: 'Ilman yhteistä syytä työstä tulee tekemistä tekemisen vuoksi: miksi on ratkaistava ennen kuin mitä ja miten.',
      goals: 'Tavoitteista, joita ei voi mitata, ei näe, kannattaako panostus.',
      pitch: 'Ilman lyhyttä tarinaa brändistä eri kanavien viestit vetävät eri suuntiin.',
      audience:
        'Määrittelemätön yleisö tai hyvin erilaisten ryhmien sekoittaminen samaan paikkaan sumentaa viestin ja voi vahingoittaa imagoa.',
      whereabouts: 'Saatamme rakentaa läsnäoloa sinne, missä yleisömme ei kokoonnu lainkaan.',
      costs:
        'Sosiaalinen media vie jatkuvasti aikaa, ja aika on rahaa: epäselvät kustannukset jättävät työn vajaaksi molemmista.',
      content_strategy:
        'Ilman sisältöstrategiaa julkaiseminen on sattumanvaraista, ja kanavat ajelehtivat tai hiljenevät.',
      ownership: 'Tili, josta kukaan ei huolehdi, tekee enemmän haittaa kuin se, ettei tiliä olisi lainkaan.',
      risks:
        'Riskeihin, joita ei ole mietitty, joudutaan valmistautumatta: arvostelu tavoittaa hetkessä suuren joukon, ja sisäistä tietoa voi päätyä julki.',
      measurement: 'Ilman mittaamista kukaan ei pitkällä aikavälillä tiedä, palveleeko työ tavoitettaan.',
    },
    answerMitigation: {
      why: 'sidotaan jokainen tavoite syyhyn ja syy organisaation strategiaan.',
      goals: 'annetaan jokaiselle tavoitteelle mittari, lähtötaso ja tavoitepäivä.',
      pitch: 'sovitaan ydinviesti ja äänensävy, joita jokainen julkaisu noudattaa.',
      audience: 'nimetään ryhmät, joita palvelemme, ja se, mistä kukin niistä keskustelee.',
      whereabouts: 'valitaan osallistumisen paikat sen mukaan, missä yleisö todella on.',
      costs: 'sovitaan tunnit viikossa, kuukausibudjetti ja kuka maksaa.',
      content_strategy: 'sovitaan sisällön pääteemat, sisältömuodot ja julkaisutahti.',
      ownership: 'nimetään roolit, niille varattu aika ja kuka vastaa.',
      risks: 'sovitaan pelisäännöt, lupaus vastausajasta ja kuka vastaa arvosteluun.',
      measurement: 'päätetään, mitä raportoidaan, kuinka usein ja kuka.',
    },
    ratingRisk: (rating) => (rating === 'missing' ? 'ei vastattu' : 'osittain selvä'),
    judgementRisk: {
      reach: {
        no: 'Arvioimme, ettei yleisöämme tavoiteta sosiaalisessa mediassa.',
        partly: 'Yleisömme tavoitetaan sosiaalisessa mediassa vain osittain.',
      },
      resources: {
        no: 'Työn vaatimaa aikaa ja rahaa ei ole.',
        partly: 'Työn vaatimasta ajasta ja rahasta on varmistettu vain osa.',
      },
      commitment: {
        no: 'Kukaan ei todella ota työstä vastuuta.',
        partly: 'Vastuuhenkilö on nimetty, mutta työlle ei ole varattu aikaa.',
      },
    },
    judgementMitigation: {
      reach: 'selvitetään, missä yleisö kokoontuu, jos missään, ennen kuin yhtään tiliä avataan.',
      resources: 'mitoitetaan suunnitelma todella käytettävissä oleviin tunteihin ja rahaan.',
      commitment: 'nimetään jokaiselle roolille ja tilille vastuuhenkilö ja varataan aika.',
    },
    unownedChannel: (name: string) =>
      `Kukaan ei huolehdi tilistä ${name}, ja hoitamaton kanava tekee enemmän haittaa kuin hyötyä.`,
    unownedMitigation: 'nimetään jokaiselle rekisterin tilille vastuuhenkilö.',
    mitigation: (phase: string, text: string) => `${phase}: ${text}`,
    addressed: (phase: string) => `Hoidettu vaiheessa ${phase}`,
    standing: (status: string, owner: string | null, due: string | null) =>
      [status, owner ? `vastuuhenkilö ${owner}` : null, due ? `määräpäivä ${due}` : null]
        .filter(Boolean)
        .join(', '),

    actionsHeading: '5. Toimintasuunnitelma',
    noActions: 'Toimenpiteitä ei ole vielä kirjattu.',
    actionColumns: ['#', 'Toimenpide', 'Vastuuhenkilö', 'Määräpäivä', 'Tila'],
    actionState: { done: 'tehty', open: 'avoin', overdue: 'myöhässä' },

    measurementHeading: '6. Mittaussuunnitelma',
    noMetrics: 'Mittareita ei vielä ole, joten mitään ei mitata.',
    metricColumns: ['Mittari', 'Lähtötaso', 'Tavoite', 'Viimeisin luku', 'Edistyminen', 'Vastuuhenkilö'],
    target: (value: string, date: string, direction: string) => `${value} viimeistään ${date} (${direction})`,
    latest: (value: string, period: string) => `${value}, ${period}`,
    noLatest: 'ei vielä raportoitu',
    progress: (status: string, percent: string, spark: string) =>
      `${status} · ${percent}${spark ? ` · ${spark}` : ''}`,
    metricOwner: (user: string, cadence: string) => `${user} (${cadence})`,
    cadence: { weekly: 'viikoittain', monthly: 'kuukausittain' } as Record<string, string>,
    rhythmHeading: 'Seurannan rytmi',
    digest: (when: string) => `Kooste: ${when}`,
    checkin: (when: string, on: boolean) =>
      on
        ? `Mittarien raportointi: ${when}; raportoimattomille vastuuhenkilöille yksi muistutus yksityisviestinä seuraavana päivänä`
        : `Mittarien raportointi: ${when}`,
    nudgesOn:
      'Muistutukset vastuuhenkilöille: käytössä (kolme työpäivää ennen määräpäivää, määräpäivänä ja sen jälkeen viikoittain, kunnes vaihe on valmis)',
    nudgesOff: 'Muistutukset vastuuhenkilöille: pois',
    timesIn: (timeZone: string) => `Ajat aikavyöhykkeellä ${timeZone}.`,
    paused: 'Ajastetut viestit ovat toistaiseksi tauolla.',

    versionHeading: '7. Versio',
    versionIs: (version: number, date: string) => `Tämä on suunnitelman versio ${version}, koottu ${date}.`,
    firstVersion: 'Se on ensimmäinen versio.',
    changedSince: (previous: number, parts: string) => `Muuttunut version ${previous} jälkeen: ${parts}.`,
    sectionName: {
      strategy: 'strategian perustiedot',
      readiness: 'valmiuksien analyysi',
      metrics: 'mittarit',
      schedule: 'aikataulu',
    },
    changesHeading: 'Viimeisimmät kirjatut muutokset',
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
        `raportoi mittarille ${name} arvon ${value}, ${period}`,
      checkin_replaced: (name: string, value: string, period: string) =>
        `korjasi mittarin ${name} arvoksi ${value}, ${period}`,
      schedule_updated: 'muutti aikataulua',
      schedule_paused: 'keskeytti ajastetut viestit',
      schedule_resumed: 'jatkoi ajastettuja viestejä',
      item_added: {
        goal: (label: string) => `lisäsi tavoitteen ”${label}”`,
        channel: (label: string) => `lisäsi kanavan ${label} kanavarekisteriin`,
        action: (label: string) => `lisäsi toimenpiteen ”${label}”`,
      },
      item_updated: {
        goal: (label: string) => `muokkasi tavoitetta ”${label}”`,
        channel: (label: string) => `muokkasi kanavan ${label} tietoja`,
        action: (label: string) => `muokkasi toimenpidettä ”${label}”`,
      },
      item_removed: {
        goal: (label: string) => `poisti tavoitteen ”${label}”`,
        channel: (label: string) => `poisti kanavan ${label} kanavarekisteristä`,
        action: (label: string) => `poisti toimenpiteen ”${label}”`,
      },
      channel_activity: (channel: string) =>
        channel
          ? `kirjasi kanavan ${channel} viimeisimmän toiminnan`
          : 'kirjasi kanavan viimeisimmän toiminnan',
      admin_added: (who: string) => `lisäsi käyttäjän ${who} strategian ylläpitäjäksi`,
      admin_removed: (who: string) => `poisti käyttäjän ${who} strategian ylläpitäjistä`,
      settings_changed: 'muutti strategian asetuksia',
      strategy_archived: 'arkistoi strategian',
      strategy_unarchived: 'palautti strategian arkistosta',
      api_token_created: (label: string) => `loi API-avaimen ”${label}”`,
      api_token_revoked: (label: string) => `mitätöi API-avaimen ”${label}”`,
      other: 'teki muun muutoksen',
    },
    changedField: {
      ownerId: 'vastuuhenkilö',
      dueDate: 'määräpäivä',
      status: 'tila',
      notes: 'muistiinpanot',
      deliverableUrl: 'tuotos',
    } as Record<string, string>,

    stillOpenHeading: '8. Vielä avoinna',
    stillOpenIntro: 'Näitä ei ole vielä kirjattu:',
    nothingOpen: 'Ei mitään: kaikki, mitä suunnitelma tarvitsee, on kirjattu.',
    open: {
      assessment: 'Valmiuksien analyysi: kymmenen vastausta ja kolme arviota.',
      answers: (list: string) => `Vastaukset valmiuksien analyysissa: ${list}.`,
      judgements: (list: string) => `Arviot valmiuksien analyysissa: ${list}.`,
      phase: (phase: string, list: string) => `${phase}: ${list}.`,
      owner: 'vastuuhenkilö',
      due: 'määräpäivä',
      goals: 'tavoitteet',
      channels: 'kanavarekisteri',
      actions: 'toimenpiteet',
      metrics: 'mittarit',
      channelOwners: (list: string) => `Vastuuhenkilö näille tileille: ${list}.`,
      actionDetails: (list: string) => `Vastuuhenkilö tai määräpäivä näille toimenpiteille: ${list}.`,
    },

    page: (n: number, total: number) => `Sivu ${n} / ${total}`,
    canvasCreated:
      'Suunnitelma on julkaistu tällä kanavalla Markdown-tiedostona ja PDF:nä, ja sille on luotu canvas.',
    canvasUpdated:
      'Suunnitelma on julkaistu tällä kanavalla Markdown-tiedostona ja PDF:nä, ja sen canvas on päivitetty.',
    canvasRecreated:
      'Suunnitelma on julkaistu tällä kanavalla Markdown-tiedostona ja PDF:nä. Sen canvas oli kadonnut, joten tein uuden.',
    canvasRefused: (reason: string) =>
      `Suunnitelma on julkaistu tällä kanavalla Markdown-tiedostona ja PDF:nä, mutta canvasia en voinut pitää ajan tasalla. ${reason}`,
    fileTitle: (name: string, date: string) => `${name}: suunnitelma ${date}`,
  },
};
