import type { apiTexts as en } from '../en/api.js';
import { characters, plural } from './counts.js';

export const apiTexts: typeof en = {
  api: {
    usage:
      '`/smstrategy api token create <nimi>` luo tälle strategialle API-avaimen, `/smstrategy api token list` luettelee ne ja `/smstrategy api token revoke <nimi>` mitätöi yhden (ylläpitäjät).',
    forbidden: (admins: string) =>
      `Vain strategian ylläpitäjät (${admins}) ja työtilan ylläpitäjät voivat hallita sen API-avaimia.`,
    invalidLabel: (max: number) =>
      `Anna avaimelle nimi, jossa on enintään ${characters(max)}, esim. \`ga4\`.`,
    taken: (label: string) =>
      `Strategialla on jo avain nimeltä *${label}*: valitse toinen nimi tai mitätöi ensin se.`,
    created: (label: string) =>
      `Tässä strategian API-avain *${label}*. Kopioi se nyt: se näytetään vain tämän kerran, enkä säilytä siitä muuta kuin sormenjäljen.`,
    createdUse:
      'Lähetä se otsakkeena `Authorization: Bearer <avain>` tämän sovelluksen osoitteeseen `/api/v1/`. Kuka tahansa, jolla avain on, voi lukea strategiaa ja raportoida sen mittareita; mitätöi se komennolla `/smstrategy api token revoke <nimi>`, kun sitä ei enää tarvita.',
    listHeading: (count: number) =>
      plural(count, {
        one: 'Strategialla on *1 API-avain*:',
        other: `Strategialla on *${count} API-avainta*:`,
      }),
    listNone:
      'Strategialla ei ole API-avaimia. Luo sellainen komennolla `/smstrategy api token create <nimi>`.',
    listLine: (label: string, user: string, created: string, used: string | undefined) =>
      `• *${label}*: luonut <@${user}> ${created}${used ? `, käytetty viimeksi ${used}` : ', ei vielä käytetty'}`,
    revoked: (label: string) =>
      `Avain *${label}* on mitätöity: sillä ei pääse enää mihinkään. Sillä kirjatut arvot jäävät, merkittyinä sen nimellä.`,
    notFound: (label: string) =>
      `Strategialla ei ole avainta nimeltä *${label}*. Katso \`/smstrategy api token list\`.`,
    sourceMark: (label: string | undefined) => (label ? `API:n kautta · ${label}` : 'API:n kautta'),
    importMark: 'tuotu',
    workflowMark: 'työnkulun kautta',
    problems: {
      unauthenticated:
        'Lähetä komennolla `/smstrategy api token create <nimi>` luotu avain otsakkeena `Authorization: Bearer <avain>`. Tämä puuttuu, ei kelpaa tai on mitätöity.',
      archived: 'Avaimen strategia on arkistoitu: sitä ei voi enää lukea eikä kirjoittaa API:n kautta.',
      rateLimited: (seconds: number) =>
        plural(seconds, {
          one: 'Liian monta pyyntöä tällä avaimella: yritä uudelleen sekunnin kuluttua.',
          other: `Liian monta pyyntöä tällä avaimella: yritä uudelleen ${seconds} sekunnin kuluttua.`,
        }),
      noSuchPath: 'Tällaista rajapinnan osoitetta ei ole: katso /api/v1/openapi.json.',
      methodNotAllowed: (allowed: string) => `Tämä osoite vastaa vain metodeihin ${allowed}.`,
      noSuchMetric: (name: string) => `Strategialla ei ole käytössä olevaa mittaria "${name}".`,
      noSuchMetricSuggest: (name: string, suggestion: string) =>
        `Strategialla ei ole käytössä olevaa mittaria "${name}". Tarkoititko "${suggestion}"?`,
      tooLarge: (bytes: number) => `Pyynnön runko on suurempi kuin rajapinnan lukemat ${bytes} tavua.`,
      unsupportedType: 'Lähetä runko JSON-muodossa otsakkeella Content-Type: application/json.',
      invalidJson: 'Runko ei ole kelvollista JSONia.',
      notAnObject: 'Rungon pitää olla JSON-olio, esim. {"value": 42}.',
      unknownField: 'Rajapinta ei ota tätä kenttää: kentät ovat value, period, date, comment ja confidence.',
      required: 'Tämä kenttä on pakollinen.',
      notANumber: 'Tämän pitää olla luku, esim. 1234.5.',
      notAString: 'Tämän pitää olla merkkijono.',
      notAPeriod: (example: string) =>
        `Tämä ei ole mittarin rytmin mukainen jakso: kirjoita se muodossa ${example}.`,
      notADate: 'Tämä ei ole päivämäärä: kirjoita se muodossa VVVV-KK-PP.',
      periodInFuture: 'Tämä jakso ei ole vielä alkanut strategian aikavyöhykkeellä.',
      dateInFuture: 'Tämä päivä on strategian aikavyöhykkeellä tämän päivän jälkeen.',
      outsidePeriod: 'Tämä päivä ei kuulu sen kanssa annettuun jaksoon.',
      tooLong: (max: number) => `Enintään ${characters(max)}.`,
      notAConfidence: 'Tämän pitää olla on_track, at_risk, off_track tai null.',
      keyInvalid: 'Idempotency-Key-otsakkeessa pitää olla 1–255 näkyvää ASCII-merkkiä.',
      keyMismatch:
        'Tämä Idempotency-Key on tullut aiemmin toisen pyynnön mukana: käytä uudelle pyynnölle uutta avainta.',
      keyInProgress:
        'Ensimmäinen pyyntö tällä Idempotency-Keyllä on vielä kesken: yritä hetken kuluttua uudelleen.',
      unavailable: 'Sovellus ei juuri nyt tavoita tietokantaansa: yritä hetken kuluttua uudelleen.',
      internal: 'Jokin meni meillä vikaan, eikä mitään tallennettu. Yritä hetken kuluttua uudelleen.',
    },
  },
};
