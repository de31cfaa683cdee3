import type { Rule } from '../rules/rule.ts';
import { finding } from '../rules/rule.ts';
import { type Finding, ORDER_FIELDS, type OrderField } from '../types.ts';

/**
 * Collects one order's findings in the order people read them: the order of the form, each reading finding at
 * its field and each rule's at its place in the catalogue (rules/catalog.ts CHECK_ORDER). The reader reads
 * every field first, so its findings are ranked, then merged with the rules' (a stable sort, only when needed).
 */
export class Reporter {
  readonly findings: Finding[] = [];
  private readonly ranks: number[] = [];
  private sorted = true;
  /** The rank of the step now running (a rule, or the fees). */
  rank = 0;

  constructor(private readonly readRank: ArrayLike<number>) {}

  /** A finding of reading field `field` (its position in ORDER_FIELDS). */
  reading<P>(rule: Rule<P>, field: number, params: P, part?: string): void {
    this.add(finding(rule, ORDER_FIELDS[field] as OrderField, params, part), this.readRank[field] ?? 0);
  }

  add(f: Finding, rank = this.rank): void {
    const last = this.ranks[this.ranks.length - 1];
    if (last !== undefined && rank < last) this.sorted = false;
    this.findings.push(f);
    this.ranks.push(rank);
  }

  has(key: string): boolean {
    for (const f of this.findings) if (f.key === key) return true;
    return false;
  }

  /** The findings in reading order. */
  result(): Finding[] {
    if (this.sorted) return this.findings;
    const order = this.findings.map((_, i) => i);
    order.sort((a, b) => (this.ranks[a] as number) - (this.ranks[b] as number) || a - b);
    return order.map((i) => this.findings[i] as Finding);
  }
}
