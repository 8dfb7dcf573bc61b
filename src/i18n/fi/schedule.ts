import type { scheduleTexts as en } from '../en/schedule.js';
import { others } from './counts.js';

export const scheduleTexts: typeof en = {
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
      `Milloin ja kuinka usein julkaisen koosteen ja mittariseurannan kanavalle <#${channel}>, jos ollenkaan, ja muistutanko vastuuhenkilöitä määräajoista. Ajat ovat alla olevan aikavyöhykkeen paikallisia aikoja ja pysyvät oikeina kesäajan vaihtuessa.`,
    digestDay: 'Kooste: päivä',
    digestTime: 'Kooste: kellonaika',
    checkinDay: 'Mittariseuranta: päivä',
    checkinTime: 'Mittariseuranta: kellonaika',
    checkinHint:
      'Raportoimatta jättäneet vastuuhenkilöt saavat yhden muistutuksen yksityisviestinä seuraavana päivänä.',
    digestFrequency: 'Kooste: kuinka usein',
    checkinFrequency: 'Mittariseuranta: kuinka usein',
    frequencyHint:
      'Kerran kuussa: alla valittuna viikonpäivänä kuukauden seitsemän ensimmäisen tai viimeisen päivän aikana.',
    frequencyNames: {
      weekly: 'Joka viikko',
      biweekly: 'Joka toinen viikko',
      monthly_first: 'Kerran kuussa, kuun ensimmäisellä viikolla',
      monthly_last: 'Kerran kuussa, kuun viimeisellä viikolla',
      off: 'Ei käytössä',
    } as Record<string, string>,
    slotText: (frequency: string, day: string, time: string) =>
      ({
        weekly: `joka ${day} klo ${time}`,
        biweekly: `joka toinen ${day} klo ${time}`,
        monthly_first: `kuun ensimmäinen ${day} klo ${time}`,
        monthly_last: `kuun viimeinen ${day} klo ${time}`,
      })[frequency] ?? 'ei käytössä',
    slotOff: 'ei käytössä',
    previewDigest: 'Esikatsele seuraava kooste',
    previewTitle: 'Seuraava kooste',
    previewIntro: (channel: string, date: string, time: string) =>
      `Tämän kanava <#${channel}> saa ${date} klo ${time} sen perusteella, mitä strategiassa on nyt. Aikataulu-ikkunan tallentamattomat muutokset eivät näy tässä.`,
    previewPaused:
      'Strategian ajastetut viestit ovat keskeytettyinä, joten koostetta ei julkaista ennen kuin ne käynnistetään uudelleen. `/smstrategy status` kertoo syyn.',
    close: 'Sulje',
    previewOff:
      'Kooste ei ole käytössä, joten seuraavaa ei voi esikatsella. Valitse ensin, kuinka usein se tulee, ja tallenna.',
    timeZone: 'Aikavyöhyke',
    timeZoneHint: 'Löydät vyöhykkeen kirjoittamalla kaupungin nimen, esimerkiksi Helsinki tai New York.',
    timeZonePlaceholder: 'Valitse aikavyöhyke',
    suggestedZones: 'Ehdotukset',
    zoneRegions: {
      Africa: 'Afrikka',
      America: 'Amerikka',
      Antarctica: 'Etelämanner',
      Arctic: 'Arktis',
      Asia: 'Aasia',
      Atlantic: 'Atlantti',
      Australia: 'Australia',
      Europe: 'Eurooppa',
      Indian: 'Intian valtameri',
      Pacific: 'Tyynimeri',
      UTC: 'Koordinoitu yleisaika',
    } as Record<string, string>,
    zoneRegionPart: (region: string, from: string, to: string) => `${region}: ${from} – ${to}`,
    nudges: 'Muistutukset vastuuhenkilöille',
    nudgesOn: 'Päällä',
    nudgesHint:
      'Yksityisviesti vaiheen vastuuhenkilölle kolme työpäivää ennen määräpäivää, määräpäivänä ja sen jälkeen viikoittain, kunnes vaihe on valmis – koosteen kellonaikaan vastaanottajan omalla ajalla.',
    nudgesOff: 'Pois',
    invalidTimeZone: (zone: string) =>
      `”${zone}” ei ole tuntemani aikavyöhyke. Valitse vyöhyke listalta tai kirjoita kaupungin nimi, esimerkiksi Helsinki.`,
    ambiguousTimeZone: (zone: string, candidates: string) =>
      `”${zone}” voi tarkoittaa mitä tahansa näistä: ${candidates}. Valitse listalta se, jota tarkoitat.`,
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
    stoppedHeading: '*Ajastetut viestit pysähtyivät*',
    stoppedLine: (what: string, channel: string, reason: string) =>
      `En voinut lähettää ${what} kanavalle <#${channel}>: ${reason}.`,
    stoppedHint:
      'Korjaa syy (esimerkiksi `/invite @smstrategy` kanavalla) ja paina Jatka: tarkistan ensin, että pystyn taas julkaisemaan siellä.',
    resume: 'Jatka',
    resumeBlocked: (channel: string, reason: string) =>
      `En vieläkään pysty julkaisemaan kanavalle <#${channel}>: ${reason}. Mitään ei käynnistetty. Korjaa tämä ensin (esimerkiksi \`/invite @smstrategy\` kanavalla) ja paina Jatka uudelleen.`,
    nothingToResume: 'Mikään ei ollut pysähtynyt: ajastetut viestit kulkevat asetusten mukaan.',
    pausedNotice: (what: string, channel: string, reason: string) =>
      `En voinut lähettää ${what} kanavalle <#${channel}>: ${reason}. Keskeytin sen, jotta viestit eivät kasaudu. Korjaa syy (esimerkiksi \`/invite @smstrategy\` kanavalla) ja kirjoita siellä \`/smstrategy resume\`.`,
  },
  digest: {
    title: {
      weekly: (name: string) => `Viikkokooste: ${name}`,
      biweekly: (name: string) => `Kahden viikon kooste: ${name}`,
      monthly_first: (name: string) => `Kuukausikooste: ${name}`,
      monthly_last: (name: string) => `Kuukausikooste: ${name}`,
    },
    phasesDone: (done: number, total: number) => `*Vaiheet:* ${done} / ${total} valmiina`,
    dueSoon: '*Erääntyy pian*',
    overdue: '*Myöhässä*',
    phaseLine: (phase: string, owner: string | null, due: string) =>
      `• ${phase} — ${owner ? `<@${owner}>` : 'ei vastuuhenkilöä'} — ${due}`,
    metrics: '*Mittarit*',
    nothingYet: 'Ei vielä raportoitavaa: vaiheet ja mittarit näkyvät tässä, kun tiimi on asettanut ne.',
    more: (n: number) => `…ja ${others(n)}`,
    reportMetrics: 'Raportoi mittarit',
    openStatus: 'Avaa tilanne',
  },
  checkin: {
    promptTitle: 'Mittariseuranta',
    promptButton: 'Raportoi mittarit',
  },
  nudge: {
    title: (name: string) => `Strategian *${name}* vaiheet, jotka tarvitsevat sinua`,
    dueSoon: (phase: string, due: string) => `• ${phase} erääntyy ${due}`,
    overdue: (phase: string, due: string) => `• ${phase} erääntyi ${due} ja on myöhässä`,
  },
};
