import type { assessmentTexts as en } from '../en/assessment.js';
import { characters } from './counts.js';

export const assessmentTexts: typeof en = {
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
    pitchHint: (max: number) => `Enintään ${characters(max)}.`,
    pitchTooLong: (length: number, max: number) =>
      `Hissitarinassa on ${characters(length)}; enintään ${max} on sallittu. Lyhennä ${length - max} merkillä.`,
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
      `Nimeä kullekin vaiheelle vastuuhenkilö komennolla \`/smstrategy assign &lt;vaihe&gt; @henkilö\` (valitse henkilö listasta, joka aukeaa @-merkin jälkeen) tai alla olevalla vaiheen Muokkaa-painikkeella. Vaiheet: ${phases}.`,
  },
};
