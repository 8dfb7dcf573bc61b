import type { savingTexts as en } from '../en/saving.js';

export const savingTexts: typeof en = {
  saving: {
    close: 'Sulje',
    inProgress:
      ':hourglass_flowing_sand: *Tallennetaan…* Tämä kestää tavallista kauemmin. Pidä ikkuna auki, niin näet tästä, kun tallennus on valmis.',
    saved: ':white_check_mark: *Tallennettu.*',
    notSaved: ':warning: *Ei tallennettu.* Avaa ikkuna uudelleen ja yritä vielä kerran.',
    failed:
      ':warning: *Ei tallennettu:* meidän päässämme meni jokin vikaan. Mitään ei muutettu – yritä hetken kuluttua uudelleen.',
  },
};
