import type { commonTexts as en } from '../en/common.js';
import { characters } from './counts.js';

export const commonTexts: typeof en = {
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
      usage: 'assign <vaihe> @henkilö',
      description:
        'Nimeä vaiheelle vastuuhenkilö: kirjoita @ ja valitse henkilö Slackin tarjoamasta listasta. Hänelle kerrotaan yksityisviestillä.',
    },
    due: { usage: 'due <vaihe> <VVVV-KK-PP>', description: 'Aseta vaiheen määräpäivä.' },
    phase: {
      usage: 'phase <vaihe>',
      description: 'Avaa vaihe: vastuuhenkilö, määräpäivä, tila, muistiinpanot, tuotos ja vaiheen sisältö.',
    },
    metric: {
      usage: 'metric add | list | edit <nimi> | archive <nimi> | chart <nimi>',
      description:
        'Mitattavat tavoitteet: lisää, listaa, muokkaa, arkistoi tai piirrä kuvaaja tavoitetta vasten.',
    },
    checkin: {
      usage: 'checkin',
      description: 'Raportoi mittareiden arvot tältä jaksolta ja kerro, julkaistiinko tileilläsi.',
    },
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
    export: {
      usage: 'export',
      description:
        'Kaikki tiedot CSV-tiedostoina ZIP-paketissa (vaiheet, mittarit, raportit, toimenpiteet, muutosloki) tälle kanavalle.',
    },
    language: {
      usage: 'kieli [fi|en] | kieli minä fi|en|auto',
      description:
        'Strategian kieli kanavan viesteille, suunnitelmalle ja canvasille (ylläpitäjät) tai oma kielesi siihen, minkä vain sinä näet.',
    },
    settings: {
      usage: 'settings',
      description: 'Strategian nimi, kieli, aikavyöhyke ja työpäivät yhdessä ikkunassa (ylläpitäjät).',
    },
    rename: { usage: 'rename <nimi>', description: 'Nimeä strategia uudelleen (ylläpitäjät).' },
    admin: {
      usage: 'admin add @henkilö | remove @henkilö | list',
      description: 'Ketkä johtavat strategiaa kanssasi. Ylläpitäjiä on aina vähintään yksi.',
    },
    archive: {
      usage: 'archive',
      description: 'Pysäytä kaikki ajastetut viestit ja tee strategiasta vain luettava (ylläpitäjät).',
    },
    unarchive: {
      usage: 'unarchive',
      description: 'Palauta arkistoitu strategia; väliin jääneitä viestejä ei lähetetä jälkikäteen.',
    },
    delete: {
      usage: 'delete',
      description: 'Poista strategia ja kaikki sen sisältö nimen kirjoittamalla vahvistaen (ylläpitäjät).',
    },
    api: {
      usage: 'api token create <nimi> | list | revoke <nimi>',
      description:
        'Avaimet HTTP-rajapintaan, jotta muut työkalut voivat raportoida strategian mittarit (ylläpitäjät).',
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
    nameTooLong: (max: number) => `Nimi voi olla enintään ${characters(max)}. Mitään ei luotu.`,
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
  languageName: { fi: 'suomi', en: 'englanti' },
  stateName: { active: 'käynnissä', paused: 'tauolla', archived: 'arkistoitu' },
  errors: {
    unknownCommand: (word: string) => `En tunne komentoa \`${word}\`.`,
    didYouMean: (suggestion: string) => `Tarkoititko \`/smstrategy ${suggestion}\`?`,
    noStrategy: 'Tällä kanavalla ei ole vielä strategiaa. Aloita komennolla `/smstrategy start [nimi]`.',
    notInstalled:
      'smstrategy ei ole enää asennettuna tähän työtilaan. Työtilan ylläpitäjä voi asentaa sen uudelleen; strategiat ovat tallessa.',
    unexpected: 'Jotain meni vikaan minun päässäni, eikä mitään muutettu. Yritä hetken päästä uudelleen.',
  },
};
