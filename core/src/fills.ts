/**
 * The values of one-click fills (the extension's buttons beside a field): pure, from core's money and rule
 * data, so a fill never proposes a value the checks would then reject. Every fill answers "what value" and
 * "does it still apply": a fill whose value is already there, or that would break a rule, is not offered.
 */
import { compareAcross } from './money/compare.ts';
import { convert } from './money/convert.ts';
import { percentOf } from './money/percent-of.ts';
import { parseRate, pct } from './money/ratio.ts';
import { subtract } from './money/subtract.ts';
import { DRAFT_FORM_LIMITS } from './tables/draft-form.ts';
import { PAYMENT_METHODS, type PaymentMethodId } from './tables/payment-methods.ts';
import type { Money } from './types.ts';

/** Shares of the order total the advance fills offer (100% = pay in full, 000 "选择预付款100%"). */
export const ADVANCE_PERCENTS = [30, 50, 100] as const;

/**
 * Ship days the fill proposes when the seller typed 0–2 (shipping/days-too-short). Why 7: the source warns
 * that 0–2 days "很容易逾期" and asks for "相对充足的发货时间"; a week covers a weekend plus the 1–2 business
 * days a T/T or card payment needs to arrive (rules.md §4), so the clock does not run out before the seller
 * even knows the money is in.
 */
export const SAFE_SHIP_DAYS = 7;

/** `percent` % of the order total, rounded half-up once (core/src/money). */
export function advanceOf(total: Money, percent: number): Money {
  return percentOf(total, pct(String(percent)));
}

/** Balance = total − advance; null when the currencies differ or the advance is more than the total. */
export function balanceOf(total: Money, advance: Money): Money | null {
  const balance = subtract(total, advance);
  return balance && balance.minor >= 0 ? balance : null;
}

/** The ship-days fill: SAFE_SHIP_DAYS while the typed days are risky (0–2), else null (nothing to fix). */
export function shipDaysFill(days: number | null | undefined): number | null {
  if (
    days === null ||
    days === undefined ||
    !Number.isInteger(days) ||
    days > DRAFT_FORM_LIMITS.riskyShipDays
  )
    return null;
  return SAFE_SHIP_DAYS;
}

/** The remark cut to the 2,000 characters the form allows (code points, as remark/too-long counts); null when it fits. */
export function trimRemark(text: string): string | null {
  const chars = [...text];
  return chars.length > DRAFT_FORM_LIMITS.remarkMaxChars
    ? chars.slice(0, DRAFT_FORM_LIMITS.remarkMaxChars).join('')
    : null;
}

/** The lowest per-payment limit among the order's methods (Western Union USD 2,500), if any states one. */
export interface PaymentLimit {
  method: PaymentMethodId;
  /** USD minor units, as the source states it. */
  usd: Money;
}

export function paymentLimit(methods: readonly string[]): PaymentLimit | null {
  let best: PaymentLimit | null = null;
  for (const id of methods) {
    const m = PAYMENT_METHODS.find((p) => p.id === id);
    if (m?.limitUsdMinor == null) continue;
    if (!best || m.limitUsdMinor < best.usd.minor)
      best = { method: m.id, usd: { minor: m.limitUsdMinor, currency: 'USD' } };
  }
  return best;
}

export interface AdvanceSuggestion {
  /** Share of the total, or null for "as much as the limit allows". */
  percent: number | null;
  advance: Money;
  balance: Money;
}

export interface AdvanceSuggestions {
  suggestions: AdvanceSuggestion[];
  /** The limit the suggestions respect (null: no chosen method states one). */
  limit: PaymentLimit | null;
  /** A limit applies but the order's currency needs the user's USD↔CNY rate to compare with it. */
  needsRate: boolean;
}

/**
 * Advance fills for an order total: 30 / 50 / 100 %, keeping only splits where the advance and the balance
 * are each within the methods' per-payment limit (each is one payment); when a percentage is cut by the
 * limit, one "up to the limit" advance is offered instead if its balance fits. A suggestion equal to the
 * advance already typed is left out (it no longer applies).
 */
export function advanceSuggestions(
  total: Money,
  opts: { methods: readonly string[]; usdCny?: string | undefined; current?: Money | null },
): AdvanceSuggestions {
  const limit = paymentLimit(opts.methods);
  const rate = parseRate(opts.usdCny ?? null);
  const within = (m: Money): boolean | null =>
    limit ? ((c) => (c === null ? null : c <= 0))(compareAcross(m, limit.usd, rate)) : true;
  let needsRate = false;
  let cut = false;
  const suggestions: AdvanceSuggestion[] = [];
  for (const percent of ADVANCE_PERCENTS) {
    const advance = advanceOf(total, percent);
    const balance = balanceOf(total, advance);
    if (!balance) continue;
    const fits = [within(advance), within(balance)];
    if (fits.includes(null)) needsRate = true;
    if (fits.includes(false)) {
      cut = true;
      continue;
    }
    suggestions.push({ percent, advance, balance });
  }
  if (cut && limit) {
    // the largest advance within the limit, in the order's currency (rounded down onto the limit)
    let advance = convert(limit.usd, total.currency, rate);
    if (advance && compareAcross(advance, limit.usd, rate) === 1)
      advance = { ...advance, minor: advance.minor - 1 };
    const balance = advance && advance.minor < total.minor ? balanceOf(total, advance) : null;
    if (advance && balance && within(balance)) suggestions.push({ percent: null, advance, balance });
  }
  const current = opts.current;
  return {
    suggestions: suggestions.filter(
      (s) => !(current && current.currency === s.advance.currency && current.minor === s.advance.minor),
    ),
    limit,
    needsRate,
  };
}
