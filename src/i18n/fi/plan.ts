import type { planTexts as en } from '../en/plan.js';

export const planTexts: typeof en = {
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
    latest: (value: string, period: string) => `Viimeisin: ${value}, ${period}`,
    noLatest: 'Viimeisin: arvoa ei ole vielä raportoitu. Raportoi komennolla `/smstrategy checkin`.',
    trend: (status: string, percent: string, spark: string) =>
      `Kehitys: ${status} · ${percent} matkasta lähtötasolta tavoitteeseen${spark ? ` · ${spark}` : ''}`,
    metricOwner: (user: string, cadence: string) => `Vastuuhenkilö: ${user} · raportointi ${cadence}`,
    cadence: { weekly: 'viikoittain', monthly: 'kuukausittain' } as Record<string, string>,
    scheduleHeading: '4. Aikataulu',
    digest: (when: string) => `Kooste: ${when}`,
    checkin: (when: string, on: boolean) =>
      on
        ? `Mittarien raportointi: ${when}; raportoimattomille vastuuhenkilöille yksi muistutus yksityisviestinä seuraavana päivänä`
        : `Mittarien raportointi: ${when}`,
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
        `raportoi mittarille ${name} arvon ${value}, ${period}`,
      checkin_replaced: (name: string, value: string, period: string) =>
        `korjasi mittarin ${name} arvoksi ${value}, ${period}`,
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
    canvasRecreated:
      'Suunnitelma on julkaistu tällä kanavalla Markdown-tiedostona. Sen canvas oli kadonnut, joten tein uuden.',
    canvasRefused: (reason: string) =>
      `Suunnitelma on julkaistu tällä kanavalla Markdown-tiedostona, mutta canvasia en voinut pitää ajan tasalla. ${reason}`,
    fileTitle: (name: string, date: string) => `${name}: suunnitelma ${date}`,
  },
};
