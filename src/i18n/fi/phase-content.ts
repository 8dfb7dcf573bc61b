import type { phaseContentTexts as en } from '../en/phase-content.js';
import { characters, plural } from './counts.js';

export const phaseContentTexts: typeof en = {
  content: {
    heading: '*Vaiheen sisältö*',
    fields: {
      sources: {
        label: 'Seuratut lähteet ja yhteisöt',
        placeholder: 'Keskustelupalstat, ryhmät, aihetunnisteet, arvostelusivustot, uutiset…',
      },
      competitors: { label: 'Seuratut kilpailijat', placeholder: 'Keitä, ja missä he ovat aktiivisia' },
      findings: {
        label: 'Mitä olemme oppineet',
        placeholder: 'Tarpeet, kehut, valitukset, avoimet kysymykset',
      },
      pillars: {
        label: 'Sisällön kantavat teemat',
        placeholder: 'Muutama teema, jota kaikki julkaistava palvelee',
      },
      formats: { label: 'Sisältömuodot', placeholder: 'Lyhyet videot, oppaat, asiakastarinat…' },
      tone: { label: 'Äänensävy', placeholder: 'Miltä kuulostamme, ja miltä emme koskaan' },
      rhythm: { label: 'Julkaisurytmi', placeholder: 'Mitä julkaistaan, kuinka usein ja minä päivinä' },
      participation: {
        label: 'Miten osallistumme',
        placeholder: 'Missä keskusteluihin tullaan mukaan, ja miten',
      },
      response_time: { label: 'Vastausaikalupaus', placeholder: 'esim. neljän työtunnin kuluessa' },
      house_rules: {
        label: 'Pelisäännöt',
        placeholder: 'Mitä poistetaan, milloin asia viedään eteenpäin, mitä ei koskaan sanota',
      },
      responders: {
        label: 'Kuka vastaa',
        placeholder: 'Kuka vastaa mihinkin kysymyksiin, ja kuka sijaistaa',
      },
      reporting: {
        label: 'Raportointi: mitä, kuinka usein, kuka',
        placeholder: 'esim. markkinointipäällikkö kokoaa johtoryhmälle kuukausiyhteenvedon',
      },
      roles: {
        label: 'Roolit ja viikkotunnit',
        placeholder: 'Kuka tekee mitäkin, ja montako tuntia viikossa',
      },
      hours_per_week: { label: 'Aikaa yhteensä, tuntia viikossa', placeholder: 'esim. 12 h' },
      monthly_budget: { label: 'Kuukausibudjetti', placeholder: 'esim. 800 € mainontaan ja työkaluihin' },
    },
    fieldHint: (max: number) => `Enintään ${characters(max)}.`,
    tooLong: (max: number) => `Teksti saa olla enintään ${characters(max)}.`,
    required: 'Täytä tämä kenttä.',
    metricsHeading: '*Mittarit*',
    metricLine: (name: string, owner: string, cadence: string) => `• ${name} – <@${owner}>, ${cadence}`,
    metricCadence: { weekly: 'raportoidaan viikoittain', monthly: 'raportoidaan kuukausittain' },
    noMetrics: 'Mittareita ei vielä ole: lisää ne komennolla `/smstrategy metric add`.',
    edit: 'Muokkaa',
    more: (count: number) =>
      plural(count, {
        one: '…ja 1 muu, jota ei näytetä tässä.',
        other: `…ja ${count} muuta, joita ei näytetä tässä.`,
      }),
    goals: {
      heading: '*Tavoitteet* ja niitä mittaavat mittarit',
      none: '_Tavoitteita ei vielä ole._',
      line: (text: string, metrics: string) => `• ${text}\n  _Mittarit:_ ${metrics}`,
      noMetric: '_ei vielä mittaria_',
      add: 'Lisää tavoite',
      title: 'Tavoite',
      text: 'Tavoite',
      textPlaceholder: 'esim. enemmän palaavia asiakkaita somen kautta',
      metrics: 'Mittarit',
      metricsPlaceholder: 'Valitse mittarit',
      noMetricsYet:
        'Strategiassa ei vielä ole mittareita. Lisää ne komennolla `/smstrategy metric add` ja liitä ne sitten tähän.',
    },
    channels: {
      heading: '*Kanavarekisteri*: jokainen tili omana rivinään',
      none: '_Tilejä ei vielä ole._',
      line: (o) =>
        `• *${o.service}* ${o.handle}\n  ${o.audience} · ${o.purpose}\n  ${o.cadence} · ${o.owner ? `<@${o.owner}>` : '_ei vastuuhenkilöä_'} · ${o.last}`,
      add: 'Lisää tili',
      title: 'Tili',
      service: 'Palvelu',
      servicePlaceholder: 'esim. LinkedIn, Instagram, keskustelupalsta',
      handle: 'Tunnus tai osoite',
      handlePlaceholder: '@yrityksemme tai https://…',
      audience: 'Yleisö',
      audiencePlaceholder: 'Keitä siellä tavoitamme',
      purpose: 'Tarkoitus',
      purposePlaceholder: 'Mihin tiliä käytetään',
      cadence: 'Julkaisutahti',
      owner: 'Vastuuhenkilö',
      ownerHint: 'Kertoo jokaisessa seurannassa, julkaistiinko tilillä.',
      ownerFixed: (owner) => (owner ? `*Vastuuhenkilö:* <@${owner}>` : '*Vastuuhenkilö:* ei vielä ketään'),
      lastPosted: (period: string) => `viimeisin julkaisu ${period}`,
      neverPosted: 'julkaisuja ei ole vielä vahvistettu',
      quiet: ':warning: *hiljainen*',
    },
    cadenceName: {
      daily: 'Päivittäin',
      weekly: 'Viikoittain',
      biweekly: 'Joka toinen viikko',
      monthly: 'Kuukausittain',
    },
    actions: {
      heading: '*Toimenpiteet*: mitä, kuka, mihin mennessä',
      none: '_Toimenpiteitä ei vielä ole._',
      line: (o) =>
        `${o.done ? '✅' : '☐'} ${o.what} – ${o.owner ? `<@${o.owner}>` : '_ei vastuuhenkilöä_'} · ${
          o.due ? `määräpäivä ${o.due}` : 'ei määräpäivää'
        }${o.overdue ? ' · :warning: *myöhässä*' : ''}`,
      add: 'Lisää toimenpide',
      title: 'Toimenpide',
      what: 'Mitä',
      whatPlaceholder: 'esim. perustetaan yrityssivu LinkedIniin',
      owner: 'Vastuuhenkilö',
      due: 'Määräpäivä',
      state: 'Tila',
      open: 'Kesken',
      done: 'Tehty',
      ownerFixed: (owner) => (owner ? `*Vastuuhenkilö:* <@${owner}>` : '*Vastuuhenkilö:* ei vielä ketään'),
    },
    item: {
      save: 'Tallenna',
      cancel: 'Takaisin',
      remove: 'Poista',
      removeOption: 'Poista tämä rivi',
      pastDate: (date: string, today: string) =>
        `${date} on jo mennyt (tänään on ${today}). Valitse myöhempi päivä.`,
      tooMany: (max: number) => `Vaiheeseen mahtuu enintään ${max} tällaista. Poista ensin jokin.`,
      notFound: 'Joku poisti tämän rivin sillä välin; mitään ei tallennettu.',
      forbidden: (phaseOwner: string | null, admins: string) =>
        phaseOwner
          ? `Vain vaiheen vastuuhenkilö <@${phaseOwner}> tai strategian ylläpitäjät (${admins}) voivat tehdä tämän.`
          : `Vain strategian ylläpitäjät (${admins}) voivat tehdä tämän.`,
    },
    checkin: {
      heading: '*Sinun tilisi*: julkaistiinko niillä tällä jaksolla?',
      posted: (service: string, handle: string) => `${service} ${handle}`,
      postedHint: (period: string, cadence: string) => `${period} · julkaisutahti: ${cadence.toLowerCase()}`,
      yes: 'Kyllä, julkaistiin',
      no: 'Ei julkaisuja',
      count: 'Montako julkaisua (vapaaehtoinen)',
      countInvalid: 'Anna julkaisujen määrä kokonaislukuna tai jätä kenttä tyhjäksi.',
      countWithoutAnswer: 'Kerro, julkaistiinko tilillä, tai jätä määrä tyhjäksi.',
      confirmed: (count: number) =>
        plural(count, {
          one: '1 tilin toiminta vahvistettu.',
          other: `${count} tilin toiminta vahvistettu.`,
        }),
    },
    digest: {
      quiet: '*Hiljaiset tilit*: julkaisua ei ole vahvistettu julkaisutahtia pidempään aikaan',
      line: (o) =>
        `• *${o.service}* ${o.handle} – ${o.owner ? `<@${o.owner}>` : '_ei vastuuhenkilöä_'} · ${o.cadence.toLowerCase()} · ${o.last}`,
    },
    home: {
      actions: '*Sinun toimenpiteesi*',
      channels: '*Sinun tilisi*',
      markDone: 'Merkitse tehdyksi',
      where: (channel: string, name: string) => `<#${channel}> ${name}`,
    },
  },
};
