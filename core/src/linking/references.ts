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

/** "PO-1001" → "PO1001": references compare on letters and digits only, case-insensitively. */
export function referenceKey(text: string): string {
  return text
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * The texts a memo may carry a reference in: each word with punctuation dropped, each digit run, adjacent
 * words joined ("PO 1001"), and digit groups split by single spaces or dashes joined ("3118 9390 5010 26709").
 */
export function memoTokens(memo: string): string[] {
  const text = memo.normalize('NFKC').toUpperCase();
  const out = new Set<string>();
  const words = text
    .split(/\s+/)
    .map((w) => w.replace(/[^\p{L}\p{N}]+/gu, ''))
    .filter((w) => w !== '');
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    out.add(word);
    if (i + 1 < words.length) out.add(word + words[i + 1]);
  }
  for (const run of text.match(/\d+/g) ?? []) out.add(run);
  for (const grouped of text.match(/\d+(?:[ -]\d+)+/g) ?? []) out.add(grouped.replace(/[ -]/g, ''));
  return [...out].sort();
}

function deletions(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length; i++)
    if (i === 0 || s[i] !== s[i - 1]) out.push(s.slice(0, i) + s.slice(i + 1));
  return out;
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
  /** Numbers and their one-digit deletions (symmetric-deletion index for one-edit matches). */
  private readonly deleted = new Map<string, number[]>();
  private readonly bySuffix = new Map<string, number[]>();
  /** Every number, sorted, for a cut-off number's range of completions. */
  private readonly sorted: { number: string; order: number }[] = [];
  private readonly numbers: string[] = [];

  /** `refs[i]` is order i's reference (null: none). */
  constructor(refs: readonly (string | null)[]) {
    refs.forEach((ref, order) => {
      const key = ref === null ? '' : referenceKey(ref);
      this.numbers[order] = key;
      if (key === '') return;
      push(this.exact, key, order);
      if (!isDigits(key) || key.length < MIN_NUMBER_DIGITS) return;
      push(this.deleted, key, order);
      for (const d of deletions(key)) push(this.deleted, d, order);
      push(this.bySuffix, key.slice(-MIN_SUFFIX_DIGITS), order);
      this.sorted.push({ number: key, order });
    });
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

  /** Every order the memo names, with the best kind of hit per order. */
  lookup(memo: string): ReferenceHit[] {
    if (memo.trim() === '') return [];
    const best = new Map<number, ReferenceHit>();
    const offer = (hit: ReferenceHit) => {
      const had = best.get(hit.order);
      if (had === undefined || strength(hit) > strength(had)) best.set(hit.order, hit);
    };
    for (const token of memoTokens(memo)) {
      for (const order of this.exact.get(token) ?? [])
        offer({ order, kind: 'exact', token, digits: token.length });
      if (!isDigits(token) || token.length < MIN_SUFFIX_DIGITS) continue;
      if (token.length >= MIN_NUMBER_DIGITS - 1) {
        for (const key of [token, ...deletions(token)])
          for (const order of this.deleted.get(key) ?? []) {
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
