import { plurals } from '../plural.js';

// Count-bearing words the Finnish modules share. After a numeral other than one, Finnish puts the
// noun in the partitive: "1 merkki" but "140 merkkiä", "…ja 1 muu" but "…ja 3 muuta".

export const plural = plurals('fi');

/** "1 merkki", "140 merkkiä". */
export const characters = (n: number) => plural(n, { one: `${n} merkki`, other: `${n} merkkiä` });

/** "1 muu", "3 muuta": the rest of a list cut short. */
export const others = (n: number) => plural(n, { one: `${n} muu`, other: `${n} muuta` });
