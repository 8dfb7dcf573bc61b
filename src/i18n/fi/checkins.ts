import type { checkinTexts as en } from '../en/checkins.js';
import { others, plural } from './counts.js';

export const checkinTexts: typeof en = {
  checkins: {
    intro: (periods: string) =>
      `Raportoitavat jaksot: *${periods}*. Jo raportoidut arvot on täytetty valmiiksi. Korjaa arvo muuttamalla sitä tai ohita mittari jättämällä kenttä tyhjäksi. Kommentit ja arviot näkyvät koosteessa.`,
    savedSoFar: (count: number) =>
      plural(count, {
        one: '1 arvo tallennettu. Tässä loput mittarit:',
        other: `${count} arvoa tallennettu. Tässä loput mittarit:`,
      }),
    yourMetrics: '*Sinun mittarisi*',
    ownerMetrics: (owner: string) => `*Vastuuhenkilö: <@${owner}>*`,
    hint: (target: string, date: string, period: string) => `Tavoite ${target} ${date} mennessä · ${period}`,
    comment: 'Kommentti',
    commentPlaceholder: 'Mikä selittää arvon?',
    confidence: 'Miltä tavoite näyttää?',
    confidencePlaceholder: 'Valitse arvio',
    confidenceName: { on_track: 'Aikataulussa', at_risk: 'Vaarassa', off_track: 'Jäljessä' },
    needsValue: 'Anna arvo, johon kommentti ja arvio liittyvät, tai tyhjennä ne.',
    page: (from: number, to: number, total: number) =>
      `Mittarit ${from}–${to}/${total}. *Raportoi ja jatka* tallentaa nämä ja näyttää loput.`,
    continue: 'Raportoi ja jatka',
    prompt: (name: string) => `*${name}*: on seurannan aika. Nämä mittarit odottavat arvoaan:`,
    promptLine: (metric: string, period: string, owner: string) => `• *${metric}* – ${period} – <@${owner}>`,
    reminder: (name: string, channel: string) =>
      `Muistutus strategiasta *${name}* kanavalla <#${channel}>: nämä mittarisi odottavat yhä arvoaan:`,
    reminderLine: (metric: string, period: string) => `• *${metric}* – ${period}`,
    more: (count: number) => `…ja ${others(count)}`,
    change: (period: string, delta: string, towards: boolean) =>
      `Muutos edellisestä, ${period}: ${delta}, ${towards ? 'kohti tavoitetta' : 'poispäin tavoitteesta'}`,
    noChange: (period: string) => `Ei muutosta edellisestä, ${period}`,
    quoted: (comment: string) => `”${comment}”`,
    notReported: (period: string, owner: string) => `Vielä raportoimatta, ${period}: <@${owner}>`,
  },
};
