import type { availabilityTexts as en } from '../en/availability.js';

export const availabilityTexts: typeof en = {
  availability: {
    databaseDown:
      'En saanut juuri nyt yhteyttä tietokantaani, joten tämä jäi tekemättä. Yritä uudelleen hetken päästä.',
    databaseDownInModal:
      'Ei tallennettu: en saanut juuri nyt yhteyttä tietokantaani. Kaikki kirjoittamasi on yhä tallella tässä ikkunassa, joten lähetä uudelleen hetken päästä.',
    workspaceUnavailable:
      'En pysty juuri nyt käyttämään tämän työtilan tallennettuja tunnuksia, joten mitään ei muutettu. Sovelluksen ylläpitäjä näkee syyn lokeista. Yritä myöhemmin uudelleen.',
  },
};
