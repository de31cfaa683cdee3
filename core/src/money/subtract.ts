import type { Money } from '../types.ts';

/** a − b; null when the currencies differ or the difference is not a safe integer. */
export function subtract(a: Money, b: Money): Money | null {
  if (a.currency !== b.currency) return null;
  const minor = a.minor - b.minor;
  return Number.isSafeInteger(minor) ? { minor, currency: a.currency } : null;
}
