/**
 * Payer and buyer names as banks and people write them: "ACME TRADING CO., LTD", "Acme Trading Co Ltd",
 * "ACME TRADING COMPANY LIMITED", "Acme Trading LLC" are one company; banks also cut names at 35 characters
 * (a SWIFT line) and drop spaces. Names are compared after normalising case, width, punctuation and
 * legal-form words.
 */

/** Legal-form and filler words that say nothing about which company it is. */
const LEGAL_WORDS = new Set([
  'co',
  'company',
  'corp',
  'corporation',
  'inc',
  'incorporated',
  'ltd',
  'limited',
  'llc',
  'llp',
  'lp',
  'plc',
  'gmbh',
  'mbh',
  'ag',
  'kg',
  'ohg',
  'ug',
  'sa',
  'sas',
  'sarl',
  'srl',
  'spa',
  'sl',
  'bv',
  'nv',
  'oy',
  'ab',
  'as',
  'aps',
  'pty',
  'pvt',
  'pte',
  'bhd',
  'sdn',
  'tbk',
  'pt',
  'cv',
  'de',
  'the',
  'and',
  'of',
  'jsc',
  'ooo',
  'zao',
  'kft',
  'sp',
  'zoo',
  'eirl',
  'ltda',
  'eireli',
  'me',
  'fze',
  'fzco',
  'fzc',
  'fzllc',
  'est',
  'wll',
]);

/** Chinese legal forms, longest first (removed as substrings: Chinese names have no spaces). */
const CJK_LEGAL = ['股份有限公司', '有限责任公司', '有限公司', '集团公司', '公司'];

/** Dotted abbreviations that must become one word before punctuation splits them. */
const DOTTED = /\b([a-z])\.([a-z])\.(?:([a-z])\.)?/g;

/**
 * Words many unrelated buyers share ("Acme Trading", "Apex Trading"): they count in the compact name but a
 * match on them alone says nothing.
 */
const GENERIC_WORDS = new Set([
  'trading',
  'trade',
  'traders',
  'international',
  'intl',
  'import',
  'export',
  'imports',
  'exports',
  'group',
  'global',
  'industrial',
  'industries',
  'industry',
  'enterprise',
  'enterprises',
  'holding',
  'holdings',
  'general',
  'services',
  'service',
  'supply',
  'supplies',
  'solutions',
  'products',
  'technology',
  'technologies',
  'tech',
  'commercial',
  'distribution',
  'manufacturing',
  'logistics',
  'worldwide',
  'overseas',
  'sourcing',
  'store',
  'shop',
  'sales',
  'partners',
  'ventures',
  // Places that open many company names and that payers' banks often drop ("HUAXIN TRADING" for
  // "Shenzhen Huaxin Trading Co., Limited"): they tell no company apart.
  'hong',
  'kong',
  'hongkong',
  'hk',
  'china',
  'shenzhen',
  'guangzhou',
  'shanghai',
  'beijing',
  'yiwu',
  'ningbo',
  'hangzhou',
  'xiamen',
  'dongguan',
  'foshan',
  'qingdao',
  'tianjin',
  'suzhou',
]);

import { withinOneEdit } from './edit.ts';

export interface NormalizedName {
  /** Distinctive words, in order: "acme", "trading". */
  words: readonly string[];
  /** The words joined without spaces: "acmetrading" (banks drop spaces and cut names short). */
  compact: string;
  /** The words that tell companies apart (not generic ones such as "trading"), joined: "acme". */
  distinctive: string;
  /** Bigrams of `compact` and of `distinctive`, sorted. */
  grams: Float64Array;
  distinctiveGrams: Float64Array;
  /** The words that are numbers, joined by spaces: "1" for "Star 1 Electronics" ("" when none). */
  numbers: string;
}

const EMPTY_NAME: NormalizedName = {
  words: [],
  compact: '',
  distinctive: '',
  grams: new Float64Array(0),
  distinctiveGrams: new Float64Array(0),
  numbers: '',
};

/** Accents on Latin letters, left apart by NFKD (marks of other scripts are part of their letters: kept). */
const COMBINING_MARKS = /(?<=\p{Script=Latin})\p{M}+/gu;

const isNumber = (word: string) => /^\p{N}+$/u.test(word);

/** No character beyond ASCII (then NFKD and NFKC change nothing). */
const NOT_ASCII = /[^\p{ASCII}]/u;

/** The account line that opens SWIFT's ordering customer (MT103 field 50K/50F): "/US12345678". */
const ACCOUNT_LINE = /^\s*\/[A-Za-z0-9-]*\s+/;
/** Field 50F's numbered lines: 1/ name, 2/ address, 3/ country and town, 8/ the name continued. */
const STRUCTURED_LINE = /(?:^|\s)([1-8])\/(.*?)(?=\s[1-8]\/|$)/gs;

/**
 * The payer's name as a bank exports SWIFT's ordering customer: without the account line, and of a structured
 * field ("1/ACME TRADING CO LTD 2/123 MAIN STREET 3/US/NEW YORK") only the name lines.
 */
function customerName(text: string): string {
  const t = text.replace(ACCOUNT_LINE, '');
  if (!t.startsWith('1/')) return t;
  const name: string[] = [];
  for (const [, line, content = ''] of t.matchAll(STRUCTURED_LINE))
    if (line === '1' || line === '8') name.push(content);
  return name.join(' ');
}

/** "ACME TRADING CO., LTD." → {words: ['acme', 'trading'], compact: 'acmetrading'}. */
export function normalizeName(text: string): NormalizedName {
  // Banks' messages carry no accents (SWIFT's character set): Société is SOCIETE, Müller MULLER, Straße STRASSE.
  const name = customerName(text.trim());
  // ASCII text is its own NFKD and NFKC and has no marks: most names skip those passes.
  const unaccented = NOT_ASCII.test(name)
    ? name.normalize('NFKD').replace(COMBINING_MARKS, '').normalize('NFKC')
    : name;
  let t = unaccented
    .toLowerCase()
    .replace(/ß/g, 'ss')
    // …or spell Müller MUELLER: ae, oe, ue read as a, o, u on both sides (Söhne = SOEHNE = SOHNE).
    .replace(/([aou])e/g, '$1');
  for (const form of CJK_LEGAL) t = t.split(form).join(' ');
  t = t.replace(DOTTED, (_m, a: string, b: string, c: string | undefined) => `${a}${b}${c ?? ''}`);
  t = t.replace(/&/g, ' and ');
  const words: string[] = [];
  for (const word of t.split(/[^\p{L}\p{M}\p{N}]+/u)) {
    if (word === '' || LEGAL_WORDS.has(word)) continue;
    words.push(word);
  }
  if (words.length === 0) return EMPTY_NAME;
  const compact = words.join('');
  const distinctive = words.filter((w) => !GENERIC_WORDS.has(w)).join('');
  return {
    words,
    compact,
    distinctive,
    grams: bigrams(compact),
    distinctiveGrams: bigrams(distinctive),
    numbers: words.filter(isNumber).join(' '),
  };
}

/** Character bigrams of a text as sorted numbers, for a typo-tolerant comparison by merging. */
function bigrams(s: string): Float64Array {
  const out = new Float64Array(Math.max(0, s.length - 1));
  for (let i = 0; i + 1 < s.length; i++) out[i] = s.charCodeAt(i) * 65_536 + s.charCodeAt(i + 1);
  return out.sort();
}

/** Sørensen–Dice coefficient of two sorted bigram lists. */
function diceOf(a: Float64Array, b: Float64Array): number {
  if (a.length === 0 || b.length === 0) return 0;
  let i = 0;
  let j = 0;
  let common = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      common++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return (2 * common) / (a.length + b.length);
}

/** A name cut short by a bank must keep this many characters to count as the same name. */
const MIN_TRUNCATED_LENGTH = 10;
/** Distinctive parts at least this alike (bigram Dice) may be one company with a typo. */
const DISTINCTIVE_ALIKE = 0.8;
/** Names with the same distinctive words ("Acme Holdings", "Acme Trading") are at least this alike. */
const SAME_DISTINCTIVE = 0.7;
/** A distinctive part this long with one typo is still the name (shorter ones are too often other words). */
const MIN_TYPO_LENGTH = 5;
/** Two names that differ by one typo in their distinctive part (and agree otherwise) are near. */
const TYPO_SIMILARITY = 0.8;
/** The most two names with different distinctive words can score. */
const UNRELATED_SIMILARITY = 0.5;

/**
 * How alike two names are, 0..1: 1 for the same name after normalising; 0.95 when one is the other cut short
 * (a bank's 35-character line); otherwise the larger of a typo-tolerant character comparison and the share of
 * words the shorter name has in common with the longer ("ACME" vs "ACME TRADING" is 0.5: a related company or
 * a shortened name, weak on its own); names with the same distinctive words ("Acme Holdings", "Acme Trading")
 * at least SAME_DISTINCTIVE. Names whose distinctive words differ ("Acme Trading", "Apex Trading")
 * stay at most UNRELATED_SIMILARITY however alike their generic words are.
 */
export function nameSimilarity(a: NormalizedName, b: NormalizedName): number {
  if (a.compact === '' || b.compact === '') return 0;
  if (a.compact === b.compact) return 1;
  // Names of generic words only ("Global Trading Group", "Global Trading"): nothing tells them to be one company.
  if (a.distinctive === '' && b.distinctive === '') return UNRELATED_SIMILARITY;
  const [short, long] = a.compact.length <= b.compact.length ? [a, b] : [b, a];
  if (short.compact.length >= MIN_TRUNCATED_LENGTH && long.compact.startsWith(short.compact)) return 0.95;
  const chars = diceOf(a.grams, b.grams);
  const longWords = new Set(long.words);
  let shared = 0;
  for (const w of short.words) if (longWords.has(w)) shared++;
  const words = shared / Math.max(short.words.length, long.words.length);
  const similarity = Math.max(chars, words);
  // Numbers name companies apart ("Star 1 Electronics", "Star 7 Electronics"): not a typo.
  if (numbersDiffer(a, b)) return Math.min(similarity, UNRELATED_SIMILARITY);
  if (a.distinctive !== '' && a.distinctive === b.distinctive) return Math.max(similarity, SAME_DISTINCTIVE);
  const sameCompany =
    a.distinctive === '' ||
    b.distinctive === '' ||
    diceOf(a.distinctiveGrams, b.distinctiveGrams) >= DISTINCTIVE_ALIKE ||
    (Math.min(a.distinctive.length, b.distinctive.length) >= 4 &&
      withinOneEdit(a.distinctive, b.distinctive)) ||
    a.distinctive.startsWith(b.distinctive) ||
    b.distinctive.startsWith(a.distinctive);
  if (!sameCompany) return Math.min(similarity, UNRELATED_SIMILARITY);
  // One letter wrong, missing, extra or two swapped in a distinctive part long enough not to be another word
  // ("Helarn Supply" for "Helran Supply"): bigrams lose most of a short word to one typo, a reader does not.
  const typo =
    Math.min(a.distinctive.length, b.distinctive.length) >= MIN_TYPO_LENGTH &&
    withinOneEdit(a.distinctive, b.distinctive) &&
    genericWords(a) === genericWords(b);
  return typo ? Math.max(similarity, TYPO_SIMILARITY) : similarity;
}

const genericWords = (name: NormalizedName) => name.words.filter((w) => GENERIC_WORDS.has(w)).join(' ');

/** Both names carry numbers, and not the same ones. */
function numbersDiffer(a: NormalizedName, b: NormalizedName): boolean {
  return a.numbers !== '' && b.numbers !== '' && a.numbers !== b.numbers;
}

/** Characters of the distinctive part that typo keys cover (a longer part rarely differs only after them). */
const TYPO_KEY_LENGTH = 10;

/**
 * Keys under which a name is indexed and looked up: `exact` — its compact beginning (a name cut short) and each
 * distinctive word; `typo` — the beginning of its distinctive part, whole and with each character deleted (one typo
 * leaves two names sharing a key).
 */
export function nameKeys(name: NormalizedName): { exact: string[]; typo: string[] } {
  if (name.compact === '') return { exact: [], typo: [] };
  const distinct = name.distinctive || name.compact;
  const exact = [`c:${name.compact.slice(0, 10)}`];
  for (const word of name.words)
    if (word.length >= 3 && !GENERIC_WORDS.has(word) && !exact.includes(`w:${word}`)) exact.push(`w:${word}`);
  // The beginning of the distinctive part with each character left out in turn (and whole): a typo (one
  // character wrong, missing, extra, or two swapped) leaves two names sharing one of these keys.
  const head = distinct.slice(0, TYPO_KEY_LENGTH);
  const typo = [`d:${head}`];
  if (head.length >= 4)
    for (let i = 0; i < head.length; i++) typo.push(`d:${head.slice(0, i)}${head.slice(i + 1)}`);
  return { exact, typo };
}
