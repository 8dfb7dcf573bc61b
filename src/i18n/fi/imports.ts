import { formatNumber } from '../../domain/numbers.js';
import type { importTexts as en } from '../en/imports.js';
import { plural } from './counts.js';

const n = (count: number) => formatNumber(count, 'fi');
const values = (count: number) => plural(count, { one: '1 arvo', other: `${n(count)} arvoa` });
const rows = (count: number) => plural(count, { one: '1 rivi', other: `${n(count)} riviä` });

export const importTexts: typeof en = {
  imports: {
    button: 'Tuo historia',
    modalTitle: 'Tuo historia',
    intro: (metric: string, weekly: boolean) =>
      `Liitä mittarin *${metric}* aiemmat arvot, yksi ${weekly ? 'viikko' : 'kuukausi'} riviä kohden: ensin päivämäärä tai jakso, sitten arvo. Mitään ei tallenneta ennen kuin olet nähnyt esikatselun ja vahvistanut sen.`,
    example: (weekly: boolean) =>
      weekly
        ? '```pvm;arvo\n25.1.2027;1 180\n2027-W05;1 234,5```'
        : '```kuukausi;arvo\n31.12.2026;1 180\n2027-01;1 234,5```',
    inputLabel: 'Rivit (CSV)',
    inputHint:
      'Päivämäärät muodossa 31.1.2027 tai 2027-01-31, viikot 2027-W05, kuukaudet 2027-01. Erota sarakkeet puolipisteellä (tai pilkulla, jos missään arvossa ei ole desimaalipilkkua). Otsikkorivin voi jättää.',
    fileHint: (minutes: number) =>
      `Pidempi historia? Lähetä CSV-tiedosto minulle yksityisviestinä (smstrategy → Viestit) ${minutes} minuutin kuluessa, niin näytän saman esikatselun siellä.`,
    previewButton: 'Esikatsele',
    previewTitle: 'Tarkista tuonti',
    summary: (metric: string, understood: number, refused: number, replaced: number) =>
      `*${metric}*: ${rows(understood)} luettu, ${rows(refused)} hylätty. ${
        replaced === 0
          ? 'Yksikään jo raportoitu arvo ei muuttuisi.'
          : plural(replaced, {
              one: '1 jo raportoitu arvo korvautuisi.',
              other: `${n(replaced)} jo raportoitua arvoa korvautuisi.`,
            })
      }`,
    unchangedNote: (count: number) =>
      plural(count, {
        one: '1 rivin arvo on jo jaksolla sellaisenaan, joten se ei muuta mitään.',
        other: `${n(count)} rivin arvot ovat jo jaksoillaan sellaisinaan, joten ne eivät muuta mitään.`,
      }),
    understoodHeading: '*Tuodaan*',
    replacedHeading: '*Korvautuisi*',
    refusedHeading: '*Hylätty*',
    rowLine: (period: string, value: string) => `• ${period}: ${value}`,
    replacedLine: (period: string, before: string, after: string) => `• ${period}: ${before} → ${after}`,
    refusedLine: (line: number, text: string, reason: string) => `• rivi ${line}: ${text} — ${reason}`,
    more: (count: number) => `…ja ${n(count)} muuta`,
    problems: {
      unreadable: 'ei päivämäärä eikä jakso',
      no_such_day: 'tällaista päivää, viikkoa tai kuukautta ei ole',
      month_for_weekly: 'kuukausi, mutta mittari raportoidaan viikoittain: anna päivämäärä tai viikko',
      week_for_monthly: 'viikko, mutta mittari raportoidaan kuukausittain: anna päivämäärä tai kuukausi',
      future: 'jakso ei ole vielä alkanut',
      not_a_number: 'arvo ei ole luku',
      missing_value: 'arvo puuttuu',
      too_many_columns: 'yli kaksi saraketta (desimaalipilkun kanssa erota sarakkeet puolipisteellä)',
      duplicate: (line: number) => `sama jakso kuin rivillä ${line}`,
    },
    confirm: (count: number) => `Tuo ${values(count)}`,
    cancel: 'Peruuta',
    back: 'Sulje',
    nothingToImport: 'Yhtään riviä ei voi tuoda. Korjaa rivit ja yritä uudelleen.',
    empty: 'Luettavia rivejä ei ole.',
    tooManyRows: (count: number, max: number) =>
      `${rows(count)} on enemmän kuin yhden mittarin historia; tuo enintään ${n(max)} kerrallaan.`,
    unreadable: (line: number) =>
      `Tekstiä ei voi lukea CSV:nä riviltä ${line} alkaen. Jäikö lainausmerkki (") sulkematta?`,
    imported: (metric: string, saved: number, replaced: number) =>
      `Mittariin *${metric}* tuotiin ${values(saved)}${
        replaced === 0
          ? '.'
          : plural(replaced, { one: '; 1 korvasi aiemman.', other: `; ${n(replaced)} korvasi aiemmat.` })
      }`,
    importedNothing: (metric: string) =>
      `Mittarissa *${metric}* ei muuttunut mitään: kaikki arvot olivat jo siellä.`,
    already: 'Tämä tuonti on jo tehty.',
    cancelled: 'Tuonti peruttu. Mitään ei tallennettu.',
    expired: 'Esikatselu on yli vuorokauden vanha. Aloita tuonti uudelleen painikkeesta *Tuo historia*.',
    notFound: 'Tätä tuontia ei enää ole: mittari on ehkä arkistoitu.',
    fileNotAsked:
      'Jos haluat tuoda mittarin historian tiedostosta, paina ensin mittarin *Tuo historia* -painiketta komennon `/smstrategy metric list` listassa ja lähetä tiedosto sitten tänne.',
    fileTooLarge: (maxMb: number) => `Tiedosto on yli ${maxMb} Mt. Lähetä historia pienemmissä osissa.`,
    fileNotText: 'Lähetä historia CSV- tai tekstitiedostona.',
    fileUnavailable: 'Slack ei antanut minun ladata tiedostoa. Lähetä se hetken päästä uudelleen.',
    fileIntro: (file: string, metric: string) => `*${file}*, mittarin *${metric}* historia:`,
  },
  workflow: {
    failed: 'Arvoa ei juuri nyt voitu tallentaa. Aja työnkulku hetken päästä uudelleen.',
    noStrategy: 'Kanavalla ei ole strategiaa. Valitse kanava, jolla strategia aloitettiin.',
    noMetric: (metric: string, suggestion: string | undefined) =>
      `Strategiassa ei ole mittaria nimeltä ”${metric}”.${suggestion ? ` Tarkoititko ”${suggestion}”?` : ''}`,
    notANumber: (value: string) => `”${value}” ei ole luku. Kirjoita se muodossa 1234,5 tai 1234.5.`,
  },
};
