/**
 * Order numbers in remittance memos. Buyers type the 17–18 digit platform order number (or the seller's own
 * reference) into the memo; banks cut memos at 35-character lines, and people mistype a digit, swap two,
 * drop one, or give only the last digits. An index over the open orders answers, for one memo, which orders
 * it names and how surely.
 */

import { withinOneEdit } from './edit.ts';

export type ReferenceKind =
  /** The order's reference, exactly. */
  | 'exact'
  /** One digit wrong, two adjacent digits swapped, one digit missing or extra. */
  | 'one-off'
  /** Only the last digits (at least MIN_SUFFIX_DIGITS). */
  | 'suffix'
  /** The beginning of the number, the rest cut off (at least MIN_PREFIX_DIGITS). */
  | 'prefix';

export interface ReferenceHit {
  order: number;
  kind: ReferenceKind;
  /** The memo text that matched. */
  token: string;
  /** Digits matched, for suffix and prefix hits (longer is surer). */
  digits: number;
}

/** Numbers shorter than this are not treated as order numbers for near matching (typos, suffixes). */
const MIN_NUMBER_DIGITS = 10;
export const MIN_SUFFIX_DIGITS = 4;
export const MIN_PREFIX_DIGITS = 10;
/** A truncated number that fits more orders than this names none of them. */
const MAX_PREFIX_BUCKET = 8;
/** Memos whose hits are remembered at most. */
const LOOKUP_MEMO = 100_000;

/** "PO-1001" → "PO1001": references compare on letters and digits only, case-insensitively. */
export function referenceKey(text: string): string {
  return text
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

const NOT_ASCII = /[^\p{ASCII}]/u;
const NOT_WORD = /[^\p{L}\p{N}]+/gu;
const NOT_ASCII_WORD = /[^A-Z0-9]+/g;
const SHORTHAND = /(\d{10,})((?:\s*[/,&、]\s*\d{2,8}(?!\d))+)/g;
/** At least 10 digits with one or two of O, I, L among them. */
const LOOKS_LIKE_DIGITS = /^(?=(?:\D*\d){10})\d*(?:[OIL]\d*){1,2}$/;

/**
 * The texts a memo may carry a reference in: each word with punctuation dropped, each digit run, adjacent
 * words joined ("PO 1001"), digit groups split by single spaces or dashes joined ("3118 9390 5010 26709"), a
 * series' shorthand expanded ("…267091/104"), and O, I, L typed for digits read as 0, 1, 1.
 */
export function memoTokens(memo: string): string[] {
  // An ASCII memo (most are: SWIFT's character set) is its own NFKC, and its letters and digits are A-Z, 0-9.
  const ascii = !NOT_ASCII.test(memo);
  const text = (ascii ? memo : memo.normalize('NFKC')).toUpperCase();
  const out = new Set<string>();
  const words = text
    .split(/\s+/)
    .map((w) => w.replace(ascii ? NOT_ASCII_WORD : NOT_WORD, ''))
    .filter((w) => w !== '');
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    out.add(word);
    if (i + 1 < words.length) out.add(word + words[i + 1]);
  }
  for (const run of text.match(/\d+/g) ?? []) out.add(run);
  for (const grouped of text.match(/\d+(?:[ -]\d+)+/g) ?? []) out.add(grouped.replace(/[ -]/g, ''));
  // Two orders of one series in shorthand: "311893905010267091/104" is also 311893905010267104.
  for (const [, full = '', tails = ''] of text.matchAll(SHORTHAND))
    for (const tail of tails.match(/\d+/g) ?? []) out.add(full.slice(0, full.length - tail.length) + tail);
  // A letter typed for a digit in a long number: O for 0, I or L for 1.
  for (const word of words)
    if (LOOKS_LIKE_DIGITS.test(word)) out.add(word.replace(/O/g, '0').replace(/[IL]/g, '1'));
  return [...out].sort();
}

/**
 * A 32-bit hash (FNV-1a) of `s` without its character at `skip` (-1: the whole string), computed without
 * building the shorter string: the one-edit index holds 19 such keys per order number.
 */
function hashSkipping(s: string, skip: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    if (i === skip) continue;
    h = Math.imul(h ^ s.charCodeAt(i), 16_777_619);
  }
  return h | 0;
}

/** The whole string's key and its one-deletion keys (a run of equal digits gives one deletion). */
function deletionKeys(s: string): number[] {
  const out = [hashSkipping(s, -1)];
  for (let i = 0; i < s.length; i++) if (i === 0 || s[i] !== s[i - 1]) out.push(hashSkipping(s, i));
  return out;
}

const NONE: readonly number[] = [];

/**
 * Order numbers under the hashes of themselves and of their one-digit deletions (a symmetric-deletion index: two
 * strings one edit apart share such a key), kept as one sorted array of `hash · space + order`: built by one
 * numeric sort, not 19 map entries per order. Hits are verified, so a hash collision costs nothing but a check.
 */
class DeletionIndex {
  private readonly entries: Float64Array;
  /** A power of two above every order index. */
  private readonly space: number;
  /** Hashes are cut to their high bits so that `hash · space + order` stays an exact integer (53 bits). */
  private readonly divisor: number;

  constructor(numbers: readonly { number: string; order: number }[], orders: number) {
    this.space = 2 ** Math.max(1, Math.ceil(Math.log2(orders + 1)));
    this.divisor = 2 ** Math.max(0, 32 - (53 - Math.log2(this.space)));
    // At most one key per digit and the whole number's: filled in place, then sorted.
    const entries = new Float64Array(numbers.reduce((sum, n) => sum + n.number.length + 1, 0));
    let filled = 0;
    for (const { number, order } of numbers)
      for (const hash of deletionKeys(number)) entries[filled++] = this.base(hash) + order;
    this.entries = entries.subarray(0, filled).sort();
  }

  private base(hash: number): number {
    return Math.floor((hash >>> 0) / this.divisor) * this.space;
  }

  /** The orders under a hash, ascending. */
  ordersAt(hash: number): readonly number[] {
    const base = this.base(hash);
    const { entries } = this;
    let lo = 0;
    let hi = entries.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((entries[mid] as number) < base) lo = mid + 1;
      else hi = mid;
    }
    if (lo === entries.length || (entries[lo] as number) >= base + this.space) return NONE;
    const out: number[] = [];
    for (let i = lo; i < entries.length && (entries[i] as number) < base + this.space; i++) {
      const order = (entries[i] as number) - base;
      if (out[out.length - 1] !== order) out.push(order);
    }
    return out;
  }
}

function push(map: Map<string, number[]>, key: string, order: number): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [order]);
  else if (list[list.length - 1] !== order) list.push(order);
}

const isDigits = (s: string) => /^\d+$/.test(s);

/** The orders' references, indexed for exact, one-edit, suffix and prefix lookups. */
export class ReferenceIndex {
  private readonly exact = new Map<string, number[]>();
  private readonly deleted: DeletionIndex;
  private readonly bySuffix = new Map<string, number[]>();
  /** Every number, sorted, for a cut-off number's range of completions. */
  private readonly sorted: { number: string; order: number }[] = [];
  private readonly numbers: string[] = [];
  private readonly looked = new Map<string, readonly ReferenceHit[]>();

  /** `refs[i]` is order i's reference (null: none). */
  constructor(refs: readonly (string | null)[]) {
    refs.forEach((ref, order) => {
      const key = ref === null ? '' : referenceKey(ref);
      this.numbers[order] = key;
      if (key === '') return;
      push(this.exact, key, order);
      if (!isDigits(key) || key.length < MIN_NUMBER_DIGITS) return;
      push(this.bySuffix, key.slice(-MIN_SUFFIX_DIGITS), order);
      this.sorted.push({ number: key, order });
    });
    this.deleted = new DeletionIndex(this.sorted, refs.length);
    this.sorted.sort((a, b) => (a.number < b.number ? -1 : a.number > b.number ? 1 : a.order - b.order));
  }

  /** Orders whose number continues `token` (a number cut off); none when more than MAX_PREFIX_BUCKET do. */
  private completions(token: string): number[] {
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.sorted[mid] as { number: string }).number < token) lo = mid + 1;
      else hi = mid;
    }
    const out: number[] = [];
    for (let i = lo; i < this.sorted.length; i++) {
      const { number, order } = this.sorted[i] as { number: string; order: number };
      if (!number.startsWith(token)) break;
      if (number.length === token.length) continue;
      if (out.length === MAX_PREFIX_BUCKET) return [];
      out.push(order);
    }
    return out;
  }

  /**
   * Every order the memo names, with the best kind of hit per order. Remembered per memo text (the index does
   * not change; a receipt is read again in later passes, and statements repeat memos): the hits are shared,
   * not to be changed.
   */
  lookup(memo: string): readonly ReferenceHit[] {
    let hits = this.looked.get(memo);
    if (hits === undefined) {
      if (this.looked.size >= LOOKUP_MEMO) this.looked.clear();
      hits = this.find(memo);
      this.looked.set(memo, hits);
    }
    return hits;
  }

  private find(memo: string): ReferenceHit[] {
    if (memo.trim() === '') return [];
    const best = new Map<number, ReferenceHit>();
    const offer = (hit: ReferenceHit) => {
      const had = best.get(hit.order);
      if (had === undefined || strength(hit) > strength(had)) best.set(hit.order, hit);
    };
    for (const token of memoTokens(memo)) {
      const exact = this.exact.get(token);
      for (const order of exact ?? []) offer({ order, kind: 'exact', token, digits: token.length });
      if (exact !== undefined || !isDigits(token) || token.length < MIN_SUFFIX_DIGITS) continue;
      if (token.length >= MIN_NUMBER_DIGITS - 1) {
        for (const key of deletionKeys(token))
          for (const order of this.deleted.ordersAt(key)) {
            const number = this.numbers[order] as string;
            if (number !== token && withinOneEdit(number, token))
              offer({ order, kind: 'one-off', token, digits: token.length });
          }
      }
      for (const order of this.bySuffix.get(token.slice(-MIN_SUFFIX_DIGITS)) ?? []) {
        const number = this.numbers[order] as string;
        if (token.length < number.length && number.endsWith(token))
          offer({ order, kind: 'suffix', token, digits: token.length });
      }
      if (token.length >= MIN_PREFIX_DIGITS)
        for (const order of this.completions(token))
          offer({ order, kind: 'prefix', token, digits: token.length });
    }
    return [...best.values()].sort((a, b) => a.order - b.order);
  }
}

/** Ranks hits of one order against each other (not a score: the engine weighs kinds itself). */
function strength(hit: ReferenceHit): number {
  switch (hit.kind) {
    case 'exact':
      return 1000;
    case 'one-off':
      return 500;
    default:
      return hit.digits;
  }
}
