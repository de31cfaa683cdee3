import { MAX_AMOUNT_MINOR } from './parse.ts';

/**
 * Minor-unit arithmetic on amounts of one currency, bounded by the largest amount the product accepts
 * (MAX_AMOUNT_MINOR): a result beyond it is null, never a rounded float (`amount/too-large` says so).
 */
export function sumMinor(a: number, b: number): number | null {
  const sum = a + b;
  return Math.abs(sum) <= MAX_AMOUNT_MINOR ? sum : null;
}

/** unit price × a whole quantity, exact; null beyond the supported maximum. */
export function timesWhole(minor: number, quantity: number): number | null {
  if (!Number.isSafeInteger(quantity)) return null;
  const product = minor * quantity;
  return Number.isSafeInteger(product) && Math.abs(product) <= MAX_AMOUNT_MINOR ? product : null;
}
