import type { inputTexts as en } from '../en/input.js';
import { characters } from './counts.js';

export const inputTexts: typeof en = {
  input: {
    commandTooLong: (length: number, max: number) =>
      `Komento on liian pitkä: siinä on ${characters(length)}, kun enimmäispituus on ${characters(max)}. Mitään ei tehty.`,
    fieldTooLong: (length: number, max: number) =>
      `Tähän kenttään mahtuu enintään ${characters(max)}, nyt siinä on ${length}. Mitään ei tallennettu – lyhennä tekstiä ja tallenna uudelleen.`,
    metricNameTooLong: (max: number) =>
      `Mittarin nimi voi olla enintään ${characters(max)}, joten tämän nimistä mittaria ei ole. Kaikki mittarit näet komennolla \`/smstrategy metric list\`.`,
  },
};
