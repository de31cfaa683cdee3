import type { Money } from '../types.ts';
import type { Ratio } from './ratio.ts';
import { mulDiv } from './round.ts';

/** money × ratio, rounded half-up once (e.g. a 30% advance, a 2.95% card fee). */
export function percentOf(money: Money, ratio: Ratio): Money {
  return { minor: mulDiv(money.minor, ratio.num, ratio.den), currency: money.currency };
}
