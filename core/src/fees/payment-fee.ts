import { isCurrencyCode } from '../money/currencies.ts';
import { mulDiv } from '../money/round.ts';
import notStated from '../rules/fee/not-stated.ts';
import { finding } from '../rules/rule.ts';
import {
  CARD_FEES,
  type CardBrand,
  getPaymentMethod,
  PAYMENT_METHODS,
  resolveCardBrand,
  resolvePaymentMethod,
} from '../tables/payment-methods.ts';
import { resolveCardRegion, resolvePayerCurrency } from '../tables/vocabulary.ts';
import type { Money } from '../types.ts';
import { exactFee, type FeeResult, NO_FINDINGS, rangeFee } from './fee.ts';

const SOURCE = new Map(PAYMENT_METHODS.map((m) => [m.id, `rules.md §4 ${m.id}`]));

export interface PaymentFeeArgs {
  /** ONE payment (the advance or the balance; each is charged separately). */
  amount: Money;
  /** Method id or display name (rules.md §4). */
  method: string;
  cardBrand?: string;
  cardRegion?: string;
  payerCurrency?: string;
}

/**
 * The buyer's fee for one payment (rules.md §4, 000 处理费用和时间). Ranges stay ranges, "about" fees are
 * approximate, percentages apply in the payment's currency and round half-up once. Never throws.
 * An unknown method or a negative amount gives { fee: null, findings: NO_FINDINGS }: the checks report those.
 */
export function paymentFee(args: PaymentFeeArgs): FeeResult {
  const { amount } = args;
  return paymentFeeOf(
    amount.minor,
    amount.currency,
    args.method,
    args.cardBrand,
    args.cardRegion,
    args.payerCurrency,
  );
}

/**
 * paymentFee with its arguments spelled out: what the order check calls for every payment of every method of
 * every row (no argument objects to allocate there).
 */
export function paymentFeeOf(
  minor: number,
  currency: Money['currency'],
  methodName: string,
  cardBrandText?: string,
  cardRegionText?: string,
  payerCurrencyText?: string,
): FeeResult {
  const id = resolvePaymentMethod(methodName);
  const method = id === null ? undefined : getPaymentMethod(id);
  if (method === undefined || !Number.isSafeInteger(minor) || minor < 0)
    return { fee: null, findings: NO_FINDINGS };
  const source = SOURCE.get(method.id) ?? `rules.md §4 ${method.id}`;
  const spec = method.fee;
  switch (spec.kind) {
    case 'card':
      return {
        fee: cardFee(minor, currency, resolveCardBrand(cardBrandText), cardRegion(cardRegionText), source),
        findings: NO_FINDINGS,
      };
    case 'percent':
      return {
        fee: exactFee(currency, mulDiv(minor, spec.rate.num, spec.rate.den), source),
        findings: NO_FINDINGS,
      };
    case 'fixed':
      return {
        fee: rangeFee(spec.currency, spec.low, spec.high, spec.approximate, source),
        findings: NO_FINDINGS,
      };
    case 'local-unit': {
      // 约1当地货币: about one unit of the payer's local currency, which must be known.
      const payer = payerCurrencyText === undefined ? null : resolvePayerCurrency(payerCurrencyText);
      if (payer === null) {
        const what = {
          en: `The ${method.name.en} fee (about 1 unit of the payer's currency: fill in payer_currency)`,
          zh: `${method.name.zh}手续费（约 1 单位付款方当地货币：请填写付款币种）`,
        };
        return { fee: null, findings: [finding(notStated, 'payer_currency', { what }, method.id)] };
      }
      if (!isCurrencyCode(payer)) {
        // About 1 GBP, 1 BRL…: a currency the product's Fee cannot carry (USD, CNY, EUR only).
        const what = {
          en: `The ${method.name.en} fee (≈ 1 ${payer})`,
          zh: `${method.name.zh}手续费（约 1 ${payer}）`,
        };
        return { fee: null, findings: [finding(notStated, 'payer_currency', { what }, method.id)] };
      }
      return {
        fee: rangeFee(payer, 100 * spec.units, 100 * spec.units, true, source),
        findings: NO_FINDINGS,
      };
    }
    case 'not-stated':
      return {
        fee: null,
        findings: [
          finding(
            notStated,
            'payment_method',
            { what: { en: `The ${method.name.en} fee`, zh: `${method.name.zh}手续费` } },
            method.id,
          ),
        ],
      };
  }
}

type Region = 'apac' | 'other' | null;

function cardRegion(text: string | undefined): Region {
  if (text === undefined || text.trim() === '') return null;
  // Any stated region that is not Asia-Pacific counts as "other" (only APAC changes the fee).
  return resolveCardRegion(text) ?? 'other';
}

/**
 * 2.95% of the payment; American Express 3.5%; Mastercard issued in Asia-Pacific capped at USD 40 (USD
 * payments only). An unknown brand (or a Mastercard of unknown region) is the range over what it could be.
 * Decision: for an unknown brand the low end includes the APAC-Mastercard cap when the region may be APAC,
 * so the range always contains the true fee.
 */
function cardFee(
  m: number,
  currency: Money['currency'],
  brand: CardBrand | null,
  region: Region,
  source: string,
) {
  const standard = mulDiv(m, CARD_FEES.standard.num, CARD_FEES.standard.den);
  const amex = mulDiv(m, CARD_FEES.amex.num, CARD_FEES.amex.den);
  // The cap is a whole amount, so capping after rounding equals rounding the capped exact value.
  const mastercardApac =
    currency === 'USD' ? Math.min(standard, CARD_FEES.mastercardApacCapUsdMinor) : standard;
  switch (brand) {
    case 'amex':
      return exactFee(currency, amex, source);
    case 'visa':
    case 'other':
      return exactFee(currency, standard, source);
    case 'mastercard':
      if (region === 'apac') return exactFee(currency, mastercardApac, source);
      if (region === 'other') return exactFee(currency, standard, source);
      return rangeFee(currency, mastercardApac, standard, false, source);
    default:
      return rangeFee(currency, region === 'other' ? standard : mastercardApac, amex, false, source);
  }
}
