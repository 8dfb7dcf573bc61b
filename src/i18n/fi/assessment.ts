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
    stepNames: [
      'Miksi ja tavoitteet',
      'Kohdeyleisö',
      'Resurssit ja vastuu',
      'Riskit ja mittaaminen',
      'Realistinen arvio',
    ],
    // "Osa", not "vaihe": the method's eight phases are vaiheet, a page of this window is not one.
    stepIntro: (step: number, total: number, name: string) => `*Osa ${step}/${total}: ${name}*`,
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
    fixFirst: (step: number) => `Osassa ${step} on vielä korjattavaa: korjaa se ennen tallennusta.`,
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
      groundwork_needed: 'Ensin pohjatyötä',
      not_ready: 'Ei vielä valmis',
      not_now: 'Ei ajankohtainen nyt',
    },
    headlines: {
      ready: 'Valmis aloittamaan – perusta on kunnossa',
      groundwork_needed: 'Ensin pohjatyötä, sitten strategia',
      not_ready: 'Ei vielä valmis – perusta puuttuu',
      not_now: 'Some ei nyt palvele tätä tavoitetta',
    },
    verdictSummaries: {
      ready:
        'Vastaukset tukevat toisiaan ja perusasiat on sovittu. Siirtykää kahdeksaan vaiheeseen – muutaman avoimen kohdan voi ratkaista matkan varrella.',
      groundwork_needed:
        'Suunta on selvä, mutta osa vastauksista puuttuu tai on vasta puolivalmis. Paikatkaa alla luetellut puutteet – kunkin kohdalla näkyy vaihe, jossa se hoidetaan.',
      not_ready:
        'Liian moni perusasia on vielä auki, jotta strategiaa kannattaisi rakentaa. Käykää alla olevat syyt läpi – ensimmäisenä miksi – ja tehkää analyysi sitten uudelleen.',
      not_now:
        'Omien vastaustenne perusteella panostus ei tällä hetkellä kannattaisi. Sekin on arvokas tulos: käyttäkää resurssit sinne, missä ne tuottavat paremmin, ja palatkaa asiaan, kun alla mainitut syyt muuttuvat.',
    },
    summaryTitle: (name: string) => `Valmius: ${name}`,
    verdictLine: (verdict: string, score: number, max: number) => `*${verdict}* · pisteet ${score}/${max}`,
    reasonsHeading: '*Miksi tämä arvio*',
    reasons: {
      whyMissing:
        'Kysymykseen miksi ei ole vastausta. Ilman sitä tavoitteilla, kanavilla ja sisällöllä ei ole pohjaa.',
      lowScore: (score: number, threshold: number) =>
        `Pisteet ${score} jäävät alle rajan ${threshold}: liian paljon on vielä auki aloittamiseen.`,
      missingAnswers: (list: string) => `Vastaus puuttuu vielä: ${list}.`,
      manyPartials: (list: string) => `Useampi vastaus on vasta osittain selvä: ${list}.`,
      allClear: 'Kaikki vastaukset ovat selviä ja kaikki kolme arviota myönteisiä.',
      fewPartials: (list: string) => `Lähes kaikki on selvää, vielä tarkennettavaa: ${list}.`,
      reachNo: 'Arvionne mukaan kohdeyleisöä ei tavoita somessa, joten panostus ei osuisi keneenkään.',
      reachPartly:
        'Kohdeyleisön tavoittaa vain osittain: aloittakaa sieltä, missä se jo on, ja jättäkää muut myöhemmäksi.',
      resourcesNo: 'Työn vaatimaa aikaa ja rahaa ei nyt ole, ja ilman niitä aloitettu kanava hiljenee pian.',
      resourcesPartly:
        'Toistaiseksi on varmistettu vain aika tai raha: sopikaa molemmista ennen kuin avaatte mitään.',
      commitmentNo: 'Kukaan ei vielä ota vastuuta, ja hoitamaton tili kääntyy nopeasti itseään vastaan.',
      commitmentPartly: 'Vastuuhenkilö on nimetty, mutta työlle ei ole varattu aikaa.',
      judgementsMissing: 'Kolmeen arviokysymykseen ei ole vielä vastattu.',
    },
    judgementIntro:
      'Arvioikaa nyt vastauksianne niin rehellisesti kuin pystytte. Some ei sovi jokaiselle organisaatiolle joka hetki, ja sen toteaminen nyt säästää myöhemmin paljon hukkatyötä.',
    judgements: {
      reach: {
        question: 'Tavoitammeko kohdeyleisömme siellä, missä se on?',
        help: 'Nojatkaa vastaukseenne siitä, missä yleisö kokoontuu: liikkuuko se paikoissa, joissa yritys voi olla mukana ja on tervetullut?',
        options: {
          yes: 'Kyllä – he ovat siellä, missä mekin voimme olla mukana',
          partly: 'Osittain – osa ryhmistä tai vain isolla työllä',
          no: 'Ei – he eivät ole somessa',
        },
        short: 'Yleisön tavoittaminen',
      },
      resources: {
        question: 'Onko kustannuksiin varattu aika ja raha oikeasti käytettävissä?',
        help: '”Kyllä” tarkoittaa, että budjetista päättävä on hyväksynyt sen ja tunnit mahtuvat jonkun viikkoon – ei sitä, että niitä toivotaan löytyvän.',
        options: {
          yes: 'Kyllä – sovittu, budjetoitu ja varattu kalenteriin',
          partly: 'Osittain – raha tai aika, ei vielä molempia',
          no: 'Ei – niitä ei nyt ole',
        },
        short: 'Aika ja raha',
      },
      commitment: {
        question: 'Ottaako joku todella vastuun?',
        help: 'Pelkkä nimi ei riitä: henkilö on suostunut tehtävään, hänellä on siihen tunteja ja hän voi toimia kysymättä lupaa jokaiseen julkaisuun.',
        options: {
          yes: 'Kyllä – nimetty, sitoutunut ja aikaa varattu',
          partly: 'Osittain – nimetty, mutta aikaa ei ole varattu',
          no: 'Ei – ei vielä kukaan',
        },
        short: 'Vastuun ottaminen',
      },
    },
    judgementValues: { yes: 'Kyllä', partly: 'Osittain', no: 'Ei' },
    notJudged: 'Ei vielä arvioitu',
    restsOn: (question: string, rating: string, answer: string) =>
      `Vastauksenne kohtaan *${question}* (${rating.toLowerCase()}): ${answer}`,
    judgementsHeading: '*Kolme arviotamme*',
    judgementLine: (judgement: string, value: string) => `• ${judgement}: ${value}`,
    gapsHeading: '*Puutteet ja vaiheet, jotka ne korjaavat*',
    gapLine: (phase: string, items: string) => `• *${phase}*: ${items}`,
    gapItem: (question: string, rating: string) => `${question} (${rating.toLowerCase()})`,
    gapRow: (question: string, rating: string, phase: string) =>
      `*${question}* · ${rating.toLowerCase()} → ${phase}`,
    addressedBy: (phase: string) => `hoidettu vaiheessa ${phase}`,
    addressedRow: (question: string, rating: string, phase: string) =>
      `*${question}* · ${rating.toLowerCase()} · :white_check_mark: hoidettu vaiheessa ${phase}`,
    addressedHint:
      'Merkityt puutteet on hoidettu valmiiksi saaduissa vaiheissa: päivittäkää niiden vastaukset, niin arvio pysyy ajan tasalla.',
    noGaps: 'Ei puutteita: kaikki vastaukset ovat selviä.',
    assignButton: 'Nimeä vaiheille vastuut',
    updated: (user: string, date: string, revision: number) =>
      `Päivittänyt <@${user}> ${date} · versio ${revision}`,
    statusLine: (verdict: string, score: number, max: number) =>
      `*Valmius:* ${verdict} · pisteet ${score}/${max}`,
    statusGaps: (list: string) => `Puutteet: ${list}`,
    openAnalysis: 'Avaa analyysi',
    digestGaps: '*Avoimet puutteet valmiuksissa*',
    digestGapLine: (phase: string, questions: string) => `• ${phase}: ${questions}`,
    digestAddressedLine: (questions: string, phase: string) => `• ${questions} – hoidettu vaiheessa ${phase}`,
    revise: 'Muokkaa',
    revisePick: 'Muokkaa yhtä vastausta…',
    reviseJudgementsOption: 'Kolme arviota',
    reviseTitle: 'Muokkaa vastausta',
    reviseJudgementsTitle: 'Muokkaa arvioita',
    reviseIntro: (revision: number) =>
      `Vain tämä muuttuu, muut vastaukset pysyvät ennallaan. Tallentaminen luo version ${revision}.`,
    reviseAddressed: (phase: string) =>
      `Vaihe ${phase} on valmistunut sen jälkeen, kun tätä vastausta viimeksi muutettiin: päivittäkää vastaus ja sen selvyys.`,
    revised: (user: string, question: string) => `<@${user}> päivitti vastauksen kohtaan *${question}*.`,
    judgementsRevised: (user: string) => `<@${user}> päivitti kolme arviota.`,
    unchanged: 'Mikään ei muuttunut, joten uutta versiota ei tehty.',
    overviewEditIntro: 'Muokkaa yksittäistä vastausta sen omalla painikkeella tai käy kaikki osat läpi.',
    editAll: 'Käy kaikki osat läpi',
    assignHint: (phases: string) =>
      `Nimeä kullekin vaiheelle vastuuhenkilö komennolla \`/smstrategy assign &lt;vaihe&gt; @henkilö\` (valitse henkilö listasta, joka aukeaa @-merkin jälkeen) tai alla olevalla vaiheen Muokkaa-painikkeella. Vaiheet: ${phases}.`,
  },
};
