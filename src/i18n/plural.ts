/** The forms of a text that names a count, by plural category; every language has `other`. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/**
 * Picks the form a language's grammar asks for with a count: "1 value" but "0 values" and
 * "2 values" in English, "1 arvo" but "2 arvoa" in Finnish. The catalogues write the forms; the
 * choice follows Unicode's plural rules (Intl.PluralRules), not `count === 1`.
 */
export function plurals(locale: string): (count: number, forms: PluralForms) => string {
  const rules = new Intl.PluralRules(locale);
  return (count, forms) => forms[rules.select(count)] ?? forms.other;
}
