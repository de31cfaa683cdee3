import type { Money } from '../types.ts';

/** The smaller of two amounts in one currency; null when the currencies differ. */
export function min(a: Money, b: Money): Money | null {
  if (a.currency !== b.currency) return null;
  return a.minor <= b.minor ? a : b;
}
