import type { metricTexts as en } from '../en/metrics.js';
import { characters, others, plural } from './counts.js';

export const metricTexts: typeof en = {
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
      tooLong: (max: number) => `Enintään ${characters(max)}.`,
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
      'Käytä komentoja `/smstrategy metric add`, `metric list`, `metric edit &lt;nimi&gt;`, `metric archive &lt;nimi&gt;` tai `metric chart &lt;nimi&gt;`.',
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
    checkinLabel: (name: string, unit: string) => (unit ? `${name} (${unit})` : name),
    checkinNone: 'Raportoitavia mittareita ei ole. Lisää mittari komennolla `/smstrategy metric add`.',
    checkinSaved: (count: number) =>
      plural(count, { one: 'Kiitos! 1 arvo tallennettu.', other: `Kiitos! ${count} arvoa tallennettu.` }),
    checkinNothing: 'Mikään ei muuttunut: arvot oli jo raportoitu.',
    statusHeading: '*Mittarit*',
    statusNone: '*Mittarit:* ei vielä yhtään. Lisää mitattava tavoite komennolla `/smstrategy metric add`.',
    statusLine: (name: string, latest: string, target: string, date: string) =>
      `*${name}* — ${latest}, tavoite ${target} ${date} mennessä`,
    noValue: 'ei vielä arvoa',
    statusTrend: (bar: string, percent: string, spark: string, trend: string, period: string) =>
      `${bar} ${percent} · ${spark ? `\`${spark}\` · ` : ''}${trend}${period ? ` · viimeisin: ${period}` : ''}`,
    trendName: {
      no_data: 'ei vielä arvoja',
      reached: 'tavoite saavutettu',
      on_track: 'aikataulussa',
      behind: 'jäljessä',
      moving_away: 'etääntymässä tavoitteesta',
    },
    moreMetrics: (count: number) => `…ja ${others(count)}.`,
    homeHeading: '*Sinun mittarisi*',
    homeCheckinButton: (strategy: string) => `Raportoi arvot: ${strategy}`,
    chartComment: (name: string, progress: string) =>
      `*${name}*: raportoidut arvot tavoitepolkua vasten.${progress ? `\n${progress}` : ''}`,
    chartProgress: (latest: string, period: string, percent: string) =>
      `Viimeisin: ${latest}, ${period} · ${percent} matkasta lähtötasolta tavoitteeseen`,
    chartLegendHistory: 'Raportoidut arvot',
    chartLegendPath: 'tavoitepolku',
    chartPosted: (name: string) => `Mittarin *${name}* kuvaaja on lähetetty tälle kanavalle.`,
  },
};
