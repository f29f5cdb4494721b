/**
 * Currencies by ISO 4217 code: the symbols written before an amount ("€5m", "C$20"),
 * and the words written after it ("5 million euros"). A code works both ways
 * ("USD 5 million", "5 million USD"). Amounts in two currencies never convert.
 * "Pounds" alone is a mass (units.ts); sterling is "£", "GBP" or "pounds sterling".
 */
export interface Currency {
  code: string;
  /** The first one is how a message writes the amount. */
  symbols: string[];
  words: string[];
}

export const CURRENCIES: readonly Currency[] = [
  { code: 'USD', symbols: ['$', 'US$'], words: ['US dollars', 'U.S. dollars', 'dollars', 'dollar'] },
  { code: 'EUR', symbols: ['€'], words: ['euros', 'euro'] },
  { code: 'GBP', symbols: ['£'], words: ['pounds sterling', 'pound sterling', 'sterling'] },
  { code: 'JPY', symbols: ['¥', 'JP¥'], words: ['yen', 'Japanese yen'] },
  { code: 'CNY', symbols: ['CN¥', 'RMB'], words: ['yuan', 'renminbi', 'Chinese yuan'] },
  { code: 'RUB', symbols: ['₽'], words: ['rubles', 'roubles', 'ruble', 'rouble'] },
  { code: 'KZT', symbols: ['₸'], words: ['tenge'] },
  { code: 'TRY', symbols: ['₺'], words: ['Turkish lira', 'lira', 'liras'] },
  { code: 'INR', symbols: ['₹'], words: ['rupees', 'rupee', 'Indian rupees'] },
  { code: 'CHF', symbols: [], words: ['Swiss francs', 'francs', 'franc'] },
  { code: 'CAD', symbols: ['C$', 'CA$'], words: ['Canadian dollars'] },
  { code: 'AUD', symbols: ['A$', 'AU$'], words: ['Australian dollars'] },
  { code: 'AMD', symbols: ['֏'], words: ['drams', 'dram'] },
  { code: 'UAH', symbols: ['₴'], words: ['hryvnias', 'hryvnia'] },
  { code: 'KRW', symbols: ['₩'], words: [] },
  { code: 'BRL', symbols: ['R$'], words: ['reais'] },
  { code: 'MXN', symbols: ['MX$'], words: ['Mexican pesos', 'pesos'] },
  { code: 'NZD', symbols: ['NZ$'], words: ['New Zealand dollars'] },
  { code: 'HKD', symbols: ['HK$'], words: ['Hong Kong dollars'] },
  { code: 'SGD', symbols: ['S$'], words: ['Singapore dollars'] },
  { code: 'SEK', symbols: [], words: ['Swedish kronor'] },
  { code: 'NOK', symbols: [], words: ['Norwegian kroner'] },
  { code: 'DKK', symbols: [], words: ['Danish kroner'] },
  { code: 'PLN', symbols: ['zł'], words: ['zloty', 'zlotys'] },
  { code: 'ZAR', symbols: [], words: ['rand'] },
  { code: 'KGS', symbols: [], words: [] },
  { code: 'UZS', symbols: [], words: [] },
  { code: 'AZN', symbols: ['₼'], words: ['manats', 'manat'] },
  { code: 'GEL', symbols: ['₾'], words: ['lari'] },
  { code: 'BYN', symbols: [], words: ['Belarusian rubles'] },
];

const BY_SYMBOL = new Map(CURRENCIES.flatMap((c) => [...c.symbols, c.code].map((s) => [s, c] as const)));
const BY_WORD = new Map(CURRENCIES.flatMap((c) => c.words.map((w) => [w.toLowerCase(), c] as const)));

/** The currency a written symbol, code or word names; codes and symbols by their exact case, so "try 5 times" names no lira. */
export function currencyOfToken(token: string): Currency | undefined {
  const t = token.trim().replace(/\s+/g, ' ');
  return BY_SYMBOL.get(t) ?? BY_WORD.get(t.toLowerCase());
}

const longestFirst = (xs: string[]) => [...new Set(xs)].sort((a, b) => b.length - a.length);

/** What may stand before an amount: symbols and codes. */
export function currencyPrefixes(): string[] {
  return longestFirst(CURRENCIES.flatMap((c) => [...c.symbols, c.code]));
}

/** What may follow an amount: words and codes. */
export function currencySuffixes(): string[] {
  return longestFirst(CURRENCIES.flatMap((c) => [...c.words, c.code]));
}

export function currencyByCode(code: string): Currency | undefined {
  return CURRENCIES.find((c) => c.code === code);
}

export const CURRENCY_CODES = CURRENCIES.map((c) => c.code) as [string, ...string[]];
