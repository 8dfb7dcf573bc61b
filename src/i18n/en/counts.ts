import { plurals } from '../plural.js';

// Count-bearing words the English modules share.

export const plural = plurals('en');

/** "1 character", "140 characters". */
export const characters = (n: number) => plural(n, { one: `${n} character`, other: `${n} characters` });
