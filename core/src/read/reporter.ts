import type { Rule } from '../rules/rule.ts';
import { finding } from '../rules/rule.ts';
import { type Finding, ORDER_FIELDS, type OrderField } from '../types.ts';

/**
 * Collects one order's findings in the order people read them: the order of the form, each reading finding at
 * its field and each rule's at its place in the catalogue (rules/catalog.ts CHECK_ORDER). The reader reads
 * every field first, so its findings are ranked, then merged with the rules' (a stable sort, only when needed).
 */
const NONE: readonly Finding[] = Object.freeze([]);

export class Reporter {
  /**
   * Scratch lists reused for every order (the first `size` entries are this order's): a sheet checker then
   * allocates no lists per row, and result() hands out an exact-size copy, so a 100,000-row report keeps a
   * one-element list per flagged row, not a list grown for 17.
   */
  private readonly list: Finding[] = [];
  private readonly ranks: number[] = [];
  private size = 0;
  private sorted = true;
  /** The rank of the step now running (a rule, or the fees). */
  rank = 0;

  constructor(private readonly readRank: ArrayLike<number>) {}

  /** The findings so far, in the order they were added. */
  get findings(): readonly Finding[] {
    return this.list.slice(0, this.size);
  }

  /** Ready for the next order: the previous order's findings were copied out by result(). */
  reset(): void {
    this.size = 0;
    this.sorted = true;
    this.rank = 0;
  }

  /** A finding of reading field `field` (its position in ORDER_FIELDS). */
  reading<P>(rule: Rule<P>, field: number, params: P, part?: string): void {
    this.add(finding(rule, ORDER_FIELDS[field] as OrderField, params, part), this.readRank[field] ?? 0);
  }

  add(f: Finding, rank = this.rank): void {
    const n = this.size;
    if (n > 0 && rank < (this.ranks[n - 1] as number)) this.sorted = false;
    // Overwrite the previous order's entries in place; past them, the lists grow (and stay packed).
    if (n < this.list.length) {
      this.list[n] = f;
      this.ranks[n] = rank;
    } else {
      this.list.push(f);
      this.ranks.push(rank);
    }
    this.size = n + 1;
  }

  has(key: string): boolean {
    for (let i = 0; i < this.size; i++) if ((this.list[i] as Finding).key === key) return true;
    return false;
  }

  /** The findings in reading order, a list of their own (an order without findings shares one frozen empty list). */
  result(): Finding[] {
    const n = this.size;
    if (n === 0) return NONE as Finding[];
    if (this.sorted) return this.list.slice(0, n);
    const order: number[] = [];
    for (let i = 0; i < n; i++) order.push(i);
    order.sort((a, b) => (this.ranks[a] as number) - (this.ranks[b] as number) || a - b);
    return order.map((i) => this.list[i] as Finding);
  }
}
