/**
 * The adjectives English forms from a country's name: Russia, Russian; Brazil,
 * Brazilian; China, Chinese; Kazakhstan, Kazakh; Turkey, Turkish; Germany, German.
 */
const FORMS: Array<(name: string) => string> = [
  (n) => `${n}n`,
  (n) => `${n}an`,
  (n) => `${n}ian`,
  (n) => `${n}ese`,
  (n) => n.replace(/a$/, 'ese'),
  (n) => n.replace(/(?:ia|a|e|y)$/, 'ian'),
  (n) => n.replace(/stan$/, ''),
  (n) => n.replace(/ey$/, 'ish'),
  (n) => n.replace(/y$/, ''),
  (n) => n.replace(/land$/, 'ish'),
];

/** The demonyms of a one-word country name that the sources use. */
export function demonymsOf(name: string, used: readonly string[]): string[] {
  if (/\s/.test(name)) return [];
  const forms = new Set(FORMS.map((f) => f(name)).filter((f) => f !== name && f.length >= 4));
  return used.filter((w) => forms.has(w));
}
