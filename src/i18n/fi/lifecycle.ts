import type { lifecycleTexts as en } from '../en/lifecycle.js';
import { characters } from './counts.js';

export const lifecycleTexts: typeof en = {
  lifecycle: {
    forbidden: (admins: string) =>
      `Tämän voivat tehdä vain strategian ylläpitäjät (${admins}) ja työtilan ylläpitäjät. Mitään ei muutettu.`,
    archivedRefusal: (name: string) =>
      `*${name}* on arkistoitu: sen tilannekuvaa ja suunnitelmaa voi lukea, mutta mitään siinä ei voi muuttaa. Ylläpitäjä voi palauttaa sen komennolla \`/smstrategy unarchive\`.`,
    archived: (user: string, name: string) =>
      `<@${user}> arkistoi strategian *${name}*. Sen ajastetut viestit on pysäytetty eikä siihen voi tehdä muutoksia; \`/smstrategy status\` ja \`/smstrategy plan\` toimivat yhä. Ylläpitäjä voi palauttaa sen komennolla \`/smstrategy unarchive\`.`,
    alreadyArchived: 'Strategia on jo arkistoitu. Mitään ei muutettu.',
    unarchived: (user: string, name: string) =>
      `<@${user}> palautti strategian *${name}* arkistosta. Ajastetut viestit jatkuvat seuraavasta ajankohdastaan; arkistoinnin aikana väliin jääneitä ei lähetetä jälkikäteen.`,
    notArchived: 'Strategiaa ei ole arkistoitu. Mitään ei muutettu.',
    notAnnounced: (name: string) =>
      `Muutos strategiaan *${name}* on tallennettu, mutta en saanut kerrottua siitä kanavalle.`,
    deleteTitle: 'Poista strategia',
    deleteSubmit: 'Poista pysyvästi',
    cancel: 'Peruuta',
    deleteWarning: (name: string) =>
      `Tämä poistaa strategian *${name}* ja kaiken sen sisällön pysyvästi: valmiuskysymysten vastaukset, vaiheet sisältöineen, mittarit ja niiden raportoinnit, aikataulun lähetyksineen sekä linkin sen canvasiin. Canvas ja jo lähetetyt viestit jäävät Slackiin. Poistoa ei voi perua.`,
    deleteNameLabel: 'Vahvista kirjoittamalla strategian nimi',
    deleteWrongName: 'Nimi ei ole strategian nimi. Mitään ei poistettu.',
    deleted: (user: string, name: string) =>
      `<@${user}> poisti strategian *${name}* ja kaiken sen sisällön. Uuden voi aloittaa tällä kanavalla komennolla \`/smstrategy start\`.`,
    deletedPrivately: (name: string) => `Strategia *${name}* ja kaikki sen sisältö on poistettu.`,
    gone: 'Strategiaa ei ole enää olemassa. Mitään ei muutettu.',
    startInDm:
      'Strategia elää kanavalla, jossa tiimi lukee sen koosteet ja vastaa sen seurantakyselyihin, joten sitä ei voi aloittaa yksityisviestissä eikä ryhmäviestissä. Luo tai valitse kanava, kutsu minut sinne ja kirjoita siellä `/smstrategy start`. Mitään ei luotu.',
  },
  admins: {
    usage:
      '`/smstrategy admin add @henkilö`, `/smstrategy admin remove @henkilö` tai `/smstrategy admin list`. Kirjoita @ ja valitse henkilö Slackin tarjoamasta listasta.',
    list: (name: string, admins: string) =>
      `*Strategian ${name} ylläpitäjät:* ${admins}. Myös työtilan ylläpitäjät voivat hallita kaikkia strategioita.`,
    added: (user: string) => `<@${user}> on nyt tämän strategian ylläpitäjä.`,
    alreadyAdmin: (user: string) => `<@${user}> on jo ylläpitäjä. Mitään ei muutettu.`,
    removed: (user: string) => `<@${user}> ei ole enää tämän strategian ylläpitäjä.`,
    notAdmin: (user: string) => `<@${user}> ei ole tämän strategian ylläpitäjä. Mitään ei muutettu.`,
    lastAdmin: (user: string) =>
      `<@${user}> on strategian ainoa ylläpitäjä, ja strategialla on aina oltava ainakin yksi. Lisää ensin toinen ylläpitäjä (\`/smstrategy admin add @henkilö\`). Mitään ei muutettu.`,
    botUser: (user: string) => `<@${user}> on botti eikä voi olla ylläpitäjä. Mitään ei muutettu.`,
    deactivatedUser: (user: string) =>
      `<@${user}> on poistettu käytöstä eikä voi olla ylläpitäjä. Mitään ei muutettu.`,
    unknownUser: (user: string) => `En löydä käyttäjää <@${user}>. Mitään ei muutettu.`,
    toldAdded: (by: string, name: string, channel: string) =>
      `<@${by}> teki sinusta strategian *${name}* ylläpitäjän kanavalla <#${channel}>. Voit nyt muuttaa sen asetuksia, aikataulua, vastuuhenkilöitä ja ylläpitäjiä: \`/smstrategy settings\` kyseisellä kanavalla.`,
    toldRemoved: (by: string, name: string, channel: string) =>
      `<@${by}> poisti sinut strategian *${name}* ylläpitäjistä kanavalla <#${channel}>. Voit yhä lukea sitä ja päivittää omia vastuitasi.`,
    notTold: (user: string) => `En saanut kerrottua tästä käyttäjälle <@${user}> yksityisviestillä.`,
  },
  settings: {
    modalTitle: 'Strategian asetukset',
    save: 'Tallenna',
    cancel: 'Peruuta',
    intro: (channel: string) => `Kanavan <#${channel}> strategian asetukset.`,
    name: 'Nimi',
    language: 'Kanavan viestien, suunnitelman ja canvasin kieli',
    languageOptions: { fi: 'Suomi', en: 'English' },
    timeZone: 'Aikavyöhyke',
    timeZoneHint: 'Ajastetut viestit ja määräpäivät noudattavat sitä.',
    workingDays: 'Työpäivät',
    workingDaysHint: 'Muistutukset vastuuhenkilöille lähtevät vain näinä päivinä.',
    nameEmpty: 'Strategia tarvitsee nimen.',
    nameTooLong: (max: number) => `Nimi voi olla enintään ${characters(max)} pitkä.`,
    noWorkingDays: 'Valitse vähintään yksi työpäivä.',
    saved: (name: string, language: string, timeZone: string, days: string) =>
      `Asetukset tallennettu: *${name}* · ${language} · ${timeZone} · työpäivät ${days}.`,
    unchanged: 'Mitään ei muutettu.',
    renameUsage: '`/smstrategy rename <uusi nimi>` nimeää strategian uudelleen (ylläpitäjät).',
    renamed: (user: string, before: string, after: string) =>
      `<@${user}> nimesi strategian *${before}* uudelleen: *${after}*.`,
    renameUnchanged: (name: string) => `Strategian nimi on jo *${name}*. Mitään ei muutettu.`,
    renameTooLong: (max: number) => `Nimi voi olla enintään ${characters(max)} pitkä. Mitään ei muutettu.`,
    button: 'Asetukset',
  },
  leadHome: {
    heading: '*Strategiat, joita johdat*',
    headingAll: '*Työtilan strategiat* (olet työtilan ylläpitäjä)',
    verdictNone: 'valmiutta ei ole analysoitu',
    readiness: (verdict: string) => `Valmius: ${verdict}`,
    phases: (done: number, overdue: number) =>
      `vaiheita valmiina ${done}/8${overdue > 0 ? `, myöhässä ${overdue}` : ''}`,
    metrics: (onTrack: number, offTrack: number) =>
      onTrack + offTrack === 0
        ? 'mittareilla ei vielä arvoja'
        : `mittareita aikataulussa ${onTrack}, jäljessä ${offTrack}`,
    noMetrics: 'ei mittareita',
    lastCheckin: (date: string) => `viimeisin raportointi ${date}`,
    noCheckin: 'ei vielä raportointeja',
    schedule: { active: 'aikataulu käynnissä', paused: 'aikataulu tauolla', archived: 'arkistoitu' },
    status: 'Tilannekuva',
    settings: 'Asetukset',
    plan: 'Suunnitelma',
    previous: 'Edelliset',
    next: 'Seuraavat',
    page: (page: number, pages: number) => `Sivu ${page}/${pages}`,
    planPosted: (channel: string) => `Suunnitelma on julkaistu kanavalla <#${channel}>.`,
    statusTitle: 'Tilannekuva',
    close: 'Sulje',
  },
};
